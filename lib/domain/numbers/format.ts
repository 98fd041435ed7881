// Number formats for running text. Arabic by default (公文 practice for statistics); every format is
// computed on decimal strings, so rounding and scaling never show float noise like 0.30000000000000004.
import { type Decimal, decimalToString, isZeroDecimal, roundDecimal, shiftDecimal, toDecimal } from './decimal.ts';
import { LOWER_NUMERALS, UPPER_NUMERALS, decimalNumeral } from './numeral.ts';
import { moneyCapital } from './capital.ts';

export type NumeralStyle = 'arabic' | 'chinese' | 'capital' | 'money';
export type ScaleUnit = '万' | '亿';

export interface NumberFormat {
  /** arabic 1234; chinese 一千二百三十四; capital 壹仟贰佰叁拾肆; money 壹仟贰佰叁拾肆元整. */
  numeral?: NumeralStyle;
  /** Fixed fraction digits, padded with zeros (2 → 3.50). */
  places?: number;
  /** Without `places`: round to at most this many digits and drop trailing zeros. Default 2. */
  maxPlaces?: number;
  /** 千分位: 12,345.6 (Arabic only). */
  thousands?: boolean;
  /** Counts in 万 or 亿: 123456 → 12.35万. */
  scale?: ScaleUnit;
  /** The number is a ratio shown as a percent: 0.125 → 12.5%, in Chinese 百分之十二点五. */
  percent?: boolean;
}

const SCALE_SHIFT: Record<ScaleUnit, number> = { 万: -4, 亿: -8 };

/** Formats a finite number; throws RangeError for NaN and ±Infinity. */
export function formatNumber(n: number, format: NumberFormat = {}): string {
  let d = toDecimal(n);
  if (format.percent) d = shiftDecimal(d, 2);
  if (format.scale) d = shiftDecimal(d, SCALE_SHIFT[format.scale]);
  const numeral = format.numeral ?? 'arabic';
  if (numeral === 'money') return moneyCapital(d) + (format.scale ?? '');
  d = roundDecimal(d, format.places ?? format.maxPlaces ?? 2);
  const body = numeralText(d, numeral, format);
  const scaled = body + (format.scale ?? '');
  if (!format.percent) return scaled;
  return numeral === 'arabic' ? `${scaled}%` : percentInWords(scaled);
}

/**
 * Whether a real value would be written as 0 in this format: 30 counted in 万 to two places is
 * 0万, 0.4 as 整数 is 0. A value that is zero to ten places (float noise such as 0.1 + 0.2 − 0.3)
 * is not real and does not count.
 */
export function showsAsZero(n: number, format: NumberFormat = {}): boolean {
  if (!Number.isFinite(n) || isZeroDecimal(roundDecimal(toDecimal(n), 10))) return false;
  let d = toDecimal(n);
  if (format.percent) d = shiftDecimal(d, 2);
  if (format.scale) d = shiftDecimal(d, SCALE_SHIFT[format.scale]);
  const places = format.numeral === 'money' ? 2 : (format.places ?? format.maxPlaces ?? 2);
  return isZeroDecimal(roundDecimal(d, places));
}

function numeralText(d: Decimal, numeral: Exclude<NumeralStyle, 'money'>, format: NumberFormat): string {
  const padFrac = format.places ?? 0;
  if (numeral === 'chinese') return decimalNumeral(d, LOWER_NUMERALS, { shortTen: true, padFrac });
  if (numeral === 'capital') return decimalNumeral(d, UPPER_NUMERALS, { shortTen: false, padFrac });
  const text = decimalToString(d, padFrac);
  return format.thousands ? groupThousands(text) : text;
}

/** 百分之 goes before the number and after its sign: 负百分之五. */
function percentInWords(numeral: string): string {
  return numeral.startsWith('负') ? `负百分之${numeral.slice(1)}` : `百分之${numeral}`;
}

/** Inserts commas every three integer digits of an Arabic number string: -12345.6 → -12,345.6. */
export function groupThousands(text: string): string {
  return text.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** 千分位, keeping the number's own decimals: 12345.6 → 12,345.6. */
export function formatThousands(n: number, maxPlaces = 10): string {
  return formatNumber(n, { thousands: true, maxPlaces });
}

/** N位小数 with half-up rounding of the written decimal: formatFixed(1.005, 2) → 1.01. */
export function formatFixed(n: number, places: number): string {
  return formatNumber(n, { places });
}

/** A ratio as a percent: 0.125 → 12.5%; with `places` fixed: formatPercent(0.5, 1) → 50.0%. */
export function formatPercent(ratio: number, places?: number): string {
  return formatNumber(ratio, { percent: true, places });
}

/** Counts in 万/亿, two decimals at most: formatScaled(123456, '万') → 12.35万. */
export function formatScaled(n: number, unit: ScaleUnit, places?: number): string {
  return formatNumber(n, { scale: unit, places });
}

/**
 * The default in running text: integers plain, a fraction rounded to `maxPlaces` and trimmed, so
 * 0.1 + 0.2 reads 0.3 and 12.50 reads 12.5.
 */
export function formatPlain(n: number, maxPlaces = 2): string {
  return formatNumber(n, { maxPlaces });
}

/**
 * A chart axis's figures as a Chinese reader says them: in 亿 or 万 once the largest is that big
 * (1,000,000,000 → 10亿, 500,000,000 → 5亿), so the axis stays narrow and the plot keeps the room.
 * Smaller figures, and zero, are written plain.
 */
export function scaledTicks(ticks: readonly number[]): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  const unit: ScaleUnit | null = largest >= 1e8 ? '亿' : largest >= 1e4 ? '万' : null;
  return ticks.map((t) => (unit === null || t === 0 ? formatPlain(t) : formatScaled(t, unit)));
}
