// Reporting periods: 2025 (year), 2025-H1 (half), 2025-Q3 (quarter), 2025-11 (month).
import type { PeriodKey } from './schemas.ts';

export type PeriodGranularity = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  year: number;
  granularity: PeriodGranularity;
  /** 1-based index within the year: half 1–2, quarter 1–4, month 1–12; 1 for a year. */
  index: number;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export function parsePeriod(key: string): Period | null {
  const match = PERIOD_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (part === undefined) return { year, granularity: 'year', index: 1 };
  if (part.startsWith('H')) return { year, granularity: 'half', index: Number(part.slice(1)) };
  if (part.startsWith('Q')) return { year, granularity: 'quarter', index: Number(part.slice(1)) };
  return { year, granularity: 'month', index: Number(part) };
}

export function formatPeriodKey(period: Period): PeriodKey {
  const { year, granularity, index } = period;
  switch (granularity) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
  }
}

const PERIODS_PER_YEAR: Record<PeriodGranularity, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** The period just before: 2025-Q1 → 2024-Q4, 2025 → 2024. */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return { ...period, index: period.index - 1 };
  return { ...period, year: period.year - 1, index: PERIODS_PER_YEAR[period.granularity] };
}

/** The period just after: 2025-Q4 → 2026-Q1, 2025 → 2026 (a report copied for the next period). */
export function nextPeriod(period: Period): Period {
  if (period.index < PERIODS_PER_YEAR[period.granularity]) return { ...period, index: period.index + 1 };
  return { ...period, year: period.year + 1, index: 1 };
}

/** The same period one year earlier: 2025-H1 → 2024-H1. */
export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

/** How the period reads in Chinese: 2025年, 2025年上半年, 2025年第三季度, 2025年11月. */
export function periodLabel(period: Period): string {
  const { year, granularity, index } = period;
  switch (granularity) {
    case 'year':
      return `${year}年`;
    case 'half':
      return `${year}年${index === 1 ? '上' : '下'}半年`;
    case 'quarter':
      return `${year}年第${'一二三四'[index - 1]}季度`;
    case 'month':
      return `${year}年${index}月`;
  }
}

/** Whether a calendar date (2026-11-26) falls in the period; used to sum tally entries. */
export function periodContainsDate(period: Period, isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (year !== period.year || !(month >= 1 && month <= 12)) return false;
  switch (period.granularity) {
    case 'year':
      return true;
    case 'half':
      return Math.ceil(month / 6) === period.index;
    case 'quarter':
      return Math.ceil(month / 3) === period.index;
    case 'month':
      return month === period.index;
  }
}

/** The `count` periods ending with `period`, oldest first: 2026 → 2022 … 2026. */
export function periodsEndingAt(period: Period, count: number): Period[] {
  const periods: Period[] = [period];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]!));
  return periods;
}
