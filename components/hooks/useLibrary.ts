// Live views of the database for the UI: every list re-renders when the data changes, in this
// panel or in another window's panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../../lib/db/database.ts';
import { currentPeriod, readSetting } from '../../lib/db/settings.ts';
import { takeFirstScreen } from '../../lib/db/firstScreen.ts';
import { watchLibrary, type LibrarySnapshot } from '../../lib/db/liveLibrary.ts';
import { loadMetricStore, type MetricStore } from '../../lib/db/slotLookup.ts';
import type { ProblemSet, Snippet, TallyEntry } from '../../lib/domain/schemas.ts';
import { listProblemSets } from '../../lib/db/problemSets.ts';

/** Resolves after the next frame has been painted. */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The live library: first the first screen's snippets (complete: false), the whole library once
 * that screen is painted, then kept in step with every change (lib/db/liveLibrary.ts).
 */
export function useLibrarySnapshot(): LibrarySnapshot | undefined {
  // The rows read before React started (lib/db/firstScreen.ts), if any: the first render shows them.
  const [shown] = useState(takeFirstScreen);
  const [snapshot, setSnapshot] = useState<LibrarySnapshot | undefined>(shown ? { snippets: shown, complete: false } : undefined);
  useEffect(() => watchLibrary(database(), setSnapshot, { shown, afterFirstPaint: afterNextPaint }), [shown]);
  return snapshot;
}

/** The whole live library, newest edit first (undefined until all of it has been read). */
export function useSnippets(): Snippet[] | undefined {
  const snapshot = useLibrarySnapshot();
  return snapshot?.complete ? snapshot.snippets : undefined;
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
