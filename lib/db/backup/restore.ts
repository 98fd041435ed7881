// Restoring a backup, in one Dexie transaction over every table: it all goes in, or (on any error)
// nothing does. `replace` makes the library exactly the backup; `merge` keeps both, the newer row
// winning where the same row is in both, and never lets two metrics share a name.
import type { Metric, MetricValue, Snippet } from '../../domain/schemas.ts';
import type { DrafterDatabase } from '../database.ts';
import type { BackupFile } from './format.ts';
import { readLibraryFile, type LibraryFileError } from './read.ts';

export type RestoreMode = 'merge' | 'replace';

export const TABLE_LABELS = {
  snippets: '片段',
  metrics: '指标',
  metricValues: '数值',
  tallyEntries: '记录',
  problemSets: '问题组',
  snippetRevisions: '历史版本',
  settings: '设置',
} as const;
export type TableName = keyof typeof TABLE_LABELS;
export const TABLE_NAMES = Object.keys(TABLE_LABELS) as TableName[];

export type TableCounts = Record<TableName, number>;

export interface RestorePreview {
  incoming: TableCounts;
  existing: TableCounts;
  /** Snippets in both with different words; in a merge the newer one is kept. */
  changedSnippets: number;
  /** Metrics whose name is taken by a different metric here; a merge joins them under the existing one. */
  sameNameMetrics: number;
  exportedAt: number;
}

function tablesOf(db: DrafterDatabase) {
  return [db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.problemSets, db.snippetRevisions, db.settings];
}

export async function countLibrary(db: DrafterDatabase): Promise<TableCounts> {
  return db.transaction('r', tablesOf(db), async () => {
    const counts = {} as TableCounts;
    for (const name of TABLE_NAMES) counts[name] = await db.table(name).count();
    return counts;
  });
}

export async function previewRestore(db: DrafterDatabase, file: BackupFile): Promise<RestorePreview> {
  const incoming = {} as TableCounts;
  for (const name of TABLE_NAMES) incoming[name] = file[name].length;
  return db.transaction('r', tablesOf(db), async () => {
    const existing = await countLibrary(db);
    const here = new Map((await db.snippets.bulkGet(file.snippets.map((s) => s.id))).filter((s): s is Snippet => !!s).map((s) => [s.id, s]));
    const changedSnippets = file.snippets.filter((s) => {
      const h = here.get(s.id);
      return h && (h.title !== s.title || h.body !== s.body);
    }).length;
    const byName = new Map((await db.metrics.where('name').anyOf(file.metrics.map((m) => m.name)).toArray()).map((m) => [m.name, m]));
    const sameNameMetrics = file.metrics.filter((m) => byName.has(m.name) && byName.get(m.name)!.id !== m.id).length;
    return { incoming, existing, changedSnippets, sameNameMetrics, exportedAt: file.exportedAt };
  });
}

export interface RestoreOutcome {
  mode: RestoreMode;
  /** Rows written (added or replaced) per table. */
  written: TableCounts;
}

export async function restoreBackup(db: DrafterDatabase, file: BackupFile, mode: RestoreMode): Promise<RestoreOutcome> {
  return db.transaction('rw', tablesOf(db), async () => (mode === 'replace' ? replaceAll(db, file) : merge(db, file)));
}

/** Reads and restores in one step; a bad file returns its error and writes nothing. */
export async function restoreFromText(db: DrafterDatabase, text: string, mode: RestoreMode): Promise<{ ok: true; outcome: RestoreOutcome } | { ok: false; error: LibraryFileError }> {
  const read = readLibraryFile(text);
  if (!read.ok) return read;
  if (read.value.kind !== 'backup') return { ok: false, error: { message: '这是资料包，不是完整备份：请用“导入资料包”。现有资料没有任何改动。', path: 'format' } };
  return { ok: true, outcome: await restoreBackup(db, read.value.file, mode) };
}

async function replaceAll(db: DrafterDatabase, file: BackupFile): Promise<RestoreOutcome> {
  const written = {} as TableCounts;
  for (const name of TABLE_NAMES) {
    await db.table(name).clear();
    await db.table(name).bulkAdd(file[name]);
    written[name] = file[name].length;
  }
  return { mode: 'replace', written };
}

const newer = (incoming: { updatedAt: number }, existing: { updatedAt: number } | undefined) => !existing || incoming.updatedAt > existing.updatedAt;

async function merge(db: DrafterDatabase, file: BackupFile): Promise<RestoreOutcome> {
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
    const current = await db.metrics.get(metric.id);
    if (!newer(metric, current)) continue;
    await db.metrics.put(metric satisfies Metric);
    written.metrics++;
  }

  for (const snippet of file.snippets) {
    if (!newer(snippet, await db.snippets.get(snippet.id))) continue;
    await db.snippets.put(snippet);
    written.snippets++;
  }

  for (const value of file.metricValues) {
    const row: MetricValue = { ...value, metricId: metricIdMap.get(value.metricId) ?? value.metricId };
    if (!newer(row, await db.metricValues.get([row.metricId, row.period]))) continue;
    await db.metricValues.put(row);
    written.metricValues++;
  }

  for (const entry of file.tallyEntries) {
    if (await db.tallyEntries.get(entry.id)) continue;
    await db.tallyEntries.add({ ...entry, metricId: metricIdMap.get(entry.metricId) ?? entry.metricId });
    written.tallyEntries++;
  }

  for (const set of file.problemSets) {
    if (!newer(set, await db.problemSets.get(set.id))) continue;
    await db.problemSets.put(set);
    written.problemSets++;
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

  // Settings here win: a merge adds only what is missing.
  for (const setting of file.settings) {
    if (await db.settings.get(setting.key)) continue;
    await db.settings.add(setting);
    written.settings++;
  }
  return { mode: 'merge', written };
}
