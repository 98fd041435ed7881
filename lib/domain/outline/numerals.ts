// Chinese numerals for outline markers (一、 （十一） 九十九是). Kept here rather than shared with
// lib/domain/numbers because markers need only small integers and a strict parser: a marker that
// does not read as a well-formed numeral must not be taken for one.

const DIGITS = '零一二三四五六七八九';
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];

/** The largest number the helpers handle; outlines never get near it. */
export const MAX_CHINESE_NUMERAL = 9999;

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`toChineseNumeral: ${n} is outside 0–${MAX_CHINESE_NUMERAL}`);
  }
  if (n === 0) return '零';
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [unit, size] of UNITS) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone at the start reads 十一, not 一十一; inside a larger number it keeps its 一 (一百一十).
    out += unit === '十' && out === '' && digit === 1 ? unit : DIGITS[digit] + unit;
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}

/**
 * 十一 → 11, 一百零五 → 105; null when the text is not one well-formed numeral, so 十十 or 百 or
 * 一二 never pass as a marker number. 〇 is accepted for 零.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  if (text === '零' || text === '〇') return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let afterZero = false;
  for (const char of text.replace(/〇/g, '零')) {
    const value = DIGITS.indexOf(char);
    if (value === 0) {
      // 零 only bridges a gap inside a number (一百零五), never twice or at the edges.
      if (total === 0 || digit !== null || afterZero) return null;
      afterZero = true;
      continue;
    }
    if (value > 0) {
      if (digit !== null) return null;
      digit = value;
      continue;
    }
    const size = UNITS.find(([unit]) => unit === char)?.[1];
    if (size === undefined || size >= lastUnit) return null;
    if (digit === null && !(size === 10 && total === 0)) return null;
    total += (digit ?? 1) * size;
    lastUnit = size;
    digit = null;
    afterZero = false;
  }
  if (digit !== null) {
    // A trailing digit after a unit is the ones (十一); after 零 it also is (一百零五).
    if (lastUnit !== Infinity && lastUnit > 10 && !afterZero) return null;
    total += digit;
  } else if (afterZero) {
    return null;
  }
  return total === 0 ? null : total;
}
