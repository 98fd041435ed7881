// Builds the template's lookup from the store: a value metric's stored value in a period, a
// tally's sum of entries dated inside the period, a text metric's text.
import { parsePeriod, periodContainsDate } from '../domain/period.ts';
import type { Metric, MetricValue, TallyEntry } from '../domain/schemas.ts';
import type { SlotValue } from '../domain/template/index.ts';
import type { DrafterDatabase } from './database.ts';

export interface MetricStore {
  metrics: Metric[];
  values: MetricValue[];
  tallies: TallyEntry[];
}

export async function loadMetricStore(db: DrafterDatabase): Promise<MetricStore> {
  return db.transaction('r', db.metrics, db.metricValues, db.tallyEntries, async () => ({
    metrics: await db.metrics.toArray(),
    values: await db.metricValues.toArray(),
    tallies: await db.tallyEntries.toArray(),
  }));
}

export function slotLookup(store: MetricStore): (name: string, period: string) => SlotValue | undefined {
  const byName = new Map(store.metrics.map((m) => [m.name, m]));
  const valueOf = new Map(store.values.map((v) => [`${v.metricId}\u0000${v.period}`, v.value]));
  return (name, periodKey) => {
    const metric = byName.get(name);
    if (!metric) return undefined;
    if (metric.kind === 'tally') {
      const period = parsePeriod(periodKey);
      if (!period) return undefined;
      const entries = store.tallies.filter((t) => t.metricId === metric.id && periodContainsDate(period, t.date));
      // A tally with no entries in the period is a real zero only if the user logged anything at all.
      if (entries.length === 0) return undefined;
      return { kind: 'number', value: entries.reduce((sum, t) => sum + t.amount, 0) };
    }
    const value = valueOf.get(`${metric.id}\u0000${periodKey}`);
    if (value === undefined) return undefined;
    return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value };
  };
}
