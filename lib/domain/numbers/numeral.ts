// The one algorithm behind 中文 (一百零五) and 大写 (壹佰零伍) numerals: digits are read in groups of
// four under 万 and of eight under 亿, so 100010000 reads 一亿零一万, not 一亿零零一万.
import type { Decimal } from './decimal.ts';

export interface NumeralSet {
  /** 零 to 九 (or 零 to 玖), indexed by digit. */
  digits: string;
  /** The units inside a group of four: ones (none), tens, hundreds, thousands. */
  units: readonly [string, string, string, string];
}

export const LOWER_NUMERALS: NumeralSet = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };
export const UPPER_NUMERALS: NumeralSet = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };

/** Reads an integer digit string (no leading zeros) in Chinese: '1001' → 一千零一. */
export function integerNumeral(digits: string, set: NumeralSet): string {
  if (digits.length > 8) return withHigherPart(digits, 8, '亿', set);
  if (digits.length > 4) return withHigherPart(digits, 4, '万', set);
  return groupOfFour(digits, set);
}

/** Splits off the last `lowLength` digits: the high part takes the unit (万 or 亿), and a low part
 * that does not fill its places is joined with one 零 (一万零一). */
function withHigherPart(digits: string, lowLength: number, unit: string, set: NumeralSet): string {
  const high = integerNumeral(digits.slice(0, -lowLength), set) + unit;
  const lowDigits = digits.slice(-lowLength);
  const low = lowDigits.replace(/^0+/, '');
  if (low === '') return high;
  const gap = low.length < lowLength ? set.digits[0] : '';
  return high + gap + integerNumeral(low, set);
}

/** One to four digits: zeros between digits read as a single 零, trailing zeros not at all. */
function groupOfFour(digits: string, set: NumeralSet): string {
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += set.digits[0];
    pendingZero = false;
    out += set.digits[digit]! + set.units[digits.length - 1 - i]!;
  }
  return out === '' ? set.digits[0]! : out;
}

/** Reads fraction digits one by one, as Chinese does: '05' → 零五. */
export function fractionNumeral(frac: string, set: NumeralSet): string {
  return Array.from(frac, (c) => set.digits[Number(c)]).join('');
}

/**
 * A whole decimal in Chinese: 负 for a sign, 点 before the fraction. `padFrac` keeps fixed decimals
 * (三点五零). With `shortTen`, a leading 一十 reads 十 (十五, 十万) — only at the very start, so 110
 * stays 一百一十.
 */
export function decimalNumeral(d: Decimal, set: NumeralSet, options: { shortTen: boolean; padFrac?: number }): string {
  let int = integerNumeral(d.int, set);
  if (options.shortTen && int.startsWith(set.digits[1]! + set.units[1]!)) int = int.slice(1);
  const frac = d.frac.padEnd(options.padFrac ?? 0, '0');
  return `${d.negative ? '负' : ''}${int}${frac === '' ? '' : `点${fractionNumeral(frac, set)}`}`;
}
