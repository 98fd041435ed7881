// Live views of the database for the UI: every list re-renders when the data changes, in this
// panel or in another window's panel (useLive, usePanelDatabase.ts).
import { insertFormat, insertIndent, readSetting } from '../../lib/db/settings.ts';
import type { PackHeader } from '../../lib/domain/pack/header.ts';
import { loadMetricStore, type MetricStore } from '../../lib/db/slotLookup.ts';
import type { ProblemSet, TallyEntry } from '../../lib/domain/schemas.ts';
import { listProblemSets } from '../../lib/db/problemSets.ts';
import { useLive } from './usePanelDatabase.ts';

export function useMetricStore(): MetricStore | undefined {
  return useLive(loadMetricStore);
}

/** A tally metric's entries, newest first (by date, then by when they were logged). */
export function useTallyEntries(metricId: string): TallyEntry[] | undefined {
  return useLive(async (db) => {
    const entries = await db.tallyEntries.where('metricId').equals(metricId).toArray();
    return entries.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
  }, [metricId]);
}

export function useProblemSets(): ProblemSet[] | undefined {
  return useLive(listProblemSets);
}

export type InsertFormat = 'rich' | 'plain';

/** How 插入 inserts: rich paragraphs unless the user chose plain text. */
export function useInsertFormat(): InsertFormat {
  return useLive(insertFormat) ?? 'rich';
}

/** Whether 插入 and 复制 indent each paragraph's first line (首行缩进); on unless turned off. */
export function useInsertIndent(): boolean {
  return useLive(insertIndent) ?? true;
}

/** The pack a record was taken from, as last taken (who publishes it, when it last changed); null for the user's own records. */
export function useTakenPack(packId: string | undefined): PackHeader | null | undefined {
  return useLive(async (db) => (packId === undefined ? null : (((await readSetting(db, 'takenPacks')) ?? {})[packId] ?? null)), [packId]);
}
