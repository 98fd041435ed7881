// Every way a write can fail comes back as a code the panel can put into words — from the real
// repositories on (fake) IndexedDB, including a full disk as the browser and Dexie report it —
// and, where the code alone does not say what was refused, the Problems that do.
import { afterEach, describe, expect, it } from 'vitest';
import { failureDetails, failureText } from '../../components/common/writeFailureText.ts';
import { addTallyEntry, createMetric, deleteMetric, deleteTallyEntry, setMetricValue, updateMetric, updateTallyEntry } from '../../lib/db/metrics.ts';
import { listRevisions, restoreRevision } from '../../lib/db/revisions.ts';
import { writeSetting } from '../../lib/db/settings.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { writeFailure, writeProblems } from '../../lib/db/writeFailure.ts';
import { freshDatabase } from './support.ts';

const draft = { title: '主要工作', body: '正文。', role: 'work' as const, folder: '', tags: [], favorite: false };
const failureOf = (write: Promise<unknown>) => write.then(() => 'written', writeFailure);

const methods = ['put', 'add', 'delete', 'clear'] as const;
const originals = methods.map((m) => IDBObjectStore.prototype[m]);
afterEach(() => methods.forEach((m, i) => Object.assign(IDBObjectStore.prototype, { [m]: originals[i] })));

/** Every object store write throws as a full disk makes the browser throw. */
function fillTheDisk(name = 'QuotaExceededError') {
  for (const m of methods)
    Object.assign(IDBObjectStore.prototype, {
      [m]() {
        throw new DOMException('The quota has been exceeded.', name);
      },
    });
}

describe('writeFailure', () => {
  it('names a conflict, a snippet deleted elsewhere and one no longer stored', async () => {
    const db = freshDatabase();
    const loaded = await createSnippet(db, draft, 1000);
    await updateSnippet(db, loaded.id, { body: '别处的。' }, { now: 2000, expectedUpdatedAt: 1000 });
    await expect(failureOf(updateSnippet(db, loaded.id, { title: '甲' }, { expectedUpdatedAt: 1000 }))).resolves.toBe('conflict');
    const current = (await db.snippets.get(loaded.id))!;
    await trashSnippet(db, loaded.id);
    await expect(failureOf(updateSnippet(db, loaded.id, { title: '甲' }, { expectedUpdatedAt: current.updatedAt }))).resolves.toBe('trashed');
    expect((await db.snippets.get(loaded.id))?.title).toBe(draft.title);
    await expect(failureOf(updateSnippet(db, 'no-such-id', { title: '甲' }))).resolves.toBe('missing');
  });

  it('a snippet refused by the schema is invalid, with the schema\'s code and its words', async () => {
    const db = freshDatabase();
    const error = await createSnippet(db, { ...draft, title: '' }).catch((e: unknown) => e);
    expect(writeFailure(error)).toBe('invalid');
    expect(writeProblems(error)).toEqual([{ code: 'schema.titleEmpty', params: { minimum: 1 } }]);
    expect(failureText('invalid', { didNot: '「」没有保存。', kept: true, details: failureDetails(error) })).toBe('「」没有保存。标题不能为空；你填的内容还在，没有丢。请改好后再试一次。');
    const long = await createMetric(db, { name: '名'.repeat(61), kind: 'value', unit: '', tags: [], note: '' }).catch((e: unknown) => e);
    expect(writeProblems(long)).toEqual([{ code: 'schema.nameTooLong', params: { maximum: 60 } }]);
    expect(failureDetails(long)).toBe('名称最多 60 个字');
  });

  it('what another window deleted is gone, and the words say what', async () => {
    const db = freshDatabase();
    const snippet = await createSnippet(db, draft, 1000);
    await updateSnippet(db, snippet.id, { body: '改过。' }, 2000);
    const [revision] = await listRevisions(db, snippet.id);
    await db.snippetRevisions.clear();
    const noRevision = await restoreRevision(db, revision!.id!).catch((e: unknown) => e);
    expect(writeFailure(noRevision)).toBe('gone');
    expect(writeProblems(noRevision)).toEqual([{ code: 'db.revisionGone' }]);
    expect(failureText('gone', { didNot: '之前的版本没有恢复。', details: failureDetails(noRevision) })).toBe('之前的版本没有恢复。这个历史版本已不存在；这里已按现在的样子更新，不必再试。');
    await db.snippetRevisions.add(revision!);
    await db.snippets.delete(snippet.id);
    expect(writeProblems(await restoreRevision(db, revision!.id!).catch((e: unknown) => e))).toEqual([{ code: 'db.revisionSnippetGone' }]);

    const metric = await createMetric(db, { name: '发展党员', kind: 'tally', unit: '名', tags: [], note: '' });
    const entry = await addTallyEntry(db, { metricId: metric.id, date: '2026-03-05' });
    await deleteTallyEntry(db, entry.id);
    await deleteMetric(db, metric.id);
    const noEntry = await updateTallyEntry(db, entry.id, { amount: 2 }).catch((e: unknown) => e);
    expect([writeFailure(noEntry), writeProblems(noEntry)]).toEqual(['gone', [{ code: 'db.tallyEntryGone' }]]);
    const noMetric = await updateMetric(db, metric.id, { unit: '人' }).catch((e: unknown) => e);
    expect([writeFailure(noMetric), writeProblems(noMetric)]).toEqual(['gone', [{ code: 'db.metricGone' }]]);
  });

  it('a metric name already in use is a duplicate', async () => {
    const db = freshDatabase();
    const metric = { name: '发展党员', kind: 'value' as const, unit: '名', tags: [], note: '' };
    await createMetric(db, metric);
    await expect(failureOf(createMetric(db, metric))).resolves.toBe('duplicate');
  });

  it('a full disk is quota on every kind of write; another storage error is storage', async () => {
    const db = freshDatabase();
    const metric = await createMetric(db, { name: '发展党员', kind: 'value', unit: '名', tags: [], note: '' });
    const loaded = await createSnippet(db, draft);
    fillTheDisk();
    const writes = [() => createSnippet(db, draft), () => updateSnippet(db, loaded.id, { favorite: true }), () => trashSnippet(db, loaded.id), () => setMetricValue(db, metric.id, '2025', 3), () => writeSetting(db, 'currentPeriod', '2025')];
    for (const write of writes) await expect(failureOf(write())).resolves.toBe('quota');
    fillTheDisk('UnknownError');
    await expect(failureOf(createSnippet(db, draft))).resolves.toBe('storage');
  });
});
