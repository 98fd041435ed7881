// Values no one has to enter: they follow from the period the text is rendered for. A template
// written as 「{{本年}}年以来」 says the right year in every report it goes into, where a year typed
// as a metric would go stale the next January. The names are words of the template language,
// like the offsets 去年/上期; a metric that happened to take one of them is shadowed by design.
import { parsePeriod } from '../period.ts';
import type { SlotValue } from './evaluate.ts';

/** The year of the rendered period, the one before it, and the one after it. */
const YEAR_SHIFT: ReadonlyMap<string, number> = new Map([
  ['本年', 0],
  ['上年', -1],
  ['下年', 1],
]);

export const BUILTIN_NAMES: readonly string[] = [...YEAR_SHIFT.keys()];

export function isBuiltinName(name: string): boolean {
  return YEAR_SHIFT.has(name);
}

/**
 * A built-in's value in a period, or undefined when `name` is not one (or the period is not valid).
 * A year is text, not a number: 2025 is never written 2,025 or 二千零二十五.
 */
export function builtinValue(name: string, periodKey: string): SlotValue | undefined {
  const shift = YEAR_SHIFT.get(name);
  if (shift === undefined) return undefined;
  const period = parsePeriod(periodKey);
  return period ? { kind: 'text', value: String(period.year + shift) } : undefined;
}

/** A lookup that answers the built-ins first, then asks the metric store. */
export function withBuiltins(lookup: (name: string, period: string) => SlotValue | undefined) {
  return (name: string, period: string): SlotValue | undefined => builtinValue(name, period) ?? lookup(name, period);
}
