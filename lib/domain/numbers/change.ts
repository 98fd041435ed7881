// 同比/环比 in words: a relative change reads 增长25% / 下降10%, or 持平 when it rounds to nothing at
// the precision shown — a report never says 增长0%.
import { isZeroDecimal, roundDecimal, shiftDecimal, toDecimal } from './decimal.ts';
import { type NumberFormat, formatNumber } from './format.ts';

export type ChangeFormat = Omit<NumberFormat, 'percent' | 'scale' | 'numeral'> & { numeral?: 'arabic' | 'chinese' | 'capital' };

/** `ratio` is (current − base) / |base|: 0.25 → 增长25%, -0.1 → 下降10%, 0 → 持平. */
export function formatChange(ratio: number, format: ChangeFormat = {}): string {
  const percent = shiftDecimal(toDecimal(Math.abs(ratio)), 2);
  if (isZeroDecimal(roundDecimal(percent, format.places ?? format.maxPlaces ?? 2))) return '持平';
  return `${ratio > 0 ? '增长' : '下降'}${formatNumber(Math.abs(ratio), { ...format, percent: true })}`;
}
