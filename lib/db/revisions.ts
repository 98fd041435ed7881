// Snippet revision history: each edit of a snippet's title or body keeps the version before it,
// so a paragraph is never lost to a careless save. Restoring a version is itself an edit, so the
// version it replaces is kept too and the restore can be taken back.
import { SnippetRevision, type Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';
import { updateSnippet } from './snippets.ts';

/** Older versions beyond this many per snippet are dropped, oldest first. */
export const MAX_REVISIONS_PER_SNIPPET = 50;

/** Keeps `before` as a revision. Call inside a transaction that includes snippetRevisions. */
export async function recordRevision(db: DrafterDatabase, before: Snippet, now = Date.now()): Promise<void> {
  await db.snippetRevisions.add(SnippetRevision.parse({ snippetId: before.id, title: before.title, body: before.body, savedAt: now }));
  const ids = (await db.snippetRevisions.where('snippetId').equals(before.id).sortBy('savedAt')).map((r) => r.id!);
  const excess = ids.length - MAX_REVISIONS_PER_SNIPPET;
  if (excess > 0) await db.snippetRevisions.bulkDelete(ids.slice(0, excess));
}

/** A snippet's earlier versions, newest first. */
export async function listRevisions(db: DrafterDatabase, snippetId: string): Promise<SnippetRevision[]> {
  const rows = await db.snippetRevisions.where('snippetId').equals(snippetId).toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt || (b.id ?? 0) - (a.id ?? 0));
}

/** Puts a revision's title and body back; returns the snippet as it was just before, for undo. */
export async function restoreRevision(db: DrafterDatabase, revisionId: number, now = Date.now()): Promise<{ before: Snippet; after: Snippet }> {
  return db.transaction('rw', db.snippets, db.snippetRevisions, async () => {
    const revision = await db.snippetRevisions.get(revisionId);
    if (!revision) throw new Error('这个历史版本已不存在。');
    const before = await db.snippets.get(revision.snippetId);
    if (!before) throw new Error('这个片段已被永久删除，无法恢复历史版本。');
    const after = await updateSnippet(db, revision.snippetId, { title: revision.title, body: revision.body }, now);
    return { before, after };
  });
}
