// Live views of the database for the UI: every list re-renders when the data changes, in this
// panel or in another window's panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/database.ts';
import { currentPeriod, readSetting } from '../../lib/db/settings.ts';
import { listLiveSnippets } from '../../lib/db/snippets.ts';
import { loadMetricStore, type MetricStore } from '../../lib/db/slotLookup.ts';
import type { ProblemSet, Snippet, TallyEntry } from '../../lib/domain/schemas.ts';
import { listProblemSets } from '../../lib/db/problemSets.ts';

export function useSnippets(): Snippet[] | undefined {
  return useLiveQuery(() => listLiveSnippets(database()), []);
}

export function useMetricStore(): MetricStore | undefined {
  return useLiveQuery(() => loadMetricStore(database()), []);
}

export function useCurrentPeriod(): string | undefined {
  return useLiveQuery(() => currentPeriod(database()), []);
}

/** A tally metric's entries, newest first (by date, then by when they were logged). */
export function useTallyEntries(metricId: string): TallyEntry[] | undefined {
  return useLiveQuery(async () => {
    const entries = await database().tallyEntries.where('metricId').equals(metricId).toArray();
    return entries.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
  }, [metricId]);
}

export function useProblemSets(): ProblemSet[] | undefined {
  return useLiveQuery(() => listProblemSets(database()), []);
}

export function useSnippetOrder(): string[] | undefined {
  return useLiveQuery(async () => (await readSetting(database(), 'snippetOrder')) ?? [], []);
}

export type InsertFormat = 'rich' | 'plain';

/** How 插入 inserts: rich paragraphs unless the user chose plain text. */
export function useInsertFormat(): InsertFormat {
  return useLiveQuery(async () => (await readSetting(database(), 'insertFormat')) ?? 'rich', []) ?? 'rich';
}
