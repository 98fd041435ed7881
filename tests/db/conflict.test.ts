// Two side panels (two windows) editing the same snippet: the second save must not silently
// overwrite the first. updateSnippet with expectedUpdatedAt detects it and keeps both versions.
import { describe, expect, it } from 'vitest';
import { ConflictError, createSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { listRevisions } from '../../lib/db/revisions.ts';
import { freshDatabase } from './support.ts';

const draft = { title: '主要工作', body: '召开{{党建专题会议}}次会议。', role: 'work' as const, folder: '述职报告', tags: [], favorite: false };

describe('lost-update detection', () => {
  it('refuses an edit based on an old version, writes nothing, and carries both versions', async () => {
    const db = freshDatabase();
    const loaded = await createSnippet(db, draft, 1000);
    // Window A saves first.
    const theirs = await updateSnippet(db, loaded.id, { body: 'A 窗口的正文。' }, { now: 2000, expectedUpdatedAt: loaded.updatedAt });
    // Window B still holds the version it loaded.
    const attempt = updateSnippet(db, loaded.id, { body: 'B 窗口的正文。' }, { now: 3000, expectedUpdatedAt: loaded.updatedAt });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.theirs).toEqual(theirs);
    expect(conflict.mine).toMatchObject({ id: loaded.id, body: 'B 窗口的正文。', title: '主要工作' });
    expect(await db.snippets.get(loaded.id)).toEqual(theirs);
  });

  it('keep mine: saving again against their version succeeds, and theirs stays in the history', async () => {
    const db = freshDatabase();
    const loaded = await createSnippet(db, draft, 1000);
    await updateSnippet(db, loaded.id, { body: 'A 窗口的正文。' }, { now: 2000, expectedUpdatedAt: loaded.updatedAt });
    const conflict = (await updateSnippet(db, loaded.id, { body: 'B 窗口的正文。' }, { now: 3000, expectedUpdatedAt: loaded.updatedAt }).catch((e: unknown) => e)) as ConflictError;
    const saved = await updateSnippet(db, loaded.id, { body: conflict.mine.body }, { now: 3000, expectedUpdatedAt: conflict.theirs.updatedAt });
    expect(saved.body).toBe('B 窗口的正文。');
    const history = (await listRevisions(db, loaded.id)).map((r) => r.body);
    expect(history).toContain('A 窗口的正文。');
    expect(history).toContain(draft.body);
  });

  it('two saves in the same millisecond are still two versions', async () => {
    const db = freshDatabase();
    const loaded = await createSnippet(db, draft, 5000);
    const first = await updateSnippet(db, loaded.id, { title: '甲' }, { now: 5000, expectedUpdatedAt: loaded.updatedAt });
    expect(first.updatedAt).toBeGreaterThan(loaded.updatedAt);
    await expect(updateSnippet(db, loaded.id, { title: '乙' }, { now: 5000, expectedUpdatedAt: loaded.updatedAt })).rejects.toBeInstanceOf(ConflictError);
  });

  it('an edit from the current version, and an unchecked update, behave as before', async () => {
    const db = freshDatabase();
    const loaded = await createSnippet(db, draft, 1000);
    const a = await updateSnippet(db, loaded.id, { title: '甲' }, { now: 2000, expectedUpdatedAt: 1000 });
    expect(a).toMatchObject({ title: '甲', updatedAt: 2000 });
    const b = await updateSnippet(db, loaded.id, { title: '乙' }, 1500);
    expect(b).toMatchObject({ title: '乙', updatedAt: 1500 });
  });
});
