import { describe, expect, it } from 'vitest';
import { queryScript } from '../../../lib/domain/search/queryScript.ts';

describe('queryScript', () => {
  it('tells Latin letters (pinyin, initials, a word) from Chinese and from the rest', () => {
    expect(queryScript('zzsh')).toBe('latin');
    expect(queryScript(' Dang Jian ')).toBe('latin');
    expect(queryScript('组织生活')).toBe('chinese');
    expect(queryScript('zzsh 会议')).toBe('chinese');
    expect(queryScript('2025')).toBe('other');
    expect(queryScript('OA2')).toBe('other');
    expect(queryScript('  ')).toBe('other');
  });
});
