// The trash: a deleted snippet waits here 30 days, can be put back, and is then removed for good
// with its revision history and its place in problem sets. Reports wait the same 30 days
// (reports.ts moves them in and out), and so do word lists (wordLists.ts).
import type { Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';

export const TRASH_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Trashed snippets, most recently deleted first. */
export async function listTrash(db: DrafterDatabase): Promise<Snippet[]> {
  const rows = await db.snippets.where('deletedAt').aboveOrEqual(0).toArray();
  return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/** Whole days left before the snippet is removed for good (at least 0). */
export function daysLeftInTrash(snippet: Pick<Snippet, 'deletedAt'>, now = Date.now()): number {
  if (snippet.deletedAt === null) return TRASH_DAYS;
  return Math.max(0, Math.ceil((snippet.deletedAt + TRASH_DAYS * DAY - now) / DAY));
}

/** Removes snippets and everything that belongs only to them, in one transaction. */
export async function deleteSnippetsForever(db: DrafterDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  await db.transaction('rw', db.snippets, db.snippetRevisions, db.problemSets, async () => {
    await db.snippets.bulkDelete([...ids]);
    await db.snippetRevisions.where('snippetId').anyOf([...ids]).delete();
    await db.problemSets.where('problemId').anyOf([...ids]).delete();
    const linked = await db.problemSets.filter((set) => set.causeIds.some((id) => gone.has(id)) || set.measureIds.some((id) => gone.has(id))).toArray();
    for (const set of linked) {
      await db.problemSets.put({ ...set, causeIds: set.causeIds.filter((id) => !gone.has(id)), measureIds: set.measureIds.filter((id) => !gone.has(id)) });
    }
  });
}

/** Deletes one trashed snippet for good. A snippet not in the trash is left alone. */
export async function deleteForever(db: DrafterDatabase, id: string): Promise<boolean> {
  const snippet = await db.snippets.get(id);
  if (!snippet || snippet.deletedAt === null) return false;
  await deleteSnippetsForever(db, [id]);
  return true;
}

/** Deletes everything in the trash for good, snippets, reports and word lists; returns how many went. */
export async function emptyTrash(db: DrafterDatabase): Promise<number> {
  const ids = (await listTrash(db)).map((s) => s.id);
  await deleteSnippetsForever(db, ids);
  const reports = await db.reports.where('deletedAt').aboveOrEqual(0).delete();
  const wordLists = await db.wordLists.where('deletedAt').aboveOrEqual(0).delete();
  return ids.length + reports + wordLists;
}

/** Removes what has been in the trash for more than 30 days, snippets, reports and word lists; call at start-up. */
export async function purgeExpiredTrash(db: DrafterDatabase, now = Date.now()): Promise<number> {
  const cutoff = now - TRASH_DAYS * DAY;
  const ids = (await db.snippets.where('deletedAt').between(0, cutoff, true, true).toArray()).map((s) => s.id);
  await deleteSnippetsForever(db, ids);
  const reports = await db.reports.where('deletedAt').between(0, cutoff, true, true).delete();
  const wordLists = await db.wordLists.where('deletedAt').between(0, cutoff, true, true).delete();
  return ids.length + reports + wordLists;
}
