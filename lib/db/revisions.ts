// Snippet revision history: each edit of a snippet's title or body keeps the version before it,
// so a paragraph is never lost to a careless save. Restoring a version is itself an edit, so the
// version it replaces is kept too and the restore can be taken back.
import type { Snippet, SnippetRevision } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';
import { goneError } from './problems.ts';
import { updateSnippet } from './snippets.ts';

export { MAX_REVISIONS_PER_SNIPPET, recordRevision } from './revisionLog.ts';

/** A snippet's earlier versions, newest first. */
export async function listRevisions(db: DrafterDatabase, snippetId: string): Promise<SnippetRevision[]> {
  const rows = await db.snippetRevisions.where('snippetId').equals(snippetId).toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt || (b.id ?? 0) - (a.id ?? 0));
}

/** Puts a revision's title and body back; returns the snippet as it was just before, for undo. */
export async function restoreRevision(db: DrafterDatabase, revisionId: number, now = Date.now()): Promise<{ before: Snippet; after: Snippet }> {
  return db.transaction('rw', db.snippets, db.snippetRevisions, async () => {
    const revision = await db.snippetRevisions.get(revisionId);
    if (!revision) throw goneError('db.revisionGone');
    const before = await db.snippets.get(revision.snippetId);
    if (!before) throw goneError('db.revisionSnippetGone');
    const after = await updateSnippet(db, revision.snippetId, { title: revision.title, body: revision.body }, now);
    return { before, after };
  });
}
