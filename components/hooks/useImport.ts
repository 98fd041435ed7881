// The import's connection to the parse worker and the database: parse a file or pasted text off the
// main thread, look up which slot names are already metrics, write the confirmed snippets.
import { database } from '../../lib/db/database.ts';
import { existingMetricNames, importSnippets, undoImport, type ImportOutcome, type ImportPlan } from '../../lib/db/importLibrary.ts';
import { useLive } from './usePanelDatabase.ts';

export { ImportCancelled, importFailure, runImport } from '../../lib/import-files/run.ts';
export type { ImportOptions, ImportPreview, ImportProgress, ImportSource, ImportStage, ProposedSnippet, RemovedNoiseLine } from '../../lib/import-files/run.ts';
export type { ImportOutcome, ImportPlan } from '../../lib/db/importLibrary.ts';

export const saveImport = (plan: ImportPlan): Promise<ImportOutcome> => importSnippets(database(), plan);
export const undoSavedImport = (outcome: ImportOutcome): Promise<void> => undoImport(database(), outcome);

/** Which of these slot names are metrics already, under this or an equivalent spelling (live). */
export function useExistingMetricNames(names: readonly string[]): Map<string, string> | undefined {
  const key = names.join('\u0000');
  return useLive((db) => existingMetricNames(db, names), [key]);
}

/** All metric names, for binding a slot to an existing metric. */
export function useMetricNames(): string[] | undefined {
  return useLive(async (db) => (await db.metrics.toArray()).map((m) => m.name).sort((a, b) => a.localeCompare(b, 'zh-CN')));
}
