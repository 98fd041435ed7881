// Writing an import the writer confirmed: the chosen snippets, and a metric for each new slot, in
// one transaction. Everything is validated before the transaction opens, so a bad row writes
// nothing; an existing metric with the slot's name is used as it is, never changed.
import { z } from 'zod';
import { Metric, MetricKind, MetricName, MetricValue, PeriodKey, Snippet, SnippetRole } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';

const zh = z.locales.zhCN().localeError;

export const ImportedSnippetDraft = z.object({
  title: Snippet.shape.title,
  body: Snippet.shape.body,
  role: SnippetRole,
  folder: Snippet.shape.folder,
});
export type ImportedSnippetDraft = z.input<typeof ImportedSnippetDraft>;

export const ImportedSlot = z.object({
  name: MetricName,
  kind: MetricKind,
  unit: z.string().max(20),
  note: z.string().max(2000),
  /** A figure the slot was made from, stored for `valuesPeriod` if the metric is new. */
  value: z.number().finite().optional(),
});
export type ImportedSlot = z.input<typeof ImportedSlot>;

export const ImportPlan = z.object({
  snippets: z.array(ImportedSnippetDraft).min(1, '没有勾选要导入的片段').max(10_000),
  slots: z.array(ImportedSlot).max(10_000),
  valuesPeriod: PeriodKey.optional(),
});
export type ImportPlan = z.input<typeof ImportPlan>;

export interface ImportOutcome {
  snippetIds: string[];
  createdMetricIds: string[];
  /** Slot names that matched a metric already in the library. */
  reusedMetricNames: string[];
}

export async function importSnippets(db: DrafterDatabase, input: ImportPlan, now = Date.now()): Promise<ImportOutcome> {
  // Messages in Chinese: they are shown to the writer as they are.
  const plan = ImportPlan.parse(input, { error: zh });
  const snippets = plan.snippets.map((s) =>
    Snippet.parse({ ...s, id: newId(), tags: [], favorite: false, useCount: 0, createdAt: now, updatedAt: now, lastUsedAt: null, deletedAt: null }, { error: zh }),
  );
  const slots = [...new Map(plan.slots.map((s) => [s.name, s])).values()];
  return db.transaction('rw', db.snippets, db.metrics, db.metricValues, async () => {
    const outcome: ImportOutcome = { snippetIds: snippets.map((s) => s.id), createdMetricIds: [], reusedMetricNames: [] };
    await db.snippets.bulkAdd(snippets);
    for (const slot of slots) {
      if (await db.metrics.where('name').equals(slot.name).first()) {
        outcome.reusedMetricNames.push(slot.name);
        continue;
      }
      const metric = Metric.parse({ id: newId(), name: slot.name, kind: slot.kind, unit: slot.unit, note: slot.note, tags: [], createdAt: now, updatedAt: now });
      await db.metrics.add(metric);
      outcome.createdMetricIds.push(metric.id);
      if (slot.value !== undefined && plan.valuesPeriod && metric.kind === 'value') {
        await db.metricValues.put(MetricValue.parse({ metricId: metric.id, period: plan.valuesPeriod, value: slot.value, note: '导入时原文中的数字', updatedAt: now }));
      }
    }
    return outcome;
  });
}

/** Takes an import back: its snippets and the metrics it created (with their values), at once. */
export async function undoImport(db: DrafterDatabase, outcome: ImportOutcome): Promise<void> {
  await db.transaction('rw', [db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.snippetRevisions], async () => {
    await db.snippets.bulkDelete(outcome.snippetIds);
    await db.snippetRevisions.where('snippetId').anyOf(outcome.snippetIds).delete();
    await db.metricValues.where('metricId').anyOf(outcome.createdMetricIds).delete();
    await db.tallyEntries.where('metricId').anyOf(outcome.createdMetricIds).delete();
    await db.metrics.bulkDelete(outcome.createdMetricIds);
  });
}

/** Which of these names are already metrics, for the preview's 已有/新建 column. */
export async function existingMetricNames(db: DrafterDatabase, names: readonly string[]): Promise<Set<string>> {
  const found = await db.metrics.where('name').anyOf([...names]).toArray();
  return new Set(found.map((m) => m.name));
}
