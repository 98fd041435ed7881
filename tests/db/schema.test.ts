// Schema versions: for each, data written by the version before is opened with the current code
// and checked after the upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DrafterDatabase } from '../../lib/db/database.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { firstLiveSnippets, listLiveSnippets } from '../../lib/db/snippets.ts';
import { storedOrderKey } from '../../lib/db/orderKey.ts';
import { rankAll } from '../../lib/domain/search/index.ts';

const V1_STORES = {
  snippets: 'id, folder, role, updatedAt, deletedAt, *tags',
  metrics: 'id, &name',
  metricValues: '[metricId+period], metricId, period',
  tallyEntries: 'id, metricId, date',
  settings: 'key',
};

function storesOf(db: Dexie) {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));
}

describe('schema', () => {
  it('is at v4 with every store and index', async () => {
    const db = new DrafterDatabase(`schema-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(4);
    expect(storesOf(db)).toEqual({
      snippets: ['id', '*tags', 'deletedAt', 'folder', 'orderKey', 'role', 'updatedAt'],
      metrics: ['id', '&name'],
      metricValues: ['[metricId+period]', 'metricId', 'period'],
      tallyEntries: ['id', 'date', 'metricId'],
      settings: ['key'],
      problemSets: ['id', '*causeIds', '*measureIds', 'problemId'],
      snippetRevisions: ['++id', 'savedAt', 'snippetId'],
    });
    db.close();
  });

  it('v1 → current: keeps every v1 row and adds empty new tables', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.open();
    await old.table('snippets').add({ id: 's1', title: '旧片段', body: '召开{{会议}}次', role: 'work', folder: '', tags: ['旧'], favorite: false, useCount: 2, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null });
    await old.table('metrics').add({ id: 'm1', name: '会议', kind: 'value', unit: '次', note: '', tags: [], createdAt: 1, updatedAt: 1 });
    await old.table('metricValues').add({ metricId: 'm1', period: '2025', value: 7, note: '', updatedAt: 1 });
    await old.table('settings').add({ key: 'currentPeriod', value: '2025' });
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await listLiveSnippets(db)).toMatchObject([{ id: 's1', title: '旧片段', useCount: 2, tags: ['旧'], source: '' }]);
    expect(slotLookup(await loadMetricStore(db))('会议', '2025')).toEqual({ kind: 'number', value: 7 });
    expect(await db.settings.get('currentPeriod')).toEqual({ key: 'currentPeriod', value: '2025' });
    expect([await db.problemSets.count(), await db.snippetRevisions.count()]).toEqual([0, 0]);
    db.close();
  });
});

describe('v2 → v3 (2026-11-26)', () => {
  it('gives every existing snippet an empty source and keeps the rest', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores({ problemSets: 'id, problemId, *causeIds, *measureIds', snippetRevisions: '++id, snippetId, savedAt' });
    await old.open();
    await old.table('snippets').add({ id: 's1', title: '旧片段', body: '正文', role: 'cause', folder: '甲', tags: [], favorite: true, useCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null });
    await old.table('problemSets').add({ id: 'ps1', problemId: 'p', causeIds: ['s1'], measureIds: [], owner: '', deadline: '', updatedAt: 1 });
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.snippets.get('s1')).toMatchObject({ title: '旧片段', favorite: true, source: '' });
    expect(await db.problemSets.where('causeIds').equals('s1').count()).toBe(1);
    db.close();
  });
});

describe('v3 → v4 (2026-11-26)', () => {
  it('gives every existing snippet its order key, so the first screen lists them in the library order', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores({ problemSets: 'id, problemId, *causeIds, *measureIds', snippetRevisions: '++id, snippetId, savedAt' });
    old.version(3).stores({});
    await old.open();
    const base = { body: '正文', role: 'work', folder: '', tags: [], source: '', createdAt: 1, lastUsedAt: null, deletedAt: null };
    await old.table('snippets').bulkAdd([
      { ...base, id: 'plain', title: '没用过', favorite: false, useCount: 0, updatedAt: 50 },
      { ...base, id: 'used', title: '用过三次', favorite: false, useCount: 3, updatedAt: 10, lastUsedAt: 40 },
      { ...base, id: 'star', title: '收藏', favorite: true, useCount: 0, updatedAt: 20 },
      { ...base, id: 'gone', title: '回收站里', favorite: true, useCount: 9, updatedAt: 60, deletedAt: 70 },
      { ...base, id: 'newer', title: '新改过', favorite: false, useCount: 0, updatedAt: 90 },
      { ...base, id: 'tie-b', title: '同时改的乙', favorite: false, useCount: 0, updatedAt: 30 },
      { ...base, id: 'tie-a', title: '同时改的甲', favorite: false, useCount: 0, updatedAt: 30 },
    ]);
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const everyRow = await db.snippets.toArray();
    expect(everyRow.map((s) => [s.id, s.orderKey])).toEqual(everyRow.map((s) => [s.id, storedOrderKey(s)]));
    expect((await firstLiveSnippets(db, 10)).map((s) => s.id)).toEqual(rankAll(await listLiveSnippets(db)).map((h) => h.snippet.id));
    expect((await firstLiveSnippets(db, 2)).map((s) => s.title)).toEqual(['收藏', '用过三次']);
    db.close();
  });
});

describe('the sample mark (2026-11-27, no new version)', () => {
  it('reads values and tally entries stored before it existed as the user’s own', async () => {
    // `sample` is an optional, unindexed property: the stores are v4's, and a v4 row without it
    // opens unchanged and is not taken for the sample library's.
    const name = `sample-mark-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores({ problemSets: 'id, problemId, *causeIds, *measureIds', snippetRevisions: '++id, snippetId, savedAt' });
    old.version(3).stores({});
    old.version(4).stores({ snippets: 'id, folder, role, updatedAt, deletedAt, *tags, orderKey' });
    await old.open();
    await old.table('metrics').bulkAdd([
      { id: 'm1', name: '会议', kind: 'value', unit: '次', note: '', tags: [], createdAt: 1, updatedAt: 1 },
      { id: 'm2', name: '走访', kind: 'tally', unit: '次', note: '', tags: [], createdAt: 1, updatedAt: 1 },
    ]);
    await old.table('metricValues').add({ metricId: 'm1', period: '2025', value: 7, note: '', updatedAt: 1 });
    await old.table('tallyEntries').add({ id: 't1', metricId: 'm2', date: '2025-03-02', amount: 2, note: '', createdAt: 1 });
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    const lookup = slotLookup(await loadMetricStore(db));
    expect(lookup('会议', '2025')).toEqual({ kind: 'number', value: 7 });
    expect(lookup('走访', '2025')).toEqual({ kind: 'number', value: 2 });
    db.close();
  });
});
