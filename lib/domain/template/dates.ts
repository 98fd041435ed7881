// Dates and periods as a 公文 writes them: 2025年7月1日, 2025年1—6月, 2025年6月底. They follow
// from the report's period (本期 of a 2025-H1 report is 2025年1—6月 whenever it is written);
// only 今天 reads the clock, which the caller passes in, so lib/domain stays pure.
import { toChineseNumeral } from '../numbers/index.ts';
import type { Period } from '../period.ts';

const MONTHS_PER: Record<Period['granularity'], number> = { year: 12, half: 6, quarter: 3, month: 1 };

/** The months a period covers, first and last (1-based). */
function monthsOf(period: Period): [number, number] {
  const size = MONTHS_PER[period.granularity];
  const first = (period.index - 1) * size + 1;
  return [first, first + size - 1];
}

/** 本期: 2025年 for a year, 2025年1—6月 for a half or a quarter, 2025年6月 for a month. */
export function periodSpan(period: Period): string {
  if (period.granularity === 'year') return `${period.year}年`;
  const [first, last] = monthsOf(period);
  return first === last ? `${period.year}年${first}月` : `${period.year}年${first}—${last}月`;
}

/** 本期末, as 截至{{本期末}} reads: 2025年6月底; a year's end is 2025年底. */
export function periodEnd(period: Period): string {
  if (period.granularity === 'year') return `${period.year}年底`;
  return `${period.year}年${monthsOf(period)[1]}月底`;
}

/** A calendar date, 2025-07-01, as 2025年7月1日; undefined when it is no such date. */
export function dateText(isoDate: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Text these functions write (a year, a month range, a day); only such text takes |中文. */
const DATE_TEXT = /^\d{4}年(?:底|\d{1,2}(?:—\d{1,2})?月(?:\d{1,2}日|底)?)?$/;

export function isDateText(text: string): boolean {
  return DATE_TEXT.test(text);
}

const DIGITS = '〇一二三四五六七八九';

/** 2025年7月1日 → 二〇二五年七月一日: the year digit by digit, months and days as numbers. */
export function chineseDate(text: string): string {
  return text.replace(/\d+/g, (digits, at: number) =>
    text[at + digits.length] === '年' ? Array.from(digits, (d) => DIGITS[Number(d)]!).join('') : toChineseNumeral(Number(digits)),
  );
}
