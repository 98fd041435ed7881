import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumeral, toChineseNumeral } from '../../../lib/domain/outline/index.ts';

// The written-out table 1–99, built from tens and ones by hand rather than by the code under test.
const ONES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function expected(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = ONES[n % 10] ?? '';
  if (tens === 0) return ones;
  return (tens === 1 ? '' : ONES[tens]) + '十' + ones;
}

describe('Chinese numerals', () => {
  it.each(Array.from({ length: 99 }, (_, i) => i + 1))('writes and reads %i', (n) => {
    expect(toChineseNumeral(n)).toBe(expected(n));
    expect(parseChineseNumeral(expected(n))).toBe(n);
  });

  it('handles hundreds and thousands with 零', () => {
    expect([100, 101, 110, 111, 1000, 1001, 1010, 1100, 9999].map(toChineseNumeral)).toEqual([
      '一百', '一百零一', '一百一十', '一百一十一', '一千', '一千零一', '一千零一十', '一千一百', '九千九百九十九',
    ]);
    expect(parseChineseNumeral('〇')).toBe(0);
    expect(parseChineseNumeral('一百〇五')).toBe(105);
  });

  it('refuses malformed numerals', () => {
    for (const bad of ['', '十十', '百', '一二', '一百一', '零五', '二十零', '九十九十', '两', 'x']) {
      expect(parseChineseNumeral(bad), bad).toBeNull();
    }
  });

  it('round-trips every number up to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n));
  });

  it('throws for numbers it cannot write', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
