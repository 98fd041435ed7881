import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../../lib/domain/numbers/index.ts';

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [5, '五'],
    [10, '十'],
    [11, '十一'],
    [15, '十五'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2019, '二千零一十九'],
    [10000, '一万'],
    [10001, '一万零一'],
    [10010, '一万零一十'],
    [10100, '一万零一百'],
    [11000, '一万一千'],
    [100000, '十万'],
    [100001, '十万零一'],
    [105000, '十万五千'],
    [1000000, '一百万'],
    [10000000, '一千万'],
    [10001000, '一千万一千'],
    [12345678, '一千二百三十四万五千六百七十八'],
    [100000000, '一亿'],
    [100000001, '一亿零一'],
    [100010000, '一亿零一万'],
    [100100000, '一亿零一十万'],
    [110000000, '一亿一千万'],
    [1000000000, '十亿'],
    [1000100000000, '一万零一亿'],
    [1000000000000, '一万亿'],
    [123456789012, '一千二百三十四亿五千六百七十八万九千零一十二'],
    [-5, '负五'],
    [-10, '负十'],
    [3.5, '三点五'],
    [0.5, '零点五'],
    [10.25, '十点二五'],
    [3.05, '三点零五'],
    [-0.75, '负零点七五'],
    [-0, '零'],
    [1e21, '十万亿亿'],
  ])('%s → %s', (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  it('never repeats or ends with 零', () => {
    const bad: string[] = [];
    for (let n = 1; n <= 2_000_000_000; n = n * 3 + (n % 7)) {
      for (const m of [n, n * 10, n + 10_000, n * 10_000 + 1]) {
        const text = toChineseNumeral(m);
        if (/零零|零$/.test(text)) bad.push(`${m} → ${text}`);
      }
    }
    for (let n = 1; n <= 20_000; n += 3) if (/零零|零$/.test(toChineseNumeral(n))) bad.push(String(n));
    expect(bad).toEqual([]);
  });

  it('rejects non-finite numbers', () => {
    expect(() => toChineseNumeral(Number.NaN)).toThrow(RangeError);
    expect(() => toChineseNumeral(Infinity)).toThrow(RangeError);
  });
});
