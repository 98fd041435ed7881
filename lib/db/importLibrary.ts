// Writing an import the writer confirmed: the chosen snippets, and a metric for each new slot, in
// one transaction. Everything is validated before the transaction opens, so a bad row writes
// nothing; an existing metric with the slot's name is used as it is, never changed.
import { z } from 'zod';
import { IMPORTED_VALUE_NOTE } from '../domain/importedText.ts';
import { matchExistingMetrics } from '../domain/import/metric-key.ts';
import { Metric, MetricKind, MetricName, MetricValue, PeriodKey, ProblemSet, Snippet, SnippetRole } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { IMPORT_PROBLEMS } from './problems.ts';

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

/** A 整改台账 problem: indexes into `snippets` of the problem and its measures. */
export const ImportedProblemSet = z.object({
  problem: z.number().int().nonnegative(),
  measures: z.array(z.number().int().nonnegative()).max(50),
  owner: ProblemSet.shape.owner,
  deadline: ProblemSet.shape.deadline,
});

export const ImportPlan = z.object({
  snippets: z.array(ImportedSnippetDraft).min(1, IMPORT_PROBLEMS.nothingChosen).max(10_000),
  slots: z.array(ImportedSlot).max(10_000),
  valuesPeriod: PeriodKey.optional(),
  problemSets: z.array(ImportedProblemSet).max(10_000).optional(),
});
export type ImportPlan = z.input<typeof ImportPlan>;

export interface ImportOutcome {
  snippetIds: string[];
  createdMetricIds: string[];
  /** Slot names that matched a metric already in the library. */
  reusedMetricNames: string[];
}

// A slot in a snippet body: its name, then filters or a period.
const SLOT = /\{\{([^{}|@=]*)([^{}]*)\}\}/g;

export async function importSnippets(db: DrafterDatabase, input: ImportPlan, now = Date.now()): Promise<ImportOutcome> {
  // A refusal is a ZodError; the panel names its issues (lib/domain/schemaProblems.ts).
  const plan = ImportPlan.parse(input);
  const slots = [...new Map(plan.slots.map((s) => [s.name, s])).values()];
  return db.transaction('rw', [db.snippets, db.metrics, db.metricValues, db.problemSets], async () => {
    // A slot whose name matches a metric under another spelling (化解率 for 化解率(%)) uses that metric.
    const existing = matchExistingMetrics(slots.map((s) => s.name), (await db.metrics.toArray()).map((m) => m.name));
    // The report's order is kept in the library's order (most recently edited first): each snippet
    // is stamped a millisecond before the one above it.
    const snippets = plan.snippets.map((s, i) =>
      Snippet.parse(
        { ...s, body: useExistingNames(s.body, existing), id: newId(), tags: [], favorite: false, useCount: 0, createdAt: now - i, updatedAt: now - i, lastUsedAt: null, deletedAt: null },
      ),
    );
    const outcome: ImportOutcome = { snippetIds: snippets.map((s) => s.id), createdMetricIds: [], reusedMetricNames: [] };
    await db.snippets.bulkAdd(snippets);
    const id = (index: number) => snippets[index]?.id;
    for (const set of plan.problemSets ?? []) {
      const problemId = id(set.problem);
      if (problemId === undefined) continue;
      const measureIds = set.measures.map(id).filter((m): m is string => m !== undefined);
      await db.problemSets.add(ProblemSet.parse({ id: newId(), problemId, causeIds: [], measureIds, owner: set.owner, deadline: set.deadline, updatedAt: now }));
    }
    for (const slot of slots) {
      const found = existing.get(slot.name);
      if (found !== undefined) {
        if (!outcome.reusedMetricNames.includes(found)) outcome.reusedMetricNames.push(found);
        continue;
      }
      const metric = Metric.parse({ id: newId(), name: slot.name, kind: slot.kind, unit: slot.unit, note: slot.note, tags: [], createdAt: now, updatedAt: now });
      await db.metrics.add(metric);
      outcome.createdMetricIds.push(metric.id);
      if (slot.value !== undefined && plan.valuesPeriod && metric.kind === 'value') {
        await db.metricValues.put(MetricValue.parse({ metricId: metric.id, period: plan.valuesPeriod, value: slot.value, note: IMPORTED_VALUE_NOTE, updatedAt: now }));
      }
    }
    return outcome;
  });
}

/** Takes an import back: its snippets and the metrics it created (with their values), at once. */
export async function undoImport(db: DrafterDatabase, outcome: ImportOutcome): Promise<void> {
  await db.transaction('rw', [db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.snippetRevisions, db.problemSets], async () => {
    await db.snippets.bulkDelete(outcome.snippetIds);
    await db.problemSets.where('problemId').anyOf(outcome.snippetIds).delete();
    await db.snippetRevisions.where('snippetId').anyOf(outcome.snippetIds).delete();
    await db.metricValues.where('metricId').anyOf(outcome.createdMetricIds).delete();
    await db.tallyEntries.where('metricId').anyOf(outcome.createdMetricIds).delete();
    await db.metrics.bulkDelete(outcome.createdMetricIds);
  });
}

function useExistingNames(body: string, existing: ReadonlyMap<string, string>): string {
  return body.replace(SLOT, (whole, name: string, rest: string) => {
    const found = existing.get(name);
    return found === undefined || found === name ? whole : `{{${found}${rest}}}`;
  });
}

/** Which of these names are metrics already (under this or an equivalent spelling), for the preview. */
export async function existingMetricNames(db: DrafterDatabase, names: readonly string[]): Promise<Map<string, string>> {
  return matchExistingMetrics(names, (await db.metrics.toArray()).map((m) => m.name));
}
