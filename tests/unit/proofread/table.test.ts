// The labelled table (cases.ts): each text gives exactly the findings it lists.
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { CASES, type Expected } from './cases.ts';

function nthIndex(text: string, at: string, nth: number): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(at, i + 1);
    if (i === -1) throw new Error(`「${at}」 #${nth} is not in 「${text}」`);
  }
  return i;
}

function expected(text: string, list: Expected[]) {
  return list
    .map(([rule, at, fix, nth = 0]) => {
      const start = nthIndex(text, at, nth);
      return { rule, start, end: start + at.length, fix };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));
}

describe('proofread: the labelled table', () => {
  it('holds at least 200 cases in every family', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.family)).size).toBe(7);
  });

  it.each(CASES.map((c) => [c.family, c.text, c] as const))('%s: %s', (_family, text, c) => {
    const found = proofread(text, c.options)
      .map(({ rule, start, end, fix }) => ({ rule, start, end, fix }))
      .sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));
    expect(found).toEqual(expected(text, c.expect));
  });
});
