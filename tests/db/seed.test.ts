import { describe, expect, it } from 'vitest';
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
    expect(lookup('党组织专题会议', '2026')).toEqual({ kind: 'number', value: 6 });
    expect(lookup('党组织专题会议', '2026-H1')).toEqual({ kind: 'number', value: 3 });
    expect(lookup('党组织专题会议', '2026-Q4')).toEqual({ kind: 'number', value: 1 });
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
