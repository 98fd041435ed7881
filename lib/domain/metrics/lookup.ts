// The metric engine's read side: the store's metrics, values and tally entries → the `lookup`
// a RenderContext needs. Pure: the caller loads the rows, this only indexes and sums them.
import { parsePeriod, periodContainsDate } from '../period.ts';
import type { Metric, MetricValue, TallyEntry } from '../schemas.ts';
import type { SlotValue } from '../template/index.ts';

export interface MetricData {
  metrics: readonly Metric[];
  values: readonly MetricValue[];
  tallies: readonly TallyEntry[];
}

export type MetricLookup = (name: string, period: string) => SlotValue | undefined;

/**
 * - value metric: the value stored for that period;
 * - tally metric: a value stored for the period if there is one (a total entered by hand, e.g. for
 *   a year before the user started logging), else the sum of entries dated inside the period —
 *   undefined when there are none, so an unlogged period shows as unfilled rather than as 0;
 * - text metric: the text stored for that period, else the most recently updated text of any
 *   period, because a name such as X社区 is set once and rarely changes.
 * The value is marked `sample` when the row it comes from is the sample library's, and a tally's
 * sum when any entry in it is: a sum is the user's own only once no invented entry is left in it.
 */
export function createLookup(data: MetricData): MetricLookup {
  const byName = new Map(data.metrics.map((m) => [m.name, m]));
  const stored = new Map(data.values.map((v) => [valueKey(v.metricId, v.period), v]));
  const latestText = latestValues(data.values);
  const entries = groupBy(data.tallies, (t) => t.metricId);
  return (name, period) => {
    const metric = byName.get(name.trim());
    if (!metric) return undefined;
    const value = stored.get(valueKey(metric.id, period));
    if (value) return toSlotValue(value);
    if (metric.kind === 'text') {
      const latest = latestText.get(metric.id);
      return latest ? toSlotValue(latest) : undefined;
    }
    if (metric.kind === 'tally') return tallySum(entries.get(metric.id) ?? [], period);
    return undefined;
  };
}

function tallySum(entries: readonly TallyEntry[], periodKey: string): SlotValue | undefined {
  const period = parsePeriod(periodKey);
  if (!period) return undefined;
  const inPeriod = entries.filter((t) => periodContainsDate(period, t.date));
  if (inPeriod.length === 0) return undefined;
  return markSample({ kind: 'number', value: inPeriod.reduce((sum, t) => sum + t.amount, 0) }, inPeriod.some((t) => t.sample));
}

function toSlotValue({ value, sample }: MetricValue): SlotValue {
  return markSample(typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value }, sample === true);
}

function markSample(value: SlotValue, sample: boolean): SlotValue {
  return sample ? { ...value, sample: true } : value;
}

function valueKey(metricId: string, period: string): string {
  return `${metricId}\u0000${period}`;
}

/** Each metric's most recently updated value. */
function latestValues(values: readonly MetricValue[]): Map<string, MetricValue> {
  const latest = new Map<string, MetricValue>();
  for (const value of values) {
    const current = latest.get(value.metricId);
    if (!current || value.updatedAt > current.updatedAt) latest.set(value.metricId, value);
  }
  return latest;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
