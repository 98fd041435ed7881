// Keeping the version before an edit. Apart from revisions.ts because every snippet write
// (snippets.ts, backup restore) records one, while restoring a revision is itself a snippet write:
// one file holding both would import snippets.ts and be imported by it.
import { SnippetRevision, type Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';

/** Older versions beyond this many per snippet are dropped, oldest first. */
export const MAX_REVISIONS_PER_SNIPPET = 50;

/** Keeps `before` as a revision. Call inside a transaction that includes snippetRevisions. */
export async function recordRevision(db: DrafterDatabase, before: Snippet, now = Date.now()): Promise<void> {
  await db.snippetRevisions.add(SnippetRevision.parse({ snippetId: before.id, title: before.title, body: before.body, savedAt: now }));
  const ids = (await db.snippetRevisions.where('snippetId').equals(before.id).sortBy('savedAt')).map((r) => r.id!);
  const excess = ids.length - MAX_REVISIONS_PER_SNIPPET;
  if (excess > 0) await db.snippetRevisions.bulkDelete(ids.slice(0, excess));
}
