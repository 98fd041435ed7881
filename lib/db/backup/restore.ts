// Restoring a backup, in one Dexie transaction over every table: it all goes in, or (on any error)
// nothing does. `replace` makes the library exactly the backup. `merge` (找回) brings back what the
// backup has — what was deleted since, and the backup's version of what was changed since (a
// snippet's newer words go to its history first; a word list's words come back as its next
// revision) — and keeps what was created after the backup and
// this library's settings; it never lets two metrics share a name. (It used to keep the newer row,
// so a value changed after the backup, or a snippet trashed after it, was not brought back: a user
// restoring a backup wants the backup's content.)
import type { Metric, MetricValue, Snippet } from '../../domain/schemas.ts';
import type { WordList } from '../../domain/wordList.ts';
import { type DrafterDatabase, withoutOrderKey } from '../database.ts';
import type { BackupFile } from './format.ts';
import { recordRevision } from '../revisionLog.ts';
import { readLibraryFile, type LibraryFileError } from './read.ts';

export type RestoreMode = 'merge' | 'replace';

/** Every table a backup holds, in the order the panel lists them (its words: backup.tables.<name>). */
export const TABLE_NAMES = ['reports', 'snippets', 'metrics', 'metricValues', 'tallyEntries', 'problemSets', 'snippetRevisions', 'wordLists', 'settings'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type TableCounts = Record<TableName, number>;

/**
 * What a restore will do, per table, before it writes: rows the backup has that are missing here
 * (`add`), rows in both that differ (`revert`: a merge puts the backup's version back), and rows
 * here that the backup does not have (`extra`: a merge keeps them, a replace removes them).
 */
export interface TablePlan {
  add: number;
  revert: number;
  extra: number;
}

export interface RestorePreview {
  incoming: TableCounts;
  existing: TableCounts;
  plan: Record<TableName, TablePlan>;
  /** Snippets in the trash here that the backup has live: a restore takes them out of the trash. */
  fromTrash: number;
  /** Metrics whose name is taken by a different metric here; a merge joins them under the existing one. */
  sameNameMetrics: number;
  exportedAt: number;
}

function tablesOf(db: DrafterDatabase) {
  return [db.reports, db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.problemSets, db.snippetRevisions, db.wordLists, db.settings];
}

export async function countLibrary(db: DrafterDatabase): Promise<TableCounts> {
  return db.transaction('r', tablesOf(db), async () => {
    const counts = {} as TableCounts;
    for (const name of TABLE_NAMES) counts[name] = await db.table(name).count();
    return counts;
  });
}

/** A row's identity within its table (revisions are numbered per database, so matched by content). */
const ROW_KEY: Record<TableName, (row: never) => string> = {
  reports: (r: { id: string }) => r.id,
  snippets: (r: Snippet) => r.id,
  metrics: (r: Metric) => r.id,
  metricValues: (r: MetricValue) => `${r.metricId}\u0000${r.period}`,
  tallyEntries: (r: { id: string }) => r.id,
  problemSets: (r: { id: string }) => r.id,
  snippetRevisions: (r: { snippetId: string; savedAt: number; title: string; body: string }) => JSON.stringify([r.snippetId, r.savedAt, r.title, r.body]),
  wordLists: (r: { id: string }) => r.id,
  settings: (r: { key: string }) => r.key,
};

/**
 * A word list's revision and updatedAt count saves on this computer, so a merge that puts the
 * backup's words back saves them as a new revision (mergedWordList); two lists are the same when
 * what the user sees of them is.
 */
function sameWordList(a: WordList, b: WordList): boolean {
  return sameRow([a.name, a.entries, a.createdAt, a.deletedAt], [b.name, b.entries, b.createdAt, b.deletedAt]);
}

/** The backup's list as the next revision of the one here, so revisions never go back (packs compare them). */
function mergedWordList(backup: WordList, current: WordList | undefined, now: number): WordList {
  if (!current) return backup;
  return { ...backup, revision: Math.max(backup.revision, current.revision + 1), updatedAt: Math.max(now, backup.updatedAt, current.updatedAt + 1) };
}

/** Two rows are the same when every field is, whatever the order of their keys. */
function sameRow(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
}

export async function previewRestore(db: DrafterDatabase, file: BackupFile): Promise<RestorePreview> {
  const incoming = {} as TableCounts;
  for (const name of TABLE_NAMES) incoming[name] = file[name].length;
  return db.transaction('r', tablesOf(db), async () => {
    const existing = await countLibrary(db);
    const byName = new Map((await db.metrics.where('name').anyOf(file.metrics.map((m) => m.name)).toArray()).map((m) => [m.name, m]));
    const joined = new Set(file.metrics.filter((m) => byName.has(m.name) && byName.get(m.name)!.id !== m.id).map((m) => m.id));
    const plan = {} as Record<TableName, TablePlan>;
    let fromTrash = 0;
    for (const name of TABLE_NAMES) {
      const key = ROW_KEY[name] as (row: unknown) => string;
      const rows = (await db.table(name).toArray()) as unknown[];
      const here = new Map((name === 'snippets' ? (rows as Snippet[]).map(withoutOrderKey) : rows).map((r) => [key(r), r]));
      const seen = new Set<string>();
      const counts: TablePlan = { add: 0, revert: 0, extra: 0 };
      for (const row of file[name] as unknown[]) {
        if (name === 'metrics' && joined.has((row as Metric).id)) continue;
        const k = key(row);
        seen.add(k);
        const current = here.get(k);
        if (current === undefined) counts.add++;
        // Settings here win, and a revision is matched by its content: neither is ever reverted.
        else if (name === 'settings' || name === 'snippetRevisions' || sameRow(current, row)) continue;
        else if (name === 'wordLists' && sameWordList(current as WordList, row as WordList)) continue;
        else {
          counts.revert++;
          if (name === 'snippets' && (current as Snippet).deletedAt !== null && (row as Snippet).deletedAt === null) fromTrash++;
        }
      }
      for (const k of here.keys()) if (!seen.has(k)) counts.extra++;
      plan[name] = counts;
    }
    return { incoming, existing, plan, fromTrash, sameNameMetrics: joined.size, exportedAt: file.exportedAt };
  });
}

export interface RestoreOutcome {
  mode: RestoreMode;
  /** Rows written (added or replaced) per table. */
  written: TableCounts;
}

export async function restoreBackup(db: DrafterDatabase, file: BackupFile, mode: RestoreMode, now = Date.now()): Promise<RestoreOutcome> {
  return db.transaction('rw', tablesOf(db), async () => (mode === 'replace' ? replaceAll(db, file) : merge(db, file, now)));
}

/** Reads and restores in one step; a bad file returns its error and writes nothing. */
export async function restoreFromText(db: DrafterDatabase, text: string, mode: RestoreMode): Promise<{ ok: true; outcome: RestoreOutcome } | { ok: false; error: LibraryFileError }> {
  const read = readLibraryFile(text);
  if (!read.ok) return read;
  if (read.value.kind !== 'backup') return { ok: false, error: { code: 'backup.packNotBackup', path: 'format', issues: [] } };
  return { ok: true, outcome: await restoreBackup(db, read.value.file, mode) };
}

async function replaceAll(db: DrafterDatabase, file: BackupFile): Promise<RestoreOutcome> {
  const written = {} as TableCounts;
  for (const name of TABLE_NAMES) {
    await db.table(name).clear();
    // Copies: Dexie's hooks write derived fields into the objects they are given, and the file
    // may still be needed as it was (an undo keeps one).
    await db.table(name).bulkAdd(file[name].map((row) => ({ ...row })));
    written[name] = file[name].length;
  }
  return { mode: 'replace', written };
}

/** Writes the backup's row where this library has none or a different one; says whether it wrote. */
async function putIfDifferent<T>(table: { put(row: T): Promise<unknown> }, row: T, current: T | undefined): Promise<boolean> {
  if (current !== undefined && sameRow(current, row)) return false;
  await table.put(row);
  return true;
}

async function merge(db: DrafterDatabase, file: BackupFile, now: number): Promise<RestoreOutcome> {
  const written = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as TableCounts;

  // Metrics first: an incoming metric whose name is taken by another metric here joins that one.
  const metricIdMap = new Map<string, string>();
  for (const metric of file.metrics) {
    const sameName = await db.metrics.where('name').equals(metric.name).first();
    if (sameName && sameName.id !== metric.id) {
      metricIdMap.set(metric.id, sameName.id);
      continue;
    }
    metricIdMap.set(metric.id, metric.id);
    if (await putIfDifferent(db.metrics, metric satisfies Metric, await db.metrics.get(metric.id))) written.metrics++;
  }

  for (const snippet of file.snippets) {
    const stored = await db.snippets.get(snippet.id);
    const current = stored && withoutOrderKey(stored);
    if (current && sameRow(current, snippet)) continue;
    // The words edited since the backup are not lost: they go to the snippet's history first.
    if (current && (current.title !== snippet.title || current.body !== snippet.body)) await recordRevision(db, current, now);
    // A copy: Dexie's hook writes the derived orderKey into the object it is given.
    await db.snippets.put({ ...snippet });
    written.snippets++;
  }

  for (const value of file.metricValues) {
    const row: MetricValue = { ...value, metricId: metricIdMap.get(value.metricId) ?? value.metricId };
    if (await putIfDifferent(db.metricValues, row, await db.metricValues.get([row.metricId, row.period]))) written.metricValues++;
  }

  for (const entry of file.tallyEntries) {
    const row = { ...entry, metricId: metricIdMap.get(entry.metricId) ?? entry.metricId };
    if (await putIfDifferent(db.tallyEntries, row, await db.tallyEntries.get(entry.id))) written.tallyEntries++;
  }

  for (const set of file.problemSets) {
    if (await putIfDifferent(db.problemSets, set, await db.problemSets.get(set.id))) written.problemSets++;
  }

  // Revisions are numbered per database, so they are matched by content and added with new numbers.
  for (const revision of file.snippetRevisions) {
    const same = await db.snippetRevisions
      .where('snippetId')
      .equals(revision.snippetId)
      .filter((r) => r.savedAt === revision.savedAt && r.title === revision.title && r.body === revision.body)
      .first();
    if (same) continue;
    const { id: _id, ...rest } = revision;
    await db.snippetRevisions.add(rest);
    written.snippetRevisions++;
  }

  // A report as the backup has it, like a problem set; one written since the backup stays.
  for (const report of file.reports) {
    if (await putIfDifferent(db.reports, report, await db.reports.get(report.id))) written.reports++;
  }

  for (const list of file.wordLists) {
    const current = await db.wordLists.get(list.id);
    if (current && sameWordList(current, list)) continue;
    await db.wordLists.put(mergedWordList(list, current, now));
    written.wordLists++;
  }

  // Settings here win: a merge adds only what is missing.
  for (const setting of file.settings) {
    if (await db.settings.get(setting.key)) continue;
    await db.settings.add(setting);
    written.settings++;
  }
  return { mode: 'merge', written };
}
