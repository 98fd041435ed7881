import { describe, expect, it } from 'vitest';
import { backupToJson, exportLibrary, readLibraryFile, restoreBackup } from '../../lib/db/backup/index.ts';
import { addTallyEntry, deleteTallyEntry, saveTypedValues, setMetricValue, updateTallyEntry } from '../../lib/db/metrics.ts';
import { seedSampleLibraryIfEmpty } from '../../lib/db/seedSampleLibrary.ts';
import { createSnippet } from '../../lib/db/snippets.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { renderTemplate, renderedParagraphs } from '../../lib/domain/template/index.ts';
import { freshDatabase } from './support.ts';

const NOV_2026 = new Date(2026, 10, 26);

describe('the sample library', () => {
  it('is written into an empty library: 10+ snippets over the main roles, 15+ metrics with values', async () => {
    const db = freshDatabase();
    expect(await seedSampleLibraryIfEmpty(db, NOV_2026)).toBe(true);
    const snippets = await db.snippets.toArray();
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(new Set(snippets.map((s) => s.role))).toEqual(expect.objectContaining(new Set(['work', 'problem', 'cause', 'measure'])));
    for (const role of ['work', 'problem', 'cause', 'measure']) expect(snippets.some((s) => s.role === role)).toBe(true);
    const store = await loadMetricStore(db);
    expect(store.metrics.length).toBeGreaterThanOrEqual(15);
    const lookup = slotLookup(store);
    const unvalued = store.metrics.filter((m) => lookup(m.name, '2026') === undefined).map((m) => m.name);
    expect(unvalued).toEqual([]);
  });

  it('renders its main-work snippets with every slot filled in the default period', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    const lookup = slotLookup(await loadMetricStore(db));
    for (const snippet of (await db.snippets.toArray()).filter((s) => s.role === 'work')) {
      const result = renderTemplate(snippet.body, { period: '2026', lookup });
      expect(result.missing, snippet.title).toEqual([]);
      expect(renderedParagraphs(result).join('')).not.toMatch(/undefined|NaN|【/);
    }
  });

  it('sums a tally metric from its dated entries', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    const lookup = slotLookup(await loadMetricStore(db));
    expect(lookup('党组织专题会议', '2026')).toEqual({ kind: 'number', value: 6, sample: true });
    expect(lookup('党组织专题会议', '2026-H1')).toEqual({ kind: 'number', value: 3, sample: true });
    expect(lookup('党组织专题会议', '2026-Q4')).toEqual({ kind: 'number', value: 1, sample: true });
  });

  it('never touches a library that already has the user’s data', async () => {
    const db = freshDatabase();
    await createSnippet(db, { title: '我的片段', body: '正文', role: 'other', folder: '', tags: [], favorite: false });
    expect(await seedSampleLibraryIfEmpty(db, NOV_2026)).toBe(false);
    expect((await db.snippets.toArray()).map((s) => s.title)).toEqual(['我的片段']);
    expect(await db.metrics.count()).toBe(0);
  });

  it('is offered once: emptying the library does not bring it back', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    await db.snippets.clear();
    await db.metrics.clear();
    expect(await seedSampleLibraryIfEmpty(db, NOV_2026)).toBe(false);
    expect(await db.snippets.count()).toBe(0);
  });
});

describe('the sample problem sets', () => {
  it('link each sample problem to existing causes and measures', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    const byId = new Map((await db.snippets.toArray()).map((s) => [s.id, s]));
    const sets = await db.problemSets.toArray();
    expect(sets).toHaveLength(3);
    for (const set of sets) {
      expect(byId.get(set.problemId)?.role).toBe('problem');
      expect(set.causeIds.map((id) => byId.get(id)?.role)).toEqual(set.causeIds.map(() => 'cause'));
      expect(set.measureIds.map((id) => byId.get(id)?.role)).toEqual(set.measureIds.map(() => 'measure'));
    }
  });
});

describe('the sample’s figures', () => {
  const metricId = async (db: ReturnType<typeof freshDatabase>, name: string) => (await db.metrics.where('name').equals(name).first())!.id;

  it('are every one marked as a sample: each value, each tally entry, and so each value the lookup gives', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    const store = await loadMetricStore(db);
    expect(store.values.length).toBeGreaterThan(0);
    expect(store.tallies.length).toBeGreaterThan(0);
    expect(store.values.filter((v) => v.sample !== true)).toEqual([]);
    expect(store.tallies.filter((t) => t.sample !== true)).toEqual([]);
    const lookup = slotLookup(store);
    expect(store.metrics.filter((m) => lookup(m.name, '2026')?.sample !== true).map((m) => m.name)).toEqual([]);
    expect(lookup('党建投入总额', '2025')).toEqual({ kind: 'number', value: 72, sample: true });
    expect(lookup('基层联系点', '2026')).toEqual({ kind: 'text', value: '滨河社区', sample: true });
  });

  it('lose the mark when the user writes a value of their own, in the notebook or the fill form', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    await setMetricValue(db, await metricId(db, '基层调研'), '2026', 31);
    await saveTypedValues(db, [{ name: '示范社区', period: '2026', value: '东湖社区' }]);
    const lookup = slotLookup(await loadMetricStore(db));
    expect(lookup('基层调研', '2026')).toEqual({ kind: 'number', value: 31 });
    expect(lookup('示范社区', '2026')).toEqual({ kind: 'text', value: '东湖社区' });
    // Only what was written: last year's figure and the other metrics are still the sample's.
    expect(lookup('基层调研', '2025')).toEqual({ kind: 'number', value: 21, sample: true });
    expect(lookup('主题党日活动', '2026')?.sample).toBe(true);
  });

  it('leave a tally’s sum marked while any invented entry is in it; a corrected entry is the user’s', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    const id = await metricId(db, '党组织专题会议');
    const sumIn = async (period: string) => slotLookup(await loadMetricStore(db))('党组织专题会议', period);
    const entries = await db.tallyEntries.where('metricId').equals(id).sortBy('date');
    await addTallyEntry(db, { metricId: id, date: '2026-12-01', note: '我自己记的' });
    expect(await sumIn('2026-Q4')).toEqual({ kind: 'number', value: 2, sample: true });
    // The one Q4 sample entry (11-18), corrected by the user, is theirs now.
    const edited = await updateTallyEntry(db, entries.at(-1)!.id, { date: '2026-11-20' });
    expect(edited.sample).toBeUndefined();
    expect(await sumIn('2026-Q4')).toEqual({ kind: 'number', value: 2 });
    // Deleting the sample entries of a period leaves the user's own sum.
    for (const entry of entries.filter((e) => e.date < '2026-04-01')) await deleteTallyEntry(db, entry.id);
    expect(await sumIn('2026-Q1')).toBeUndefined();
    expect(await sumIn('2026')).toEqual({ kind: 'number', value: 5, sample: true });
  });

  it('come back from a backup as they were: marked if they were marked then, unmarked if not', async () => {
    const db = freshDatabase();
    await seedSampleLibraryIfEmpty(db, NOV_2026);
    await setMetricValue(db, await metricId(db, '基层调研'), '2026', 31);
    const read = readLibraryFile(backupToJson(await exportLibrary(db)));
    if (!read.ok || read.value.kind !== 'backup') throw new Error('unreadable');
    // After the backup the user changes another value; restoring brings the sample's figure back, marked.
    await setMetricValue(db, await metricId(db, '发展党员'), '2026', 7);
    await restoreBackup(db, read.value.file, 'replace');
    const lookup = slotLookup(await loadMetricStore(db));
    expect(lookup('发展党员', '2026')).toEqual({ kind: 'number', value: 5, sample: true });
    expect(lookup('基层调研', '2026')).toEqual({ kind: 'number', value: 31 });
    expect(lookup('党组织专题会议', '2026')?.sample).toBe(true);
  });
});
