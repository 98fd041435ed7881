// @vitest-environment jsdom
// 忽略 is remembered for the line it was said on: an edit elsewhere in a long text (a report
// proofread whole) keeps it; an edit to that line, or 重新提示已忽略的, brings it back.
import { beforeEach, describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { forgetIgnored, ignoredKeys, ignoreKey, rememberIgnored } from '../../../components/proofread/ignored.ts';

const hidden = (text: string) => {
  const keys = ignoredKeys();
  return proofread(text).filter((f) => keys.has(ignoreKey(text, f))).map((f) => text.slice(f.start, f.end));
};

// Original lines: each has one half-width comma between Chinese words.
const REPORT = ['一、主要工作', '全年走访群众,解决难题十余件。', '二、下步打算', '继续走访群众,办好实事。'].join('\n');

describe('忽略 in a long text', () => {
  beforeEach(() => localStorage.clear());

  it('stays when another line changes, or lines are added above it', () => {
    const second = proofread(REPORT).find((f) => REPORT.slice(0, f.start).endsWith('继续走访群众'))!;
    rememberIgnored(REPORT, [second]);
    expect(hidden(REPORT)).toEqual([',']);
    const edited = REPORT.replace('解决难题十余件', '解决难题二十余件').replace('一、主要工作', '前言\n一、主要工作');
    expect(hidden(edited)).toEqual([',']);
    // Which one: still the second line's.
    const keys = ignoredKeys();
    expect(proofread(edited).filter((f) => keys.has(ignoreKey(edited, f))).map((f) => edited.slice(f.start - 6, f.start))).toEqual(['继续走访群众']);
  });

  it('comes back when its own line changes, and with 重新提示已忽略的', () => {
    rememberIgnored(REPORT, proofread(REPORT));
    expect(hidden(REPORT)).toHaveLength(2);
    expect(hidden(REPORT.replace('继续走访群众', '继续走访困难群众'))).toHaveLength(1);
    forgetIgnored(REPORT, proofread(REPORT));
    expect(hidden(REPORT)).toEqual([]);
  });

  it('reads damaged storage as nothing ignored', () => {
    localStorage.setItem('proofread.ignoredLines', '{not json');
    expect(hidden(REPORT)).toEqual([]);
    localStorage.setItem('proofread.ignoredLines', JSON.stringify({ old: ['x'] }));
    expect(hidden(REPORT)).toEqual([]);
  });
});
