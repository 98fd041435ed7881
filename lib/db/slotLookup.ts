// Loads the metric store in one read transaction; lib/domain/metrics turns it into the
// template's lookup (values per period, tally sums, text names).
import { createLookup, type MetricData, type MetricLookup } from '../domain/metrics/index.ts';
import type { DrafterDatabase } from './database.ts';

export type MetricStore = MetricData;

export async function loadMetricStore(db: DrafterDatabase): Promise<MetricStore> {
  return db.transaction('r', db.metrics, db.metricValues, db.tallyEntries, async () => ({
    metrics: await db.metrics.toArray(),
    values: await db.metricValues.toArray(),
    tallies: await db.tallyEntries.toArray(),
  }));
}

export function slotLookup(store: MetricStore): MetricLookup {
  return createLookup(store);
}
