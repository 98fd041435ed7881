import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatFixed,
  formatNumber,
  formatPercent,
  formatPlain,
  formatScaled,
  formatThousands,
  groupThousands,
  scaledTicks,
} from '../../../lib/domain/numbers/index.ts';

describe('formatThousands', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [12345.6, '12,345.6'],
    [1234567.891, '1,234,567.891'],
    [-12345.6, '-12,345.6'],
    [100000000, '100,000,000'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('%s → %s', (n, expected) => {
    expect(formatThousands(n)).toBe(expected);
  });

  it('groups only the integer digits of a string', () => {
    expect(groupThousands('1234.56789')).toBe('1,234.56789');
  });
});

describe('formatFixed', () => {
  it.each([
    [1.005, 2, '1.01'],
    [1.255, 2, '1.26'],
    [2.675, 2, '2.68'],
    [1.45, 1, '1.5'],
    [0.125, 2, '0.13'],
    [8.345, 2, '8.35'],
    [1, 2, '1.00'],
    [3.5, 0, '4'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [-0.004, 2, '0.00'],
    [9.995, 2, '10.00'],
    [0.1 + 0.2, 2, '0.30'],
    [1e-7, 3, '0.000'],
    [123.456, 1, '123.5'],
  ])('%s to %s places → %s', (n, places, expected) => {
    expect(formatFixed(n, places)).toBe(expected);
  });
});

describe('formatPlain', () => {
  it.each([
    [12, '12'],
    [12.5, '12.5'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33'],
    [2 / 3, '0.67'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0'],
    [-0, '0'],
    [-1.999, '-2'],
  ])('%s → %s', (n, expected) => {
    expect(formatPlain(n)).toBe(expected);
  });

  it('keeps more places when asked', () => {
    expect(formatPlain(3.14159, 10)).toBe('3.14159');
  });
});

describe('formatPercent', () => {
  it.each([
    [0.125, undefined, '12.5%'],
    [0.07, undefined, '7%'],
    [1, undefined, '100%'],
    [1 / 3, undefined, '33.33%'],
    [1 / 3, 1, '33.3%'],
    [0.5, 1, '50.0%'],
    [-0.05, undefined, '-5%'],
    [0.00005, undefined, '0.01%'],
  ])('%s (%s places) → %s', (ratio, places, expected) => {
    expect(formatPercent(ratio, places)).toBe(expected);
  });
});

describe('formatScaled', () => {
  it.each([
    [123456, '万', undefined, '12.35万'],
    [120000, '万', undefined, '12万'],
    [123456, '万', 1, '12.3万'],
    [50, '万', undefined, '0.01万'],
    [350000000, '亿', undefined, '3.5亿'],
    [-123456, '万', undefined, '-12.35万'],
  ] as const)('%s in %s (%s places) → %s', (n, unit, places, expected) => {
    expect(formatScaled(n, unit, places)).toBe(expected);
  });
});

describe('formatNumber combinations', () => {
  it.each([
    [12345.678, { thousands: true, places: 2 }, '12,345.68'],
    [123456789, { scale: '万', thousands: true }, '12,345.68万'],
    [123456, { scale: '万', numeral: 'chinese' }, '十二点三五万'],
    [0.1, { percent: true, numeral: 'chinese' }, '百分之十'],
    [-0.05, { percent: true, numeral: 'chinese' }, '负百分之五'],
    [0.25, { percent: true, numeral: 'capital' }, '百分之贰拾伍'],
    [3.5, { numeral: 'chinese', places: 2 }, '三点五零'],
    [105, { numeral: 'money' }, '壹佰零伍元整'],
    [12.5, { numeral: 'capital', thousands: true }, '壹拾贰点伍'],
  ] as const)('%s with %o → %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    [0.25, {}, '增长25%'],
    [-0.1, {}, '下降10%'],
    [0, {}, '持平'],
    [0.00004, {}, '持平'],
    [0.00004, { places: 3 }, '增长0.004%'],
    [1.5, {}, '增长150%'],
    [0.1234, { places: 1 }, '增长12.3%'],
    [0.25, { numeral: 'chinese' }, '增长百分之二十五'],
  ] as const)('%s with %o → %s', (ratio, format, expected) => {
    expect(formatChange(ratio, format)).toBe(expected);
  });
});

describe('scaledTicks (a chart axis)', () => {
  it.each([
    [[0, 500_000_000, 1_000_000_000], ['0', '5亿', '10亿']],
    [[0, 250_000_000, 500_000_000], ['0', '2.5亿', '5亿']],
    [[0, 50_000, 100_000, 150_000], ['0', '5万', '10万', '15万']],
    [[-20_000, 0, 20_000], ['-2万', '0', '2万']],
    [[0, 2_500, 5_000, 7_500], ['0', '2500', '5000', '7500']],
    [[0, 0.5, 1], ['0', '0.5', '1']],
  ])('%j → %j', (ticks, expected) => {
    expect(scaledTicks(ticks)).toEqual(expected);
  });
});
