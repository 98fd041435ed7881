// Every way a write can fail comes back as a code the panel can put into words — from the real
// repositories on (fake) IndexedDB, including a full disk as the browser and Dexie report it.
import { afterEach, describe, expect, it } from 'vitest';
import { createMetric, setMetricValue } from '../../lib/db/metrics.ts';
import { writeSetting } from '../../lib/db/settings.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { invalidDetails, writeFailure } from '../../lib/db/writeFailure.ts';
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

  it('a snippet refused by the schema is invalid, with the schema\'s words', async () => {
    const db = freshDatabase();
    const error = await createSnippet(db, { ...draft, title: '' }).catch((e: unknown) => e);
    expect(writeFailure(error)).toBe('invalid');
    expect(invalidDetails(error).length).toBeGreaterThan(0);
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
