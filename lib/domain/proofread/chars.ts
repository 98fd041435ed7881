// Character classes the rules share, as regular-expression source.

/** A Han character (CJK unified ideographs and extension A). */
export const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff]';
/** Lower-case Chinese numerals as used in counts and markers. */
export const CN_DIGIT = '[零〇一二两三四五六七八九十百千万]';
export const CN_NUM = `${CN_DIGIT}+`;
/**
 * （×）, （X）, (X): a template's blank for a month or a day, to be filled when the form is used
 * (请于（×）月（×）日前报送). It is no slip itself; the rules of dates read it as a number, so a slip
 * beside it (（×）月05日, （×）月（×）号) is still found.
 */
export const BLANK_NUM = '[（(][×XＸxｘ][）)]';

export const isHan = (ch: string | undefined): boolean => ch !== undefined && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(ch);

const DIGITS = '零一二三四五六七八九';

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseToNumber(text: string): number {
  if (/^[一二三四五六七八九]$/.test(text)) return DIGITS.indexOf(text);
  const m = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return Number.NaN;
  return (m[1] ? DIGITS.indexOf(m[1]) : 1) * 10 + (m[2] ? DIGITS.indexOf(m[2]) : 0);
}

/** 1 … 99 in Chinese numerals (一, 十, 十一, 二十三). */
export function numberToChinese(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]!) + '十' + (ones === 0 ? '' : DIGITS[ones]!);
}

/** 3 → 三, 15 → 十五, 120 → 一百二十, 0.5 → 零点五 (up to 9999); null for more. */
export function spellNumber(digits: string): string | null {
  const [whole = '', part] = digits.split('.');
  const n = Number(whole);
  if (!/^\d+$/.test(whole) || n > 9999 || (whole.length > 1 && whole.startsWith('0'))) return null;
  let out = '';
  if (n === 0) out = '零';
  else if (n < 100) out = numberToChinese(n);
  else {
    const units = ['千', '百', '十', ''];
    const ds = String(n).padStart(4, '0');
    let zero = false;
    for (let i = 0; i < 4; i++) {
      const d = Number(ds[i]);
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d]! + units[i]!;
    }
  }
  return part === undefined ? out : `${out}点${[...part].map((c) => DIGITS[Number(c)]!).join('')}`;
}

/** The last text's paragraphs: most rules read them, one after the other. */
let cached: { text: string; lines: readonly { start: number; text: string }[] } | null = null;

/** The paragraphs of a text with where each starts (a paragraph is one line). */
export function lines(text: string): readonly { start: number; text: string }[] {
  if (cached?.text === text) return cached.lines;
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    out.push({ start, text: text.slice(start, end === -1 ? text.length : end) });
    if (end === -1) break;
    start = end + 1;
  }
  cached = { text, lines: out };
  return out;
}
