// Labels for the domain's enumerations in the panel's language. lib/domain keeps its Chinese labels
// for what it writes into documents; what the panel shows comes from locales/*.yml.
import { i18n } from '#i18n';
import type { Period } from '../../lib/domain/period.ts';
import type { SnippetRole } from '../../lib/domain/schemas.ts';
import type { SortMode } from '../../lib/domain/search/index.ts';

/**
 * Each lookup of a text is a call into the browser's extension API; every list row shows a role, on
 * every keystroke. The panel's language is fixed for its lifetime, so each label is looked up once.
 */
function once<K extends string>(look: (key: K) => string): (key: K) => string {
  const known = new Map<K, string>();
  return (key) => known.get(key) ?? (known.set(key, look(key)), known.get(key)!);
}

export const roleLabel = once((role: SnippetRole): string => i18n.t(`roles.${role}`));
export const sortLabel = once((mode: SortMode): string => i18n.t(`sort.${mode}`));

/** A period as the panel names it; in Chinese exactly lib/domain's periodLabel (2026年第一季度). */
export function periodName({ year, granularity, index }: Period): string {
  switch (granularity) {
    case 'year':
      return i18n.t('period.year', { year });
    case 'half':
      return i18n.t(index === 1 ? 'period.h1' : 'period.h2', { year });
    case 'quarter':
      return i18n.t(QUARTERS[index - 1] ?? 'period.q4', { year });
    case 'month':
      return i18n.t('period.month', { year, month: i18n.t(MONTHS[index - 1] ?? 'period.months.m12') });
  }
}

const QUARTERS = ['period.q1', 'period.q2', 'period.q3', 'period.q4'] as const;
const MONTHS = [
  'period.months.m1', 'period.months.m2', 'period.months.m3', 'period.months.m4', 'period.months.m5', 'period.months.m6',
  'period.months.m7', 'period.months.m8', 'period.months.m9', 'period.months.m10', 'period.months.m11', 'period.months.m12',
] as const;

/** A moment as the panel writes it: 2026年11月26日 09:05, or 26 November 2026, 09:05. */
export function dateTimeName(ms: number): string {
  const d = new Date(ms);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return i18n.t('history.time', { year: d.getFullYear(), month: i18n.t(MONTHS[d.getMonth()]!), day: d.getDate(), time });
}

/** A calendar day (2026-03-08) as the panel writes it: 2026年3月8日, or 8 March 2026. */
export function dateName(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthKey = month ? MONTHS[month - 1] : undefined;
  if (!year || !monthKey || !day) return iso;
  return i18n.t('period.date', { year, month: i18n.t(monthKey), day });
}
