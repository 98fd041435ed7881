import { describe, expect, it } from 'vitest';
import { applyFixes, fixEdit, mergedFix, proofread } from '../../../lib/domain/proofread/index.ts';

describe('applyFixes', () => {
  it('applies every fix of a text at once, from the end so offsets hold', () => {
    const text = '我们完成了任务,其中包括"三会一课"。。用了三、四天';
    expect(applyFixes(text, proofread(text))).toBe('我们完成了任务，其中包括“三会一课”。用了三四天');
  });

  it('applies only the findings given (one rule, or one finding)', () => {
    const text = '学习,工作,生活。。';
    const commas = proofread(text).filter((f) => f.rule === 'punct.half_width');
    expect(applyFixes(text, commas.slice(0, 1))).toBe('学习，工作,生活。。');
    expect(applyFixes(text, commas)).toBe('学习，工作，生活。。');
  });

  it('skips a finding overlapping one already applied, and findings without a fix', () => {
    const text = 'abcdef';
    expect(applyFixes(text, [
      { start: 1, end: 3, rule: 'r', severity: 'error', fix: 'X' },
      { start: 2, end: 4, rule: 'r', severity: 'error', fix: 'Y' },
      { start: 4, end: 5, rule: 'r', severity: 'error' },
    ])).toBe('aXdef');
  });
});

describe('fixEdit (a fix as an insertion over a span)', () => {
  const at = (text: string, rule: string) => proofread(text).find((f) => f.rule === rule)!;

  it('puts the fix over its span', () => {
    const text = '学习,工作';
    expect(fixEdit(text, at(text, 'punct.half_width'))).toEqual({ start: 2, end: 3, insert: '，' });
  });

  it('a deletion takes its neighbours along and puts them back joined; at a paragraph end, only the one before', () => {
    const middle = '学习、培训、和考核';
    expect(fixEdit(middle, at(middle, 'punct.dunhao_before_and'))).toEqual({ start: 4, end: 7, insert: '训和' });
    const end = '约100万元左右\n下一段';
    expect(fixEdit(end, at(end, 'number.doubled_approx'))).toEqual({ start: 5, end: 8, insert: '元' });
  });

  it('has nothing to insert for a finding without a fix', () => {
    expect(fixEdit('某某', at('某某', 'unfinished.someone'))).toBeNull();
  });
});

describe('mergedFix', () => {
  it('makes several fixes one, from the first to the last, with the same result as applying them all', () => {
    const text = '我们学习,工作,生活。';
    const commas = proofread(text).filter((f) => f.rule === 'punct.half_width');
    const merged = mergedFix(text, commas)!;
    expect(merged.count).toBe(2);
    expect(merged.finding).toMatchObject({ start: 4, end: 8, rule: 'punct.half_width', fix: '，工作，' });
    expect(applyFixes(text, [merged.finding])).toBe(applyFixes(text, commas));
  });

  it('gives null for one fix, and for fixes on two lines', () => {
    const text = '学习,工作\n生活,休息';
    const commas = proofread(text).filter((f) => f.rule === 'punct.half_width');
    expect(commas).toHaveLength(2);
    expect(mergedFix(text, commas)).toBeNull();
    expect(mergedFix(text, commas.slice(0, 1))).toBeNull();
  });

  it('keeps deletions: the merged fix of two removed marks is the span without them', () => {
    const text = '学习、和考核，培训、及演练';
    const found = proofread(text).filter((f) => f.fix === '');
    expect(found).toHaveLength(2);
    const merged = mergedFix(text, found)!;
    expect(applyFixes(text, [merged.finding])).toBe('学习和考核，培训及演练');
  });
});
