// The extension's IndexedDB database. Only lib/db touches Dexie; everything else goes through the
// repositories here. Each schema version keeps a dated banner and, when data must change shape, an
// upgrade function with a test in tests/db that opens data written by the version before.
import Dexie, { type EntityTable } from 'dexie';
import type { Metric, MetricValue, ProblemSet, Snippet, SnippetRevision, TallyEntry } from '../domain/schemas.ts';
import type { WordList } from '../domain/wordList.ts';
import { storedOrderKey, type StoredOrderKey } from './orderKey.ts';
import type { ReportRow } from './reportRow.ts';

export interface SettingRow {
  key: string;
  value: unknown;
}

import { DATABASE_NAME } from './names.ts';

export { DATABASE_NAME };

/**
 * A snippet as stored: with `orderKey` (orderKey.ts), its place in the order the library opens
 * with, kept by the hooks below so the first screen can be read through an index. It is derived,
 * so it never leaves the database (backups drop it, imports recompute it).
 */
export type SnippetRow = Snippet & { orderKey?: StoredOrderKey };

/** A stored snippet without its derived order key: what leaves the database in files. */
export function withoutOrderKey({ orderKey: _derived, ...snippet }: SnippetRow): Snippet {
  return snippet;
}

export class DrafterDatabase extends Dexie {
  snippets!: EntityTable<SnippetRow, 'id'>;
  metrics!: EntityTable<Metric, 'id'>;
  metricValues!: Dexie.Table<MetricValue, [string, string]>;
  tallyEntries!: EntityTable<TallyEntry, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  problemSets!: EntityTable<ProblemSet, 'id'>;
  snippetRevisions!: EntityTable<SnippetRevision, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;
  localState!: EntityTable<SettingRow, 'key'>;
  wordLists!: EntityTable<WordList, 'id'>;

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
    // ── v4 · 2026-11-26 ── snippets gain an indexed `orderKey` (orderKey.ts), so the panel paints
    // its first screen from the start of that index instead of reading the whole library first.
    // The upgrade fills it in for every existing snippet.
    this.version(4)
      .stores({ snippets: 'id, folder, role, updatedAt, deletedAt, *tags, orderKey' })
      .upgrade((tx) =>
        tx
          .table('snippets')
          .toCollection()
          .modify((snippet: SnippetRow) => {
            snippet.orderKey = storedOrderKey(snippet);
          }),
      );
    // ── v5 · 2026-12-06 ── whole reports (lib/db/reports.ts): the panel lists them newest first
    // (updatedAt) and the trash finds them by deletedAt. A new table only: no row of v4 changes
    // shape, so there is nothing for an upgrade function to do (tests/db/schema.test.ts opens v4
    // data and checks it is all still there).
    this.version(5).stores({ reports: 'id, updatedAt, deletedAt' });
    // ── v6 · 2026-12-06 ── what belongs to this computer and never goes into a backup: the folder
    // chosen for automatic backups (a browser handle, which a file cannot hold) and how they went
    // (lib/db/backup/localState.ts). Not in `settings`, which a backup carries and a 整个替换
    // restore clears. A new table only: no row of v5 changes, so no upgrade function.
    this.version(6).stores({ localState: 'key' });
    // ── v7 · 2026-12-07 ── the office's own word lists (lib/db/wordLists.ts), which proofreading
    // checks every text against: listed in the order they were made (createdAt), the trash finds
    // them by deletedAt. A new table only: no row of v6 changes, so no upgrade function.
    this.version(7).stores({ wordLists: 'id, createdAt, deletedAt' });
    // ── v8 · 2026-12-07 ── identity across computers (lib/domain/schemas.ts `Identity`): snippets,
    // metrics, problem sets and reports count their saves in `revision`, and a record taken from a
    // library pack remembers where from in `origin`. No new index; every existing row starts at
    // revision 1 and has no origin (packs imported before were copies, not subscriptions).
    this.version(8)
      .stores({})
      .upgrade(async (tx) => {
        for (const table of REVISED_TABLES) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: { revision?: number }) => {
              row.revision ??= 1;
            });
        }
      });
    // Every write path (add, put, update, modify, bulk, restore) passes these hooks, so the key can
    // never go stale, whichever repository function wrote the row.
    this.snippets.hook('creating', (_key, row) => {
      row.orderKey = storedOrderKey(row);
    });
    this.snippets.hook('updating', (changes, _key, row) => ({
      orderKey: storedOrderKey({ ...row, ...(changes as Partial<Snippet>) }),
      ...nextRevision(changes, row),
    }));
    // The revision hooks: here rather than in each repository, so no write path can forget them.
    for (const table of REVISED_TABLES) {
      if (table === 'snippets') continue;
      this.table(table).hook('updating', (changes, _key, row) => nextRevision(changes as object, row as { revision?: number }));
    }
    for (const table of REVISED_TABLES) {
      this.table(table).hook('creating', (_key, row: { revision?: number }) => {
        row.revision ??= 1;
      });
    }
  }
}

/** The tables whose records count their saves (`revision`) and can come from a pack (`origin`). */
export const REVISED_TABLES = ['snippets', 'metrics', 'problemSets', 'reports'] as const;

/**
 * Fields whose change is not a save of the record's content: use counts, the trash, the derived
 * order key, the star, the timestamps, and the pack link itself (unlinking is not an edit).
 */
const NOT_CONTENT = new Set(['useCount', 'lastUsedAt', 'deletedAt', 'orderKey', 'favorite', 'updatedAt', 'createdAt', 'revision', 'origin']);

/**
 * One more revision when a write changes the content. A write that sets `revision` itself (a
 * restore, an undo putting a row back as it was) keeps its own. Dexie passes nested changes as key
 * paths (parts.0.heading), so the first segment is what counts.
 */
function nextRevision(changes: object, row: { revision?: number }): { revision?: number } {
  const keys = Object.keys(changes);
  if ((changes as { revision?: number }).revision !== undefined) return {};
  const current = row.revision ?? 1;
  // Dexie may list a field whose value is equal (an array it cannot tell is the same), so each
  // listed field is compared with what is stored.
  const changed = keys.some((k) => !NOT_CONTENT.has(k.split('.')[0]!) && JSON.stringify(valueAt(row, k)) !== JSON.stringify((changes as Record<string, unknown>)[k]));
  if (changed) return { revision: current + 1 };
  // A row written without the field (from a file older than it) keeps the count it had.
  return keys.includes('revision') ? { revision: current } : {};
}

function valueAt(row: object, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), row);
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
