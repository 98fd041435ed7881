// 中文数字 (lower-case numerals) for running text: 5 → 五, 10 → 十, 1001 → 一千零一, 3.5 → 三点五.
import { toDecimal } from './decimal.ts';
import { LOWER_NUMERALS, decimalNumeral } from './numeral.ts';

/** A finite number in Chinese numerals. Throws RangeError for NaN and ±Infinity. */
export function toChineseNumeral(n: number): string {
  return decimalNumeral(toDecimal(n), LOWER_NUMERALS, { shortTen: true });
}
