// Taking a version 2 pack: the first time, its items are added, each remembering where it came from
// (`origin`); a newer version of the same pack is merged item by item (lib/domain/pack/merge.ts):
// what the user has not touched follows the pack, what they edited is never overwritten unless they
// choose so for that item. The plan is worked out again inside the writing transaction, so a change
// made between the preview and the click is not overwritten either; one transaction writes it all,
// or (on any error) nothing. The outcome keeps every row as it was, for the undo.
import { problem, ProblemError } from '../../domain/problem.ts';
import {
  choicesFor,
  decide,
  fingerprintMetric,
  fingerprintProblemSet,
  fingerprintReport,
  fingerprintSnippet,
  fingerprintWordList,
  metricContent,
  reportContent,
  reportReferences,
  resolve,
  snippetContent,
  wordListContent,
  type IdMaps,
  type ItemAbilities,
  type MergeSides,
  type PackChoice,
  type PackDecision,
  type PackHeader,
  type PackItemKind,
} from '../../domain/pack/index.ts';
import type { Report } from '../../domain/report/schema.ts';
import { Metric, MetricValue, ProblemSet, Snippet, type PackOrigin } from '../../domain/schemas.ts';
import { WordList } from '../../domain/wordList.ts';
import { type DrafterDatabase, newId, withoutOrderKey } from '../database.ts';
import type { ReportRow } from '../reportRow.ts';
import { recordRevision } from '../revisionLog.ts';
import { readSetting, writeSetting } from '../settings.ts';
import type { PackFileV2 } from './format.ts';

type Row = { id: string; revision?: number; origin?: PackOrigin; updatedAt: number };
type Theirs = Snippet | Metric | ProblemSet | Report | WordList;

const TABLE: Record<PackItemKind, 'snippets' | 'metrics' | 'problemSets' | 'reports' | 'wordLists'> = {
  snippet: 'snippets',
  metric: 'metrics',
  problemSet: 'problemSets',
  report: 'reports',
  wordList: 'wordLists',
};

/** A metric's name is how slots find it, and a problem has one set: neither can stand twice. Metrics and sets have no trash. */
const CAN: Record<PackItemKind, ItemAbilities> = {
  snippet: { twice: true, trash: true },
  metric: { twice: false, trash: false },
  problemSet: { twice: false, trash: false },
  report: { twice: true, trash: true },
  wordList: { twice: true, trash: true },
};

export interface PackItemPlan {
  /** `kind:item`, the key of the user's choice. */
  key: string;
  kind: PackItemKind;
  /** The item's id in the pack. */
  item: string;
  /** The local copy following the pack; null when there is none. */
  localId: string | null;
  /** What the user reads: the snippet's or report's title, the metric's name, the problem's title. */
  title: string;
  decision: PackDecision;
  /** The choices offered, the default first. */
  choices: readonly PackChoice[];
  sides: MergeSides;
}

export interface PackImportPlan {
  header: PackHeader;
  /** The pack as taken here last time; null the first time. */
  previous: PackHeader | null;
  /** This file is an older version than the one taken last time. */
  older: boolean;
  folder: string;
  items: PackItemPlan[];
  /** Metrics of the pack whose name a metric of the user's own has: the pack's slots read those, unchanged. */
  existingMetrics: string[];
  values: number;
}

interface Local {
  rows: Record<PackItemKind, Map<string, Row & { deletedAt?: number | null }>>;
  /** This computer's id → the pack's, for the records following this pack. */
  toPack: IdMaps;
  metricNames: Map<string, string>;
  /** Pack snippets standing for one of the user's own by its title only (sameAsOwn). */
  byTitle: Set<string>;
}

const linkedTo = (packId: string) => (row: Row) => row.origin?.pack === packId;

async function readLocal(db: DrafterDatabase, file: PackFileV2): Promise<Local> {
  const packId = file.pack.id;
  // A pack this library publishes is made of its own snippets: taken back here, it stands beside them.
  const publishedHere = Object.values((await readSetting(db, 'publishedPacks')) ?? {}).some((header) => header.id === packId);
  const rows = {} as Local['rows'];
  const byTitle = new Set<string>();
  for (const kind of Object.keys(TABLE) as PackItemKind[]) {
    const all = (await db.table(TABLE[kind]).toArray()) as Row[];
    const linked = all.filter(linkedTo(packId));
    rows[kind] = new Map(linked.map((r) => [r.origin!.item, kind === 'snippet' ? (withoutOrderKey(r as Snippet) as Row) : r]));
    if (kind === 'snippet' && !publishedHere) sameAsOwn(file, all as unknown as Snippet[], rows.snippet, byTitle);
  }
  const back = (kind: PackItemKind) => new Map([...rows[kind].entries()].map(([item, r]) => [r.id, item]));
  const snippets = back('snippet');
  const sets = back('problemSet');
  const metricNames = new Map((await db.metrics.toArray()).map((m) => [m.name, m.id]));
  return { rows, toPack: { snippets: (id) => snippets.get(id), problemSets: (id) => sets.get(id) }, metricNames, byTitle };
}

/**
 * A pack snippet not yet taken here, word for word the same as one of the user's own (same title,
 * folder, role, tags and text — the office's standard text written or copied before): that one is
 * its local copy, so taking the pack links it instead of adding it a second time. Failing that, one
 * of the user's own with the same title stands for it too (`byTitle`): two snippets of one title
 * and different words are not added side by side without the user being asked.
 */
function sameAsOwn(file: PackFileV2, all: readonly Snippet[], linked: Map<string, Row>, byTitle: Set<string>): void {
  const own = all.filter((s) => s.origin === undefined && s.deletedAt === null);
  const used = new Set<string>();
  const take = (index: Map<string, Snippet[]>, key: string) => {
    const match = index.get(key)?.find((s) => !used.has(s.id));
    if (match) used.add(match.id);
    return match;
  };
  const byKey = (key: (s: Snippet) => string) => {
    const index = new Map<string, Snippet[]>();
    for (const s of own) index.set(key(s), [...(index.get(key(s)) ?? []), s]);
    return index;
  };
  const words = byKey(fingerprintSnippet);
  const titles = byKey((s) => s.title.trim());
  const open = file.snippets.filter((row) => !linked.has(row.id));
  for (const row of open) {
    const match = take(words, fingerprintSnippet(row));
    if (match) linked.set(row.id, withoutOrderKey(match) as Row);
  }
  for (const row of open) {
    if (linked.has(row.id)) continue;
    const match = take(titles, row.title.trim());
    if (!match) continue;
    linked.set(row.id, withoutOrderKey(match) as Row);
    byTitle.add(row.id);
  }
}

function fingerprintOf(kind: PackItemKind, row: Theirs, ids?: IdMaps): string {
  switch (kind) {
    case 'snippet':
      return fingerprintSnippet(row as Snippet);
    case 'metric':
      return fingerprintMetric(row as Metric);
    case 'problemSet':
      return fingerprintProblemSet(row as ProblemSet, ids);
    case 'report':
      return fingerprintReport(row as Report, ids);
    case 'wordList':
      return fingerprintWordList(row as WordList);
  }
}

function theirsOf(file: PackFileV2): Record<PackItemKind, Theirs[]> {
  return { snippet: file.snippets, metric: file.metrics, problemSet: file.problemSets, report: file.reports, wordList: file.wordLists };
}

function labelOf(kind: PackItemKind, row: Theirs, titles: ReadonlyMap<string, string>): string {
  if (kind === 'metric' || kind === 'wordList') return (row as Metric | WordList).name;
  if (kind === 'problemSet') return titles.get((row as ProblemSet).problemId) ?? '';
  return (row as Snippet | Report).title;
}

async function plan(db: DrafterDatabase, file: PackFileV2): Promise<{ plan: PackImportPlan; local: Local }> {
  const local = await readLocal(db, file);
  const previous = ((await readSetting(db, 'takenPacks')) ?? {})[file.pack.id] ?? null;
  const theirs = theirsOf(file);
  const items: PackItemPlan[] = [];
  const existingMetrics: string[] = [];
  const packTitles = new Map(file.snippets.map((s) => [s.id, s.title]));
  const localTitles = new Map([...local.rows.snippet.values()].map((s) => [s.id, (s as unknown as Snippet).title]));
  for (const kind of Object.keys(TABLE) as PackItemKind[]) {
    const seen = new Set<string>();
    for (const row of theirs[kind]) {
      seen.add(row.id);
      const mine = local.rows[kind].get(row.id);
      // A metric of the user's own with this name: the pack's slots read it as it is (as packs always did).
      if (kind === 'metric' && !mine && local.metricNames.has((row as Metric).name)) {
        existingMetrics.push((row as Metric).name);
        continue;
      }
      const sides: MergeSides = {
        base: mine?.origin?.base ?? null,
        theirs: fingerprintOf(kind, row),
        mine: mine ? fingerprintOf(kind, mine as unknown as Theirs, local.toPack) : null,
        mineInTrash: (mine?.deletedAt ?? null) !== null,
        mineByTitle: kind === 'snippet' && local.byTitle.has(row.id),
      };
      const decision = decide(sides);
      items.push({ key: `${kind}:${row.id}`, kind, item: row.id, localId: mine?.id ?? null, title: labelOf(kind, row, packTitles), decision, choices: choicesFor(decision, CAN[kind]), sides });
    }
    // Gone from the pack: the local copy is offered to keep.
    for (const [item, mine] of local.rows[kind]) {
      if (seen.has(item)) continue;
      const sides: MergeSides = { base: mine.origin!.base, theirs: null, mine: fingerprintOf(kind, mine as unknown as Theirs, local.toPack), mineInTrash: (mine.deletedAt ?? null) !== null };
      const decision = decide(sides);
      const title = kind === 'problemSet' ? (localTitles.get((mine as unknown as ProblemSet).problemId) ?? '') : labelOf(kind, mine as unknown as Theirs, packTitles);
      items.push({ key: `${kind}:${item}`, kind, item, localId: mine.id, title, decision, choices: choicesFor(decision, CAN[kind]), sides });
    }
  }
  const older = previous !== null && file.pack.updatedAt < previous.updatedAt;
  return { plan: { header: file.pack, previous, older, folder: file.folder, items, existingMetrics, values: file.metricValues.length }, local };
}

/** What taking this pack would do, item by item, before anything is written. */
export async function planPackImport(db: DrafterDatabase, file: PackFileV2): Promise<PackImportPlan> {
  return db.transaction('r', [db.snippets, db.metrics, db.problemSets, db.reports, db.wordLists, db.settings], async () => (await plan(db, file)).plan);
}

/** What was written, per table, and every row as it was before: enough to take the import back. */
export interface PackImportOutcome {
  packId: string;
  added: Record<PackItemKind, string[]>;
  before: Record<PackItemKind, Row[]>;
  valuesAdded: [string, string][];
  takenBefore: PackHeader | null;
  /** How many items ended up each way, for the message after the import. */
  done: { added: number; updated: number; both: number; kept: number; trashed: number };
}

const ROW_TABLES = (db: DrafterDatabase) => [db.snippets, db.snippetRevisions, db.metrics, db.metricValues, db.problemSets, db.reports, db.wordLists, db.settings];

/**
 * Takes the pack with the user's choices (`kind:item` → choice; an item left out gets its default,
 * which never overwrites an edit). A metric renamed by the pack to a name a metric here has stops
 * the import (db.packMetricNameTaken) and nothing is written.
 */
export async function applyPackImport(db: DrafterDatabase, file: PackFileV2, choices: Readonly<Record<string, PackChoice>> = {}, now = Date.now()): Promise<PackImportOutcome> {
  return db.transaction('rw', ROW_TABLES(db), async () => {
    const { plan: current, local } = await plan(db, file);
    const outcome: PackImportOutcome = {
      packId: file.pack.id,
      added: { snippet: [], metric: [], problemSet: [], report: [], wordList: [] },
      before: { snippet: [], metric: [], problemSet: [], report: [], wordList: [] },
      valuesAdded: [],
      takenBefore: current.previous,
      done: { added: 0, updated: 0, both: 0, kept: 0, trashed: 0 },
    };
    const theirs = theirsOf(file);
    const byItem = (kind: PackItemKind) => new Map(theirs[kind].map((r) => [r.id, r]));
    // The pack's ids → this computer's, filled in kind by kind (snippets first: sets and reports point at them).
    const toLocal: Record<PackItemKind, Map<string, string>> = { snippet: new Map(), metric: new Map(), problemSet: new Map(), report: new Map(), wordList: new Map() };
    const localIds: IdMaps = { snippets: (id) => toLocal.snippet.get(id), problemSets: (id) => toLocal.problemSet.get(id) };

    for (const kind of ['snippet', 'metric', 'problemSet', 'report', 'wordList'] as const) {
      const table = db.table(TABLE[kind]);
      const packRows = byItem(kind);
      for (const item of current.items.filter((i) => i.kind === kind)) {
        const resolution = resolve(item.sides, choices[item.key] ?? item.choices[0]!, CAN[kind]);
        const their = packRows.get(item.item);
        const mine = local.rows[kind].get(item.item);
        // The revision goes with the base: the pack's when its version is the base now, else the one taken before.
        const origin = (base: string): PackOrigin => ({ pack: file.pack.id, item: item.item, revision: base === item.sides.theirs ? (their?.revision ?? 1) : (mine?.origin?.revision ?? 1), base });
        let followed: string | null = null;

        if (mine) {
          const stored = (await table.get(mine.id)) as Row | undefined;
          const linkChanged = resolution.link === null ? mine.origin !== undefined : JSON.stringify(mine.origin) !== JSON.stringify(origin(resolution.link));
          if (stored && (resolution.local !== 'leave' || linkChanged)) {
            outcome.before[kind].push(kind === 'snippet' ? (withoutOrderKey(stored as Snippet) as Row) : stored);
            const { origin: _old, ...unlinked } = stored;
            let next: Row = resolution.link === null ? unlinked : { ...unlinked, origin: origin(resolution.link) };
            if (resolution.local === 'write' && their) {
              if (kind === 'metric') await nameFree(db, (their as Metric).name, stored.id);
              next = { ...next, ...contentFor(kind, their, localIds), updatedAt: Math.max(now, stored.updatedAt + 1) };
              // Word lists count their own saves (wordLists.ts); the other tables' hook does it for them.
              if (kind === 'wordList') next = { ...next, revision: (stored.revision ?? 1) + 1 };
              if (kind === 'snippet') await recordRevision(db, stored as Snippet, now);
              outcome.done.updated++;
            } else if (resolution.local === 'trash') {
              next = { ...next, deletedAt: now } as Row;
              outcome.done.trashed++;
            } else if (item.decision === 'removed') {
              outcome.done.kept++;
            }
            await table.put(kind === 'problemSet' ? ProblemSet.parse(next) : next);
          }
          if (resolution.link !== null) followed = mine.id;
        }
        if (resolution.added !== null && their) {
          const id = await addCopy(db, kind, their, localIds, origin(resolution.added), now);
          if (id !== null) {
            outcome.added[kind].push(id);
            followed = id;
            if (mine) outcome.done.both++;
            else outcome.done.added++;
          }
        }
        if (followed !== null) toLocal[kind].set(item.item, followed);
      }
      if (kind === 'metric') {
        // The pack's metrics whose name a metric of the user's own has: its values go to that one.
        for (const metric of file.metrics) if (!toLocal.metric.has(metric.id) && local.metricNames.has(metric.name)) toLocal.metric.set(metric.id, local.metricNames.get(metric.name)!);
        for (const value of file.metricValues) {
          const metricId = toLocal.metric.get(value.metricId);
          if (!metricId || (await db.metricValues.get([metricId, value.period]))) continue; // never overwrite a value
          await db.metricValues.add(MetricValue.parse({ ...value, metricId }));
          outcome.valuesAdded.push([metricId, value.period]);
        }
      }
    }
    const taken = (await readSetting(db, 'takenPacks')) ?? {};
    await writeSetting(db, 'takenPacks', { ...taken, [file.pack.id]: file.pack });
    return outcome;
  });
}

/** The pack's content of an item, its references in this computer's ids. */
function contentFor(kind: PackItemKind, row: Theirs, ids: IdMaps): object {
  switch (kind) {
    case 'snippet':
      return snippetContent(row as Snippet);
    case 'metric':
      return metricContent(row as Metric);
    case 'problemSet':
      return setContent(row as ProblemSet, ids);
    case 'report':
      return reportContent(row as Report, ids);
    case 'wordList':
      return wordListContent(row as WordList);
  }
}

/**
 * A problem set's content in this computer's ids. A cause or measure the pack names but this
 * computer does not follow is left out, as packs always did; the problem stays the local one.
 */
function setContent(set: ProblemSet, ids: IdMaps): Pick<ProblemSet, 'causeIds' | 'measureIds' | 'owner' | 'deadline'> {
  const local = (list: readonly string[]) => list.map((id) => ids.snippets(id)).filter((id): id is string => id !== undefined);
  return { causeIds: local(set.causeIds), measureIds: local(set.measureIds), owner: set.owner, deadline: set.deadline };
}

async function nameFree(db: DrafterDatabase, name: string, ownId: string | null): Promise<void> {
  const holder = await db.metrics.where('name').equals(name).first();
  if (holder && holder.id !== ownId) throw new ProblemError(problem('db.packMetricNameTaken', { name }));
}

async function addCopy(db: DrafterDatabase, kind: PackItemKind, row: Theirs, ids: IdMaps, origin: PackOrigin, now: number): Promise<string | null> {
  const id = newId();
  const identity = { id, origin, revision: 1 };
  switch (kind) {
    case 'snippet':
      await db.snippets.add(Snippet.parse({ ...(row as Snippet), ...identity, useCount: 0, lastUsedAt: null, favorite: false, deletedAt: null, createdAt: now, updatedAt: now }));
      return id;
    case 'metric':
      await nameFree(db, (row as Metric).name, null);
      await db.metrics.add(Metric.parse({ ...(row as Metric), ...identity, createdAt: now, updatedAt: now }));
      return id;
    case 'problemSet': {
      const problemId = ids.snippets((row as ProblemSet).problemId);
      // The problem itself is not here (left in the trash, say): its set has nothing to hang on.
      if (problemId === undefined) return null;
      await db.problemSets.add(ProblemSet.parse({ ...identity, problemId, ...setContent(row as ProblemSet, ids), updatedAt: now }));
      return id;
    }
    case 'report': {
      const report: ReportRow = { ...reportReferences(row as Report, ids), ...identity, createdAt: now, updatedAt: now, deletedAt: null };
      await db.reports.add(report);
      return id;
    }
    case 'wordList':
      await db.wordLists.add(WordList.parse({ ...(row as WordList), ...identity, createdAt: now, updatedAt: now, deletedAt: null }));
      return id;
  }
}

/** Takes an import back: removes what it added, puts back every row it changed as it was. */
export async function undoPackMerge(db: DrafterDatabase, outcome: PackImportOutcome): Promise<void> {
  await db.transaction('rw', ROW_TABLES(db), async () => {
    for (const kind of Object.keys(TABLE) as PackItemKind[]) {
      const table = db.table(TABLE[kind]);
      await table.bulkDelete(outcome.added[kind]);
      // Copies: Dexie's hooks write derived fields into the objects they are given.
      for (const row of outcome.before[kind]) await table.put({ ...row });
    }
    for (const key of outcome.valuesAdded) await db.metricValues.delete(key);
    const taken = { ...((await readSetting(db, 'takenPacks')) ?? {}) };
    if (outcome.takenBefore) taken[outcome.packId] = outcome.takenBefore;
    else delete taken[outcome.packId];
    await writeSetting(db, 'takenPacks', taken);
  });
}
