// Metric repository: metrics, their value per period, and tally entries.
import { Metric, MetricValue, PeriodKey, TallyEntry } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { goneError } from './problems.ts';

export const MetricDraft = Metric.pick({ name: true, kind: true, unit: true, note: true, tags: true });
export type MetricDraft = typeof MetricDraft._input;

export class DuplicateMetricNameError extends Error {
  constructor(readonly metricName: string) {
    super(`a metric named ${metricName} exists`);
    this.name = 'DuplicateMetricNameError';
  }
}

async function assertNameFree(db: DrafterDatabase, name: string, exceptId?: string): Promise<void> {
  const existing = await db.metrics.where('name').equals(name).first();
  if (existing && existing.id !== exceptId) throw new DuplicateMetricNameError(name);
}

export async function createMetric(db: DrafterDatabase, draft: MetricDraft, now = Date.now()): Promise<Metric> {
  const metric = Metric.parse({ ...MetricDraft.parse(draft), id: newId(), createdAt: now, updatedAt: now });
  return db.transaction('rw', db.metrics, async () => {
    await assertNameFree(db, metric.name);
    await db.metrics.add(metric);
    return metric;
  });
}

export async function updateMetric(db: DrafterDatabase, id: string, changes: Partial<MetricDraft>, now = Date.now()): Promise<Metric> {
  return db.transaction('rw', db.metrics, async () => {
    const current = await db.metrics.get(id);
    if (!current) throw goneError('db.metricGone');
    const next = Metric.parse({ ...current, ...MetricDraft.partial().parse(changes), updatedAt: now, revision: (current.revision ?? 1) + 1 });
    await assertNameFree(db, next.name, id);
    await db.metrics.put(next);
    return next;
  });
}

/** Everything a metric deletion removed, so that it can be undone. */
export interface DeletedMetric {
  metric: Metric;
  values: MetricValue[];
  tallies: TallyEntry[];
}

/** Deletes a metric with all its values and tally entries, in one transaction. */
export async function deleteMetric(db: DrafterDatabase, id: string): Promise<DeletedMetric | undefined> {
  return db.transaction('rw', db.metrics, db.metricValues, db.tallyEntries, async () => {
    const metric = await db.metrics.get(id);
    if (!metric) return undefined;
    const values = await db.metricValues.where('metricId').equals(id).toArray();
    const tallies = await db.tallyEntries.where('metricId').equals(id).toArray();
    await db.metricValues.where('metricId').equals(id).delete();
    await db.tallyEntries.where('metricId').equals(id).delete();
    await db.metrics.delete(id);
    return { metric, values, tallies };
  });
}

/** Puts back what deleteMetric removed (unless a metric of that name was made since). */
export async function restoreMetric(db: DrafterDatabase, deleted: DeletedMetric): Promise<void> {
  await db.transaction('rw', db.metrics, db.metricValues, db.tallyEntries, async () => {
    await assertNameFree(db, deleted.metric.name, deleted.metric.id);
    await db.metrics.put(deleted.metric);
    await db.metricValues.bulkPut(deleted.values);
    await db.tallyEntries.bulkPut(deleted.tallies);
  });
}

/** Writes the user's value: a new row, so a sample's 示例 mark (schemas.ts) does not carry over. */
export async function setMetricValue(
  db: DrafterDatabase,
  metricId: string,
  period: string,
  value: number | string,
  note = '',
  now = Date.now(),
): Promise<MetricValue> {
  const row = MetricValue.parse({ metricId, period, value, note, updatedAt: now });
  await db.metricValues.put(row);
  return row;
}

export async function clearMetricValue(db: DrafterDatabase, metricId: string, period: string): Promise<void> {
  await db.metricValues.delete([metricId, PeriodKey.parse(period)]);
}

export async function addTallyEntry(
  db: DrafterDatabase,
  entry: { metricId: string; date: string; amount?: number; note?: string },
  now = Date.now(),
): Promise<TallyEntry> {
  const row = TallyEntry.parse({ id: newId(), amount: 1, note: '', ...entry, createdAt: now });
  await db.tallyEntries.add(row);
  return row;
}

/**
 * Keeps values typed in the fill form: each goes to the metric of that name (created when there
 * is none: a number makes a value metric, anything else a text metric), all in one transaction.
 */
export async function saveTypedValues(
  db: DrafterDatabase,
  entries: readonly { name: string; period: string; value: number | string }[],
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.metrics, db.metricValues, async () => {
    for (const entry of entries) {
      let metric = await db.metrics.where('name').equals(entry.name).first();
      if (!metric) {
        const kind = typeof entry.value === 'number' ? 'value' : 'text';
        metric = await createMetric(db, { name: entry.name, kind, unit: '', note: '', tags: [] }, now);
      }
      await setMetricValue(db, metric.id, entry.period, entry.value, '', now);
    }
  });
}

export async function updateTallyEntry(
  db: DrafterDatabase,
  id: string,
  changes: Partial<Pick<TallyEntry, 'date' | 'amount' | 'note'>>,
): Promise<TallyEntry> {
  return db.transaction('rw', db.tallyEntries, async () => {
    const current = await db.tallyEntries.get(id);
    if (!current) throw goneError('db.tallyEntryGone');
    // Corrected by the user, the entry is theirs: a sample's 示例 mark goes.
    const { sample: _sample, ...own } = current;
    const next = TallyEntry.parse({ ...own, ...changes });
    await db.tallyEntries.put(next);
    return next;
  });
}

export async function deleteTallyEntry(db: DrafterDatabase, id: string): Promise<TallyEntry | undefined> {
  return db.transaction('rw', db.tallyEntries, async () => {
    const entry = await db.tallyEntries.get(id);
    await db.tallyEntries.delete(id);
    return entry;
  });
}

/** Puts back a deleted entry (the undo of deleteTallyEntry). */
export async function restoreTallyEntry(db: DrafterDatabase, entry: TallyEntry): Promise<void> {
  await db.tallyEntries.put(TallyEntry.parse(entry));
}
