import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../../../lib/domain/proofread/index.ts';

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
