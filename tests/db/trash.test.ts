// The trash: 30 days, restore, delete for good with everything that belongs to the snippet.
import { describe, expect, it } from 'vitest';
import { daysLeftInTrash, deleteForever, emptyTrash, listTrash, purgeExpiredTrash, TRASH_DAYS } from '../../lib/db/trash.ts';
import { createSnippet, listLiveSnippets, restoreSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { freshDatabase } from './support.ts';

const DAY = 86_400_000;
const draft = (title: string) => ({ title, body: `${title}的正文`, role: 'work' as const, folder: '', tags: [], favorite: false });

describe('trash', () => {
  it('lists trashed snippets newest first with days left, and restores them', async () => {
    const db = freshDatabase();
    const a = await createSnippet(db, draft('甲'));
    const b = await createSnippet(db, draft('乙'));
    await createSnippet(db, draft('丙'));
    await trashSnippet(db, a.id, 10 * DAY);
    await trashSnippet(db, b.id, 11 * DAY);
    expect((await listTrash(db)).map((s) => s.title)).toEqual(['乙', '甲']);
    expect(daysLeftInTrash({ deletedAt: 10 * DAY }, 10 * DAY)).toBe(TRASH_DAYS);
    expect(daysLeftInTrash({ deletedAt: 10 * DAY }, 39.5 * DAY)).toBe(1);
    await restoreSnippet(db, a.id);
    expect((await listTrash(db)).map((s) => s.title)).toEqual(['乙']);
    expect((await listLiveSnippets(db)).map((s) => s.title).sort()).toEqual(['丙', '甲'].sort());
  });

  it('purges only what has been in the trash more than 30 days, with its revisions and set links', async () => {
    const db = freshDatabase();
    const old = await createSnippet(db, draft('旧'));
    const recent = await createSnippet(db, draft('新'));
    const problem = await createSnippet(db, draft('问题'));
    await updateSnippet(db, old.id, { body: '改过' }, 5);
    await db.problemSets.add({ id: 'p', problemId: problem.id, causeIds: [old.id], measureIds: [recent.id], owner: '', deadline: '', updatedAt: 1 });
    const now = 100 * DAY;
    await trashSnippet(db, old.id, now - 31 * DAY);
    await trashSnippet(db, recent.id, now - 29 * DAY);
    expect(await purgeExpiredTrash(db, now)).toBe(1);
    expect(await db.snippets.get(old.id)).toBeUndefined();
    expect(await db.snippetRevisions.where('snippetId').equals(old.id).count()).toBe(0);
    expect(await db.problemSets.get('p')).toMatchObject({ causeIds: [], measureIds: [recent.id] });
    expect((await listTrash(db)).map((s) => s.title)).toEqual(['新']);
  });

  it('deletes for good only from the trash; empties the trash', async () => {
    const db = freshDatabase();
    const live = await createSnippet(db, draft('活'));
    const gone = await createSnippet(db, draft('删'));
    await trashSnippet(db, gone.id);
    expect(await deleteForever(db, live.id)).toBe(false);
    expect(await db.snippets.get(live.id)).toBeDefined();
    const again = await createSnippet(db, draft('再删'));
    await trashSnippet(db, again.id);
    expect(await deleteForever(db, gone.id)).toBe(true);
    expect(await emptyTrash(db)).toBe(1);
    expect(await db.snippets.count()).toBe(1);
  });
});
