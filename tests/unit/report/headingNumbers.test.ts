// A heading that carries a number of its own — typed before this version took numbers off on
// save, or brought in by a backup, a pack or an old report — never reads 一、一、总体情况: the
// outline's number replaces it in the document, insertion, the Word file and 校对全文, and a fix
// found in the heading lands on the words the writer stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { fixInReport, headingText, headingWords, renderReport, reportInsertBlocks, reportProofText, type Report, type ReportResolver } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

const resolver: ReportResolver = { snippet: () => null, problemSet: () => null };
const headings = (report: Report) => renderReport(report, resolver).lines.flatMap((l) => (l.kind === 'heading' ? [l.text] : []));

describe('a heading stored with its own number', () => {
  it('reads with the outline’s number only, whatever number and level it carries', () => {
    const report = reportOf([
      ['一、总体情况', [['（一）加强学习'], ['(二)半角括号', [['3.第三级', [['（9）第四级']]]]]]],
      ['三、  空格之后'],
      ['①圈号'],
      ['1、顿号'],
    ]);
    expect(headings(report)).toEqual(['一、总体情况', '（一）加强学习', '（二）半角括号', '1.第三级', '（1）第四级', '二、空格之后', '三、圈号', '四、顿号']);
  });

  it('keeps words that only look like a number: 一是, 第一部分, 一、二季度, 2025年, 1.5亿元', () => {
    const report = reportOf([['一是加强学习'], ['第一部分 基本情况'], ['一、二季度工作'], ['2025年工作'], ['1.5亿元投资项目']]);
    expect(headings(report)).toEqual(['一、一是加强学习', '二、第一部分 基本情况', '三、一、二季度工作', '四、2025年工作', '五、1.5亿元投资项目']);
  });

  it('is inserted and counted without the stored number', () => {
    const report = reportOf([['一、总体情况']]);
    const doc = renderReport(report, resolver);
    expect(reportInsertBlocks(doc)!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、总体情况']);
    expect(doc.count.total).toBe(6);
  });

  it('takes a fix found in the heading to the stored words, after the stored number', () => {
    const report = reportOf([['一、 工作开展情况,成效明显']]);
    const proof = reportProofText(renderReport(report, resolver));
    const findings = proofread(proof.text).filter((f) => proof.text.slice(f.start, f.end).includes(','));
    expect(findings.length).toBeGreaterThan(0);
    const edit = fixInReport(report, report, proof, findings);
    expect(edit.ok && edit.report.parts[0]!.heading).toBe('一、 工作开展情况，成效明显');
  });

  it('headingText and headingWords agree: what is saved reads as shown (property)', () => {
    const marker = fc.constantFrom('', '一、', '（二）', '(3)', '4.', '５．', '⑥', '十一、', '二十、');
    const words = fc.stringMatching(/^[加强学习工作情况一二三是第年0-9，。 ]{0,12}$/);
    fc.assert(
      fc.property(marker, fc.constantFrom('', ' ', '\u3000'), words, (m, space, w) => {
        const typed = m + space + w;
        expect(headingText(typed)).toBe(headingWords(typed.trim()));
        // Saving twice changes nothing more.
        expect(headingText(headingText(typed))).toBe(headingWords(headingText(typed)));
      }),
    );
  });
});
