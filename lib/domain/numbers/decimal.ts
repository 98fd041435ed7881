// Numbers as decimal digit strings. Formatting starts from the shortest decimal that reads back as
// the same double (what String(n) gives), so 1.005 rounds to 1.01 as a person expects, not to 1.00
// as the binary value 1.00499999999999989… would; and no result is ever written with an exponent.

export interface Decimal {
  negative: boolean;
  /** Integer digits without leading zeros; '0' when the integer part is zero. */
  int: string;
  /** Fraction digits without trailing zeros; '' for an integer. */
  frac: string;
}

/** The decimal a finite number reads as. Throws RangeError for NaN and ±Infinity: a caller bug
 * (the template evaluator never hands on a non-finite number), so its message is for developers. */
export function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`toDecimal: ${n} is not a finite number`);
  const [mantissa = '0', exponent] = String(Math.abs(n)).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  return normalize(n < 0, int, frac, exponent === undefined ? 0 : Number(exponent));
}

/** Multiplies by 10^places exactly: shift(d, 2) turns a ratio into a percent, shift(d, -4) counts 万. */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  return normalize(d.negative, d.int, d.frac, places);
}

/** Rounds half away from zero to at most `places` fraction digits. */
export function roundDecimal(d: Decimal, places: number): Decimal {
  if (d.frac.length <= places) return d;
  const kept = d.int + d.frac.slice(0, places);
  const roundUp = d.frac.charCodeAt(places) >= 53; // '5'
  const digits = roundUp ? incrementDigits(kept) : kept;
  const intLength = digits.length - places;
  return normalize(d.negative, digits.slice(0, intLength), digits.slice(intLength), 0);
}

/** Plain digits with a '-' sign, the fraction padded with zeros to `minFrac` digits. */
export function decimalToString(d: Decimal, minFrac = 0): string {
  const frac = d.frac.padEnd(minFrac, '0');
  return `${d.negative ? '-' : ''}${d.int}${frac === '' ? '' : `.${frac}`}`;
}

export function isZeroDecimal(d: Decimal): boolean {
  return d.int === '0' && d.frac === '';
}

/** Moves the decimal point `shift` places right, then strips zeros; zero is never negative. */
function normalize(negative: boolean, int: string, frac: string, shift: number): Decimal {
  const all = int + frac;
  const point = int.length + shift;
  let head: string;
  let tail: string;
  if (point <= 0) {
    head = '';
    tail = '0'.repeat(-point) + all;
  } else if (point >= all.length) {
    head = all + '0'.repeat(point - all.length);
    tail = '';
  } else {
    head = all.slice(0, point);
    tail = all.slice(point);
  }
  head = head.replace(/^0+/, '') || '0';
  tail = tail.replace(/0+$/, '');
  return { negative: negative && !(head === '0' && tail === ''), int: head, frac: tail };
}

/** Adds one to a string of decimal digits: '0999' → '1000'. */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}
