// Library packs: one folder's snippets, the metrics they use and the reports built from them, to
// hand to a colleague. A pack keeps its id from one version to the next (settings: publishedPacks),
// so the colleague's panel merges a newer version into what it took before (packImport.ts).
// Importing a version 1 pack (written before packs had an identity) only ever adds: snippets get
// new ids, a same-titled snippet in the folder is renamed or skipped, a metric whose name exists is
// used as it is, and a value is added only where none is.
import { importedTitleSuffix } from '../../domain/importedText.ts';
import { reportReferenceIds } from '../../domain/pack/content.ts';
import type { Report } from '../../domain/report/schema.ts';
import { parseTemplate, referencedNames } from '../../domain/template/index.ts';
import { Metric, MetricValue, ProblemSet, Snippet } from '../../domain/schemas.ts';
import { type DrafterDatabase, newId, withoutOrderKey } from '../database.ts';
import { readAuthorProfile } from '../author.ts';
import { readSetting, writeSetting } from '../settings.ts';
import { PACK_FORMAT, PACK_VERSION, type PackFileV1, type PackFileV2 } from './format.ts';

const inFolder = (folder: string) => (s: Snippet) => folder === '' || s.folder === folder || s.folder.startsWith(`${folder}/`);

/** The folders that hold live snippets, with their parents (述职报告 for 述职报告/党建). */
export async function listFolders(db: DrafterDatabase): Promise<string[]> {
  const folders = new Set<string>();
  for (const s of await db.snippets.toArray()) {
    if (s.deletedAt !== null || s.folder === '') continue;
    const parts = s.folder.split('/');
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return [...folders].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export function metricNamesUsed(bodies: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const body of bodies) for (const name of referencedNames(parseTemplate(body).nodes)) names.add(name);
  return names;
}

export interface PackExportOptions {
  includeValues?: boolean;
  /** The pack's name the first time this folder is shared (later versions keep the name they had). */
  name?: string;
  /** Add the live 校对词表 (word lists): the office's standard wording goes with its texts. */
  includeWordLists?: boolean;
}

/** What leaves this computer of a record: its identity and content, not the link to a pack it came from. */
function shareable<T extends { origin?: unknown; revision?: number }>({ origin: _local, ...row }: T): Omit<T, 'origin'> {
  return { ...row, revision: row.revision ?? 1 };
}

/**
 * A pack of one folder ('' for all): its snippets, the metrics they use, their problem sets, and
 * the live reports built only from them (every snippet and problem set a report names is in the
 * pack). Values are left out unless asked for. The folder's pack keeps its id and name from one
 * export to the next, and says who publishes it (the author profile's 单位 and 姓名).
 */
export async function exportPack(db: DrafterDatabase, folder: string, options: PackExportOptions = {}, now = Date.now()): Promise<PackFileV2> {
  return db.transaction('rw', [db.snippets, db.metrics, db.metricValues, db.problemSets, db.reports, db.settings, db.wordLists], async () => {
    const snippets = (await db.snippets.toArray()).filter((s) => s.deletedAt === null).filter(inFolder(folder));
    const names = metricNamesUsed(snippets.map((s) => s.body));
    const metrics = (await db.metrics.toArray()).filter((m) => names.has(m.name));
    const metricIds = metrics.map((m) => m.id);
    const metricValues = options.includeValues ? await db.metricValues.where('metricId').anyOf(metricIds).toArray() : [];
    const ids = new Set(snippets.map((s) => s.id));
    const problemSets = (await db.problemSets.toArray())
      .filter((p) => ids.has(p.problemId))
      .map((p) => ({ ...p, causeIds: p.causeIds.filter((id) => ids.has(id)), measureIds: p.measureIds.filter((id) => ids.has(id)) }));
    const setIds = new Set(problemSets.map((p) => p.id));
    const reports = (await db.reports.toArray()).filter((r) => r.deletedAt === null && builtFrom(r, ids, setIds, folder === ''));
    // A pack starts fresh at the colleague's end: no use counts, no trash, no favourites.
    const shared = snippets.map((s) => shareable({ ...withoutOrderKey(s), useCount: 0, lastUsedAt: null, favorite: false }));
    const published = (await readSetting(db, 'publishedPacks')) ?? {};
    const known = published[folder];
    const header = { id: known?.id ?? newId(), name: known?.name ?? (options.name?.trim() || folder || PACK_FORMAT) };
    if (!known) await writeSetting(db, 'publishedPacks', { ...published, [folder]: header });
    const author = await readAuthorProfile(db);
    const wordLists = options.includeWordLists ? (await db.wordLists.toArray()).filter((l) => l.deletedAt === null) : [];
    const items: { updatedAt: number }[] = [...snippets, ...metrics, ...problemSets, ...reports, ...wordLists];
    const updatedAt = items.reduce((latest, row) => Math.max(latest, row.updatedAt), 0);
    return {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      exportedAt: now,
      pack: { ...header, publisher: { unit: author.unit, name: author.name }, updatedAt },
      folder,
      snippets: shared,
      metrics: metrics.map(shareable),
      metricValues,
      problemSets: problemSets.map(shareable),
      reports: reports.map(({ deletedAt: _trash, ...report }) => shareable(report) as Report),
      wordLists: wordLists.map(({ origin: _local, ...list }) => list),
    };
  });
}

/** A report goes into a pack when every snippet and problem set it names is in it (and it names one, unless the pack is the whole library). */
function builtFrom(report: Report, snippetIds: ReadonlySet<string>, setIds: ReadonlySet<string>, whole: boolean): boolean {
  const refs = reportReferenceIds(report);
  if (!whole && refs.snippets.length + refs.problemSets.length === 0) return false;
  return refs.snippets.every((id) => snippetIds.has(id)) && refs.problemSets.every((id) => setIds.has(id));
}

export type PackConflictChoice = 'rename' | 'skip';

export interface PackPreview {
  snippets: number;
  /** Titles that a live snippet in the same folder already has. */
  sameTitles: string[];
  newMetrics: string[];
  /** Metric names already here: the pack's slots will read these, unchanged. */
  existingMetrics: string[];
  values: number;
}

const titleKey = (folder: string, title: string) => `${folder}\u0000${title}`;

async function liveTitles(db: DrafterDatabase): Promise<Set<string>> {
  return new Set((await db.snippets.toArray()).filter((s) => s.deletedAt === null).map((s) => titleKey(s.folder, s.title)));
}

export async function previewPack(db: DrafterDatabase, pack: PackFileV1 | PackFileV2): Promise<PackPreview> {
  const titles = await liveTitles(db);
  const existing = new Set((await db.metrics.where('name').anyOf(pack.metrics.map((m) => m.name)).toArray()).map((m) => m.name));
  return {
    snippets: pack.snippets.length,
    sameTitles: pack.snippets.filter((s) => titles.has(titleKey(s.folder, s.title))).map((s) => s.title),
    newMetrics: pack.metrics.filter((m) => !existing.has(m.name)).map((m) => m.name),
    existingMetrics: pack.metrics.filter((m) => existing.has(m.name)).map((m) => m.name),
    values: pack.metricValues.length,
  };
}

export interface PackOutcome {
  snippetIds: string[];
  renamed: number;
  skipped: number;
  createdMetricIds: string[];
  reusedMetrics: number;
  valuesAdded: number;
}

export async function importPack(db: DrafterDatabase, pack: PackFileV1 | PackFileV2, onConflict: PackConflictChoice, now = Date.now()): Promise<PackOutcome> {
  return db.transaction('rw', db.snippets, db.metrics, db.metricValues, db.problemSets, async () => {
    const outcome: PackOutcome = { snippetIds: [], renamed: 0, skipped: 0, createdMetricIds: [], reusedMetrics: 0, valuesAdded: 0 };
    const titles = await liveTitles(db);
    const idMap = new Map<string, string>();
    const existingByTitle = new Map((await db.snippets.toArray()).filter((s) => s.deletedAt === null).map((s) => [titleKey(s.folder, s.title), s.id]));
    for (const snippet of pack.snippets) {
      let title = snippet.title;
      if (titles.has(titleKey(snippet.folder, title))) {
        if (onConflict === 'skip') {
          outcome.skipped++;
          // Problem sets in the pack still link to the colleague's snippet of that name, i.e. ours.
          idMap.set(snippet.id, existingByTitle.get(titleKey(snippet.folder, title))!);
          continue;
        }
        title = freeTitle(titles, snippet.folder, snippet.title);
        outcome.renamed++;
      }
      titles.add(titleKey(snippet.folder, title));
      const id = newId();
      idMap.set(snippet.id, id);
      await db.snippets.add(Snippet.parse({ ...snippet, origin: undefined, revision: 1, id, title, useCount: 0, lastUsedAt: null, favorite: false, deletedAt: null, createdAt: now, updatedAt: now }));
      outcome.snippetIds.push(id);
    }

    const metricIdMap = new Map<string, string>();
    const fresh = new Set<string>();
    for (const metric of pack.metrics) {
      const here = await db.metrics.where('name').equals(metric.name).first();
      if (here) {
        metricIdMap.set(metric.id, here.id);
        outcome.reusedMetrics++;
        continue;
      }
      const id = newId();
      await db.metrics.add(Metric.parse({ ...metric, origin: undefined, revision: 1, id, createdAt: now, updatedAt: now }));
      metricIdMap.set(metric.id, id);
      fresh.add(id);
      outcome.createdMetricIds.push(id);
    }
    for (const value of pack.metricValues) {
      const metricId = metricIdMap.get(value.metricId);
      if (!metricId || (await db.metricValues.get([metricId, value.period]))) continue; // never overwrite a value
      await db.metricValues.add(MetricValue.parse({ ...value, metricId }));
      outcome.valuesAdded++;
    }

    for (const set of pack.problemSets) {
      const problemId = idMap.get(set.problemId);
      if (!problemId || !outcome.snippetIds.includes(problemId)) continue; // the problem was skipped: its set here stays as it is
      const mapIds = (ids: string[]) => ids.map((id) => idMap.get(id)).filter((id): id is string => !!id);
      await db.problemSets.add(ProblemSet.parse({ ...set, origin: undefined, revision: 1, id: newId(), problemId, causeIds: mapIds(set.causeIds), measureIds: mapIds(set.measureIds), updatedAt: now }));
    }
    return outcome;
  });
}

/** 标题（导入）, then 标题（导入2）… until no live snippet in the folder has it. */
function freeTitle(titles: ReadonlySet<string>, folder: string, title: string): string {
  for (let n = 1; ; n++) {
    const suffix = importedTitleSuffix(n);
    const candidate = `${title.slice(0, 200 - suffix.length)}${suffix}`;
    if (!titles.has(titleKey(folder, candidate))) return candidate;
  }
}

/** Takes a pack import back: the snippets and metrics it added, with their values and sets. */
export async function undoPackImport(db: DrafterDatabase, outcome: PackOutcome): Promise<void> {
  await db.transaction('rw', db.snippets, db.metrics, db.metricValues, db.problemSets, async () => {
    await db.problemSets.where('problemId').anyOf(outcome.snippetIds).delete();
    await db.snippets.bulkDelete(outcome.snippetIds);
    await db.metricValues.where('metricId').anyOf(outcome.createdMetricIds).delete();
    await db.metrics.bulkDelete(outcome.createdMetricIds);
  });
}
