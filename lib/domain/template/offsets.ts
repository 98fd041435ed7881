// `@去年` and `@上期`: which period a reference reads, relative to the period being rendered.
import { formatPeriodKey, parsePeriod, previousPeriod, samePeriodLastYear } from '../period.ts';
import type { PeriodOffset } from './ast.ts';

/** Accepted spellings; the first of each is the canonical one the printer writes. */
const OFFSET_WORDS = new Map<string, PeriodOffset>([
  ['去年', '去年'],
  ['去年同期', '去年'],
  ['上年同期', '去年'],
  ['上期', '上期'],
]);

export function parseOffset(word: string): PeriodOffset | null {
  return OFFSET_WORDS.get(word.trim()) ?? null;
}

/** The offsets an error message offers, by their canonical spellings: params of the problems
 * about a period after @ (the words around them are in locales/). */
export const OFFSET_HINT = { lastYear: '去年', previous: '上期' } as const satisfies Record<string, PeriodOffset>;

/** The period key an offset reads from, or null when the base key is not a valid period. */
export function shiftPeriodKey(key: string, offset: PeriodOffset | null): string | null {
  if (offset === null) return key;
  const period = parsePeriod(key);
  if (!period) return null;
  return formatPeriodKey(offset === '去年' ? samePeriodLastYear(period) : previousPeriod(period));
}
