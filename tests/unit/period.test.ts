import { describe, expect, it } from 'vitest';
import { formatPeriodKey, parsePeriod, periodContainsDate, periodLabel, periodsEndingAt, previousPeriod, samePeriodLastYear } from '../../lib/domain/period.ts';

const p = (key: string) => parsePeriod(key)!;
const keys = (periods: ReturnType<typeof p>[]) => periods.map(formatPeriodKey);

describe('periods', () => {
  it('parses and formats every granularity, refusing nonsense', () => {
    for (const key of ['2025', '2025-H1', '2025-Q3', '2025-11', '2025-01']) expect(formatPeriodKey(p(key))).toBe(key);
    for (const key of ['25', '2025-H3', '2025-Q0', '2025-13', '2025-1', '']) expect(parsePeriod(key)).toBeNull();
  });

  it('steps back across year ends', () => {
    expect(keys([previousPeriod(p('2025-Q1')), previousPeriod(p('2025-01')), previousPeriod(p('2025-H1')), previousPeriod(p('2025'))])).toEqual(['2024-Q4', '2024-12', '2024-H2', '2024']);
    expect(formatPeriodKey(samePeriodLastYear(p('2025-H2')))).toBe('2024-H2');
    expect(keys(periodsEndingAt(p('2026-Q2'), 4))).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('labels in Chinese and knows which dates fall inside', () => {
    expect(['2025', '2025-H2', '2025-Q3', '2025-11'].map((k) => periodLabel(p(k)))).toEqual(['2025年', '2025年下半年', '2025年第三季度', '2025年11月']);
    expect(periodContainsDate(p('2025-Q3'), '2025-09-30')).toBe(true);
    expect(periodContainsDate(p('2025-Q3'), '2025-10-01')).toBe(false);
    expect(periodContainsDate(p('2025-H1'), '2025-06-30')).toBe(true);
    expect(periodContainsDate(p('2025'), '2024-12-31')).toBe(false);
  });
});
