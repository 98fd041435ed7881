// Values no one has to enter: they follow from the period the text is rendered for, the writer's
// profile, or the day. A template written as 「{{本年}}年以来」 says the right year in every report
// it goes into, where a year typed as a metric would go stale the next January. The names are
// words of the template language, like the offsets 去年/上期; a metric that happened to take one
// of them is shadowed by design — except a profile field left empty, which is asked for.
import { parsePeriod, samePeriodLastYear, type Period } from '../period.ts';
import { dateText, periodEnd, periodSpan } from './dates.ts';
import type { SlotValue } from './evaluate.ts';

/** The writer's profile (the same one reports take: lib/db/author.ts). */
export interface AuthorProfile {
  unit: string;
  name: string;
  post: string;
}

/** What built-ins read besides the period. */
export interface BuiltinEnv {
  /** Today, as 2025-07-01 (the caller's clock). */
  today?: string;
  author?: AuthorProfile;
}

/** The year of the rendered period, the one before it, and the one after it. */
const YEAR_SHIFT: ReadonlyMap<string, number> = new Map([
  ['本年', 0],
  ['上年', -1],
  ['下年', 1],
]);

/** 本期, 本期末 and 上年同期, from the period alone. */
const PERIOD_WORDS: ReadonlyMap<string, (period: Period) => string> = new Map([
  ['本期', periodSpan],
  ['本期末', periodEnd],
  ['上年同期', (period: Period) => periodSpan(samePeriodLastYear(period))],
]);

/** The profile fields by their names in a template (AUTHOR_SLOTS in report/schema.ts). */
export const PROFILE_NAMES: ReadonlyMap<string, keyof AuthorProfile> = new Map([
  ['单位', 'unit'],
  ['姓名', 'name'],
  ['职务', 'post'],
]);

const TODAY = '今天';

export const BUILTIN_NAMES: readonly string[] = [...YEAR_SHIFT.keys(), TODAY, ...PERIOD_WORDS.keys(), ...PROFILE_NAMES.keys()];
const BUILTINS = new Set(BUILTIN_NAMES);

export function isBuiltinName(name: string): boolean {
  return BUILTINS.has(name);
}

/**
 * A built-in's value in a period, or undefined when `name` is not one, the period is not valid,
 * or what it reads is not there (no clock given, a profile field left empty). A year is text, not
 * a number: 2025 is never written 2,025 or 二千零二十五.
 */
export function builtinValue(name: string, periodKey: string, env: BuiltinEnv = {}): SlotValue | undefined {
  const text = (value: string | undefined): SlotValue | undefined => (value ? { kind: 'text', value } : undefined);
  const field = PROFILE_NAMES.get(name);
  if (field) return text(env.author?.[field].trim());
  if (name === TODAY) return text(env.today === undefined ? undefined : dateText(env.today));
  const shift = YEAR_SHIFT.get(name);
  const words = PERIOD_WORDS.get(name);
  if (shift === undefined && words === undefined) return undefined;
  const period = parsePeriod(periodKey);
  if (!period) return undefined;
  return text(words ? words(period) : String(period.year + shift!));
}

/** A lookup that answers the built-ins first, then asks the metric store. */
export function withBuiltins(lookup: (name: string, period: string) => SlotValue | undefined, env: BuiltinEnv = {}) {
  return (name: string, period: string): SlotValue | undefined => builtinValue(name, period, env) ?? lookup(name, period);
}
