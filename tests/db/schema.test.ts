// Schema versions: for each, data written by the version before is opened with the current code
// and checked after the upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DrafterDatabase } from '../../lib/db/database.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { firstLiveSnippets, listLiveSnippets } from '../../lib/db/snippets.ts';
import { storedOrderKey } from '../../lib/db/orderKey.ts';
import { listWordLists, ownWordList, saveOwnEntries } from '../../lib/db/wordLists.ts';
import { rankAll } from '../../lib/domain/search/index.ts';

const V1_STORES = {
  snippets: 'id, folder, role, updatedAt, deletedAt, *tags',
  metrics: 'id, &name',
  metricValues: '[metricId+period], metricId, period',
  tallyEntries: 'id, metricId, date',
  settings: 'key',
};

/** What each past version declared, as lib/db/database.ts did then: an old database is opened with these. */
const PAST_VERSIONS: Record<string, string>[] = [
  V1_STORES,
  { problemSets: 'id, problemId, *causeIds, *measureIds', snippetRevisions: '++id, snippetId, savedAt' },
  {},
  { snippets: 'id, folder, role, updatedAt, deletedAt, *tags, orderKey' },
  { reports: 'id, updatedAt, deletedAt' },
  { localState: 'key' },
  { wordLists: 'id, createdAt, deletedAt' },
];

/** The version lib/db/database.ts declares last. */
const CURRENT_VERSION = 8;

/** Since v8 every snippet, metric, problem set and report counts its saves: old rows start at 1 (word lists counted theirs from v7). */
const REVISED = new Set(['snippets', 'metrics', 'problemSets', 'reports']);
const upgraded = (table: string, rows: readonly object[]) => (REVISED.has(table) ? rows.map((r) => ({ ...r, revision: 1 })) : rows);

/** A database as version `upTo` of the extension left it. */
function pastDatabase(name: string, upTo: number): Dexie {
  const old = new Dexie(name);
  PAST_VERSIONS.slice(0, upTo).forEach((stores, i) => old.version(i + 1).stores(stores));
  return old;
}

/** A snippet row as v4 to v7 stored it: with its order key. */
const storedSnippet = (snippet: object) => ({ ...snippet, orderKey: storedOrderKey(snippet as Parameters<typeof storedOrderKey>[0]) });

/**
 * Writes `rows` (table → rows) into a database as version `from` left it, opens it with today's
 * code and checks every table written came through as the upgrades since say; the database is
 * returned open for the checks of that version.
 */
async function openedAfter(from: number, rows: Record<string, object[]>): Promise<DrafterDatabase> {
  const name = `upgrade-v${from}-${Date.now()}`;
  const old = pastDatabase(name, from);
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  const before = Object.fromEntries(await Promise.all(Object.keys(rows).map(async (t) => [t, await old.table(t).toArray()] as const)));
  old.close();
  const db = new DrafterDatabase(name);
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  for (const t of Object.keys(rows)) expect(await db.table(t).toArray(), t).toEqual(upgraded(t, before[t]!));
  return db;
}

function storesOf(db: Dexie) {
  return Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));
}

describe('schema', () => {
  it('is at the current version with every store and index', async () => {
    const db = new DrafterDatabase(`schema-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(storesOf(db)).toEqual({
      snippets: ['id', '*tags', 'deletedAt', 'folder', 'orderKey', 'role', 'updatedAt'],
      metrics: ['id', '&name'],
      metricValues: ['[metricId+period]', 'metricId', 'period'],
      tallyEntries: ['id', 'date', 'metricId'],
      settings: ['key'],
      problemSets: ['id', '*causeIds', '*measureIds', 'problemId'],
      snippetRevisions: ['++id', 'savedAt', 'snippetId'],
      reports: ['id', 'deletedAt', 'updatedAt'],
      localState: ['key'],
      wordLists: ['id', 'createdAt', 'deletedAt'],
    });
    db.close();
  });

  it('v1 → current: keeps every v1 row and adds empty new tables', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    const old = pastDatabase(name, 1);
    await old.open();
    await old.table('snippets').add({ id: 's1', title: '旧片段', body: '召开{{会议}}次', role: 'work', folder: '', tags: ['旧'], favorite: false, useCount: 2, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null });
    await old.table('metrics').add({ id: 'm1', name: '会议', kind: 'value', unit: '次', note: '', tags: [], createdAt: 1, updatedAt: 1 });
    await old.table('metricValues').add({ metricId: 'm1', period: '2025', value: 7, note: '', updatedAt: 1 });
    await old.table('settings').add({ key: 'currentPeriod', value: '2025' });
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
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
    const old = pastDatabase(name, 2);
    await old.open();
    await old.table('snippets').add({ id: 's1', title: '旧片段', body: '正文', role: 'cause', folder: '甲', tags: [], favorite: true, useCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null });
    await old.table('problemSets').add({ id: 'ps1', problemId: 'p', causeIds: ['s1'], measureIds: [], owner: '', deadline: '', updatedAt: 1 });
    old.close();

    const db = new DrafterDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.snippets.get('s1')).toMatchObject({ title: '旧片段', favorite: true, source: '' });
    expect(await db.problemSets.where('causeIds').equals('s1').count()).toBe(1);
    db.close();
  });
});

describe('v3 → v4 (2026-11-26)', () => {
  it('gives every existing snippet its order key, so the first screen lists them in the library order', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    const old = pastDatabase(name, 3);
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
    expect(db.verno).toBe(CURRENT_VERSION);
    const everyRow = await db.snippets.toArray();
    expect(everyRow.map((s) => [s.id, s.orderKey])).toEqual(everyRow.map((s) => [s.id, storedOrderKey(s)]));
    expect((await firstLiveSnippets(db, 10)).map((s) => s.id)).toEqual(rankAll(await listLiveSnippets(db)).map((h) => h.snippet.id));
    expect((await firstLiveSnippets(db, 2)).map((s) => s.title)).toEqual(['收藏', '用过三次']);
    db.close();
  });
});

describe('v4 → v5 (2026-12-06)', () => {
  it('keeps every v4 row as it was and adds an empty reports table', async () => {
    const base = { role: 'work', folder: '述职报告', tags: ['党建'], source: '', favorite: false, useCount: 0, createdAt: 1, lastUsedAt: null };
    const db = await openedAfter(4, {
      snippets: [
        { ...base, id: 's1', title: '主要工作', body: '发展党员{{发展党员}}名。', updatedAt: 10, deletedAt: null },
        { ...base, id: 's2', title: '回收站里', body: '旧文字', updatedAt: 20, deletedAt: 30 },
      ].map(storedSnippet),
      metrics: [{ id: 'm1', name: '发展党员', kind: 'value', unit: '名', note: '', tags: [], createdAt: 1, updatedAt: 1 }],
      metricValues: [{ metricId: 'm1', period: '2025', value: 5, note: '', updatedAt: 1 }],
      tallyEntries: [{ id: 't1', metricId: 'm1', date: '2025-03-02', amount: 1, note: '', createdAt: 1 }],
      problemSets: [{ id: 'ps1', problemId: 's1', causeIds: [], measureIds: ['s2'], owner: '办公室', deadline: '', updatedAt: 1 }],
      snippetRevisions: [{ snippetId: 's1', title: '主要工作', body: '旧的正文', savedAt: 5 }],
      settings: [
        { key: 'currentPeriod', value: '2025' },
        { key: 'snippetOrder', value: ['s1'] },
      ],
    });
    expect(await db.reports.count()).toBe(0);
    expect((await firstLiveSnippets(db, 16)).map((s) => s.id)).toEqual(['s1']);
    expect(slotLookup(await loadMetricStore(db))('发展党员', '2025')).toEqual({ kind: 'number', value: 5 });
    db.close();
  });
});

describe('v5 → v6 (2026-12-06)', () => {
  it('keeps every v5 row as it was and adds an empty table for what stays on this computer', async () => {
    const db = await openedAfter(5, {
      snippets: [storedSnippet({ id: 's1', title: '年度小结', body: '完成培训{{培训人次}}人次。', role: 'work', folder: '', tags: [], source: '', favorite: false, useCount: 0, createdAt: 1, updatedAt: 10, lastUsedAt: null, deletedAt: null })],
      reports: [{ id: 'r1', title: '二〇二六年述职报告', updatedAt: 5, deletedAt: null }],
      settings: [{ key: 'currentPeriod', value: '2026' }],
    });
    expect(await db.localState.count()).toBe(0);
    db.close();
  });
});

describe('v6 → v7 (2026-12-07)', () => {
  it('keeps every v6 row as it was and adds an empty word list table that proofreading can use at once', async () => {
    const db = await openedAfter(6, {
      snippets: [storedSnippet({ id: 's1', title: '季度小结', body: '走访企业{{走访企业}}家。', role: 'work', folder: '', tags: [], source: '', favorite: false, useCount: 0, createdAt: 1, updatedAt: 10, lastUsedAt: null, deletedAt: null })],
      reports: [{ id: 'r1', title: '二〇二六年工作总结', updatedAt: 5, deletedAt: null }],
      settings: [{ key: 'currentPeriod', value: '2026' }],
      localState: [{ key: 'autoBackupStatus', value: { lastBackupAt: 3 } }],
    });
    expect(await listWordLists(db)).toEqual([]);
    expect(await ownWordList(db)).toBeUndefined();
    const saved = await saveOwnEntries(db, [{ kind: 'banned', word: '有关部门', note: '写明是哪个部门' }], { name: '我的词表', now: 20 });
    expect(saved).toMatchObject({ name: '我的词表', revision: 1, createdAt: 20, deletedAt: null });
    db.close();
  });
});

describe('v7 → v8 (2026-12-07)', () => {
  it('gives every snippet, metric, problem set and report revision 1 and no pack origin, and keeps the rest', async () => {
    const db = await openedAfter(7, {
      snippets: [storedSnippet({ id: 's1', title: '季度小结', body: '走访企业{{走访企业}}家。', role: 'work', folder: '', tags: [], source: '', favorite: true, useCount: 3, createdAt: 1, updatedAt: 10, lastUsedAt: 9, deletedAt: null })],
      metrics: [{ id: 'm1', name: '走访企业', kind: 'value', unit: '家', note: '', tags: [], createdAt: 1, updatedAt: 1 }],
      metricValues: [{ metricId: 'm1', period: '2026', value: 12, note: '', updatedAt: 1 }],
      problemSets: [{ id: 'ps1', problemId: 's1', causeIds: [], measureIds: [], owner: '', deadline: '', updatedAt: 1 }],
      reports: [{ id: 'r1', title: '季度报告', updatedAt: 5, deletedAt: null }],
      localState: [{ key: 'backupFolder', value: 'x' }],
      wordLists: [{ id: 'w1', name: '我的词表', entries: [], revision: 4, createdAt: 1, updatedAt: 2, deletedAt: null }],
    });
    expect(((await db.snippets.get('s1')) as { origin?: unknown }).origin).toBeUndefined();
    // The next save of the content is revision 2; counting a use is not a save.
    await db.snippets.update('s1', { useCount: 4 });
    expect((await db.snippets.get('s1'))!.revision).toBe(1);
    await db.snippets.update('s1', { body: '走访企业{{走访企业}}家，解决问题若干。' });
    expect((await db.snippets.get('s1'))!.revision).toBe(2);
    db.close();
  });
});
