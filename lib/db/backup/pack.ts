// Library packs: one folder's snippets and the metrics they use, to hand to a colleague. Importing a
// pack only ever adds: snippets get new ids, a same-titled snippet in the folder is renamed or
// skipped, a metric whose name exists is used as it is, and a value is added only where none is.
import { importedTitleSuffix } from '../../domain/importedText.ts';
import { parseTemplate, referencedNames } from '../../domain/template/index.ts';
import { Metric, MetricValue, ProblemSet, Snippet } from '../../domain/schemas.ts';
import { type DrafterDatabase, newId, withoutOrderKey } from '../database.ts';
import { PACK_FORMAT, PACK_VERSION, type PackFile } from './format.ts';

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

/** A pack of one folder ('' for all). Values are left out unless asked for. */
export async function exportPack(db: DrafterDatabase, folder: string, options: { includeValues?: boolean } = {}, now = Date.now()): Promise<PackFile> {
  return db.transaction('r', db.snippets, db.metrics, db.metricValues, db.problemSets, async () => {
    const snippets = (await db.snippets.toArray()).filter((s) => s.deletedAt === null).filter(inFolder(folder));
    const names = metricNamesUsed(snippets.map((s) => s.body));
    const metrics = (await db.metrics.toArray()).filter((m) => names.has(m.name));
    const metricIds = metrics.map((m) => m.id);
    const metricValues = options.includeValues ? await db.metricValues.where('metricId').anyOf(metricIds).toArray() : [];
    const ids = new Set(snippets.map((s) => s.id));
    const problemSets = (await db.problemSets.toArray())
      .filter((p) => ids.has(p.problemId))
      .map((p) => ({ ...p, causeIds: p.causeIds.filter((id) => ids.has(id)), measureIds: p.measureIds.filter((id) => ids.has(id)) }));
    // A pack starts fresh at the colleague's end: no use counts, no trash, no favourites.
    const shared = snippets.map((s) => ({ ...withoutOrderKey(s), useCount: 0, lastUsedAt: null, favorite: false }));
    return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now, folder, snippets: shared, metrics, metricValues, problemSets };
  });
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

export async function previewPack(db: DrafterDatabase, pack: PackFile): Promise<PackPreview> {
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

export async function importPack(db: DrafterDatabase, pack: PackFile, onConflict: PackConflictChoice, now = Date.now()): Promise<PackOutcome> {
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
      await db.snippets.add(Snippet.parse({ ...snippet, id, title, useCount: 0, lastUsedAt: null, favorite: false, deletedAt: null, createdAt: now, updatedAt: now }));
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
      await db.metrics.add(Metric.parse({ ...metric, id, createdAt: now, updatedAt: now }));
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
      await db.problemSets.add(ProblemSet.parse({ ...set, id: newId(), problemId, causeIds: mapIds(set.causeIds), measureIds: mapIds(set.measureIds), updatedAt: now }));
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
