// Revision history: edits keep the version before; restoring is itself undoable.
import { describe, expect, it } from 'vitest';
import { listRevisions, MAX_REVISIONS_PER_SNIPPET, restoreRevision } from '../../lib/db/revisions.ts';
import { createSnippet, recordSnippetUse, updateSnippet } from '../../lib/db/snippets.ts';
import { freshDatabase } from './support.ts';

const draft = { title: '落实责任', body: '第一版', role: 'work' as const, folder: '', tags: [], favorite: false };

describe('snippet revisions', () => {
  it('keeps the version before each edit of the title or body, and nothing for other changes', async () => {
    const db = freshDatabase();
    const s = await createSnippet(db, draft, 1);
    await updateSnippet(db, s.id, { body: '第二版' }, 2);
    await updateSnippet(db, s.id, { folder: '述职报告' }, 3);
    await updateSnippet(db, s.id, { title: '压实责任', body: '第三版' }, 4);
    await recordSnippetUse(db, s.id, 5);
    expect((await listRevisions(db, s.id)).map((r) => [r.title, r.body, r.savedAt])).toEqual([
      ['落实责任', '第二版', 4],
      ['落实责任', '第一版', 2],
    ]);
  });

  it('restores a revision and keeps the replaced version, so the restore can be undone', async () => {
    const db = freshDatabase();
    const s = await createSnippet(db, draft, 1);
    await updateSnippet(db, s.id, { body: '第二版' }, 2);
    const [first] = await listRevisions(db, s.id);
    const { before, after } = await restoreRevision(db, first!.id!, 3);
    expect(before.body).toBe('第二版');
    expect(after.body).toBe('第一版');
    expect((await listRevisions(db, s.id))[0]).toMatchObject({ body: '第二版', savedAt: 3 });
    await updateSnippet(db, s.id, { title: before.title, body: before.body }, 4);
    expect((await db.snippets.get(s.id))!.body).toBe('第二版');
  });

  it('keeps at most the newest 50 per snippet', async () => {
    const db = freshDatabase();
    const s = await createSnippet(db, draft, 0);
    for (let i = 1; i <= MAX_REVISIONS_PER_SNIPPET + 5; i++) await updateSnippet(db, s.id, { body: `版本${i}` }, i);
    const revisions = await listRevisions(db, s.id);
    expect(revisions).toHaveLength(MAX_REVISIONS_PER_SNIPPET);
    expect(revisions.at(-1)!.body).toBe('版本5');
  });

  it('a failed edit keeps no revision', async () => {
    const db = freshDatabase();
    const s = await createSnippet(db, draft, 0);
    await expect(updateSnippet(db, s.id, { title: '' })).rejects.toThrow();
    expect(await listRevisions(db, s.id)).toEqual([]);
  });
});
