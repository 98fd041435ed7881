// The extension's IndexedDB database. Only lib/db touches Dexie; everything else goes through the
// repositories here. Each schema version keeps a dated banner and, when data must change shape, an
// upgrade function with a test in tests/db that opens data written by the version before.
import Dexie, { type EntityTable } from 'dexie';
import type { Metric, MetricValue, ProblemSet, Snippet, SnippetRevision, TallyEntry } from '../domain/schemas.ts';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'report-drafter';

export class DrafterDatabase extends Dexie {
  snippets!: EntityTable<Snippet, 'id'>;
  metrics!: EntityTable<Metric, 'id'>;
  metricValues!: Dexie.Table<MetricValue, [string, string]>;
  tallyEntries!: EntityTable<TallyEntry, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  problemSets!: EntityTable<ProblemSet, 'id'>;
  snippetRevisions!: EntityTable<SnippetRevision, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // ── v1 · 2026-11-26 ── snippets, metrics, one value per metric × period, tally entries, settings.
    this.version(1).stores({
      snippets: 'id, folder, role, updatedAt, deletedAt, *tags',
      metrics: 'id, &name',
      metricValues: '[metricId+period], metricId, period',
      tallyEntries: 'id, metricId, date',
      settings: 'key',
    });
    // ── v2 · 2026-11-26 ── problem → cause → measure sets; snippet revision history. New tables
    // only: v1 rows are kept as they are, so no upgrade function is needed (tests/db/schema.test.ts).
    this.version(2).stores({
      problemSets: 'id, problemId, *causeIds, *measureIds',
      snippetRevisions: '++id, snippetId, savedAt',
    });
    // ── v3 · 2026-11-26 ── snippets gain `source` (the page a saved selection came from). No new
    // index; existing snippets get an empty source so every row matches the schema.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('snippets')
          .toCollection()
          .modify((snippet: { source?: string }) => {
            snippet.source ??= '';
          }),
      );
  }
}

let shared: DrafterDatabase | undefined;

/** The one database of this extension origin (side panel and background share it). */
export function database(): DrafterDatabase {
  shared ??= new DrafterDatabase();
  return shared;
}

export function newId(): string {
  return crypto.randomUUID();
}
