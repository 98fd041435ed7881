// Live views of the database for the UI: every list re-renders when the data changes, in this
// panel or in another window's panel.
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../lib/db/database.ts';
import { currentPeriod } from '../../lib/db/settings.ts';
import { listLiveSnippets } from '../../lib/db/snippets.ts';
import { loadMetricStore, type MetricStore } from '../../lib/db/slotLookup.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';

export function useSnippets(): Snippet[] | undefined {
  return useLiveQuery(() => listLiveSnippets(database()), []);
}

export function useMetricStore(): MetricStore | undefined {
  return useLiveQuery(() => loadMetricStore(database()), []);
}

export function useCurrentPeriod(): string | undefined {
  return useLiveQuery(() => currentPeriod(database()), []);
}
