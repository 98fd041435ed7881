// A long title broken as GB/T 9704 asks (7.3.1: 词意完整，排列对称，长短适宜): lines of about one
// length, none left with a character or two, no figure or word of two characters cut, every line
// within the 二号 measure, nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthInChars } from '../../../lib/export/signature.ts';
import { TITLE_CHARS, titleLines, titleWidth } from '../../../lib/export/titleLines.ts';

describe('titleLines', () => {
  it('leaves a title that fits on one line whole', () => {
    expect(titleLines('2025年度述职报告')).toEqual(['2025年度述职报告']);
    expect(TITLE_CHARS).toBe(20);
  });

  it('breaks a long title into lines of about one length, after a joining word, the figures whole', () => {
    const lines = titleLines('关于2025年度全县城乡建设和住房保障重点工作推进落实情况以及2026年工作打算的报告');
    expect(lines.join('')).toBe('关于2025年度全县城乡建设和住房保障重点工作推进落实情况以及2026年工作打算的报告');
    expect(lines).toHaveLength(3);
    const widths = lines.map(widthInChars);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(4);
    expect(titleLines('某某县住房和城乡建设局关于老旧小区改造工作推进情况的报告')).toEqual(['某某县住房和城乡建设局关于', '老旧小区改造工作推进情况的报告']);
  });

  it('in generated titles: nothing lost, each line fits, no short last line, no figure cut (property)', () => {
    const han = fc.constantFrom(...'关于全县城乡建设住房保障重点工作推进落实情况的报告和与及年度');
    const piece = fc.oneof(han, han, han, fc.integer({ min: 1, max: 2030 }).map(String), fc.constantFrom('（', '）', '、', '“', '”'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 80 }), (pieces) => {
        const title = pieces.join('');
        const lines = titleLines(title);
        expect(lines.join('')).toBe(title);
        if (lines.length > 1) {
          for (const line of lines) expect(titleWidth(line)).toBeLessThanOrEqual(TITLE_CHARS - 1);
          // No line under a third of the longest: the last is never a stray character or two.
          expect(Math.min(...lines.map(widthInChars)) * 3).toBeGreaterThanOrEqual(Math.max(...lines.map(widthInChars)));
          for (let i = 1; i < lines.length; i++) expect(/[0-9]$/.test(lines[i - 1]!) && /^[0-9]/.test(lines[i]!), lines.join('|')).toBe(false);
        }
      }),
    );
  });
});
