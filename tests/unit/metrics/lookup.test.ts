import { describe, expect, it } from 'vitest';
import { createLookup } from '../../../lib/domain/metrics/index.ts';
import type { Metric, MetricKind, MetricValue, TallyEntry } from '../../../lib/domain/schemas.ts';

function metric(id: string, name: string, kind: MetricKind): Metric {
  return { id, name, kind, unit: '', note: '', tags: [], createdAt: 0, updatedAt: 0 };
}
function value(metricId: string, period: string, v: number | string, updatedAt = 0): MetricValue {
  return { metricId, period, value: v, note: '', updatedAt };
}
function entry(metricId: string, date: string, amount = 1): TallyEntry {
  return { id: `${metricId}${date}${amount}`, metricId, date, amount, note: '', createdAt: 0 };
}

const lookup = createLookup({
  metrics: [metric('m1', '发展党员', 'value'), metric('m2', '党建专题会议', 'tally'), metric('m3', '社区', 'text'), metric('m4', '走访', 'tally')],
  values: [
    value('m1', '2025', 5),
    value('m1', '2025-Q3', 2),
    value('m2', '2023', 7),
    value('m3', '2024', '西风', 1),
    value('m3', '2025', '东风', 2),
    value('m3', '2023', '南风', 0),
  ],
  tallies: [entry('m2', '2025-01-15'), entry('m2', '2025-03-31', 2), entry('m2', '2025-07-01'), entry('m2', '2024-12-31'), entry('m4', '2025-02-01', 0.1), entry('m4', '2025-02-02', 0.2)],
});

describe('createLookup', () => {
  it.each([
    ['发展党员', '2025', { kind: 'number', value: 5 }],
    ['发展党员', '2025-Q3', { kind: 'number', value: 2 }],
    ['发展党员', '2024', undefined],
    ['党建专题会议', '2025', { kind: 'number', value: 4 }],
    ['党建专题会议', '2025-Q1', { kind: 'number', value: 3 }],
    ['党建专题会议', '2025-H2', { kind: 'number', value: 1 }],
    ['党建专题会议', '2025-03', { kind: 'number', value: 2 }],
    ['党建专题会议', '2025-Q2', undefined],
    ['党建专题会议', '2024', { kind: 'number', value: 1 }],
    ['党建专题会议', '2023', { kind: 'number', value: 7 }],
    ['党建专题会议', 'bad', undefined],
    ['社区', '2024', { kind: 'text', value: '西风' }],
    ['社区', '2026', { kind: 'text', value: '东风' }],
    [' 社区 ', '2025', { kind: 'text', value: '东风' }],
    ['无此指标', '2025', undefined],
  ])('%s in %s → %o', (name, period, expected) => {
    expect(lookup(name, period)).toEqual(expected);
  });

  it('sums tally amounts, fractions included', () => {
    const found = lookup('走访', '2025');
    expect(found?.kind === 'number' && found.value).toBeCloseTo(0.3, 12);
  });
});

describe('createLookup and the sample library’s figures', () => {
  const sampleLookup = createLookup({
    metrics: [metric('v', '调研', 'value'), metric('t', '会议', 'tally'), metric('x', '社区', 'text')],
    values: [{ ...value('v', '2025', 26), sample: true }, value('v', '2024', 21), { ...value('x', '2024', '滨河社区'), sample: true }],
    tallies: [{ ...entry('t', '2025-01-15'), sample: true }, entry('t', '2025-07-01'), entry('t', '2024-03-01')],
  });

  it.each([
    ['调研', '2025', { kind: 'number', value: 26, sample: true }],
    ['调研', '2024', { kind: 'number', value: 21 }],
    // A sum with one invented entry in it is not yet the user's own; without one, it is.
    ['会议', '2025', { kind: 'number', value: 2, sample: true }],
    ['会议', '2025-H2', { kind: 'number', value: 1 }],
    ['会议', '2024', { kind: 'number', value: 1 }],
    // A text read from another period keeps its mark.
    ['社区', '2026', { kind: 'text', value: '滨河社区', sample: true }],
  ])('%s in %s → %o', (name, period, expected) => {
    expect(sampleLookup(name, period)).toStrictEqual(expected);
  });
});
