// Snippet repository: every write is validated against the domain schema first, so a bad draft
// throws a ZodError and nothing is stored.
import { Snippet } from '../domain/schemas.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { recordRevision } from './revisions.ts';

export const SnippetDraft = Snippet.pick({ title: true, body: true, role: true, folder: true, tags: true, favorite: true });
export type SnippetDraft = typeof SnippetDraft._input;

export async function createSnippet(db: DrafterDatabase, draft: SnippetDraft, now = Date.now()): Promise<Snippet> {
  const snippet = Snippet.parse({
    ...SnippetDraft.parse(draft),
    id: newId(),
    useCount: 0,
    createdAt: now,
    updatedAt: now,
    lastUsedAt: null,
    deletedAt: null,
  });
  await db.snippets.add(snippet);
  return snippet;
}

export async function updateSnippet(db: DrafterDatabase, id: string, changes: Partial<SnippetDraft>, now = Date.now()): Promise<Snippet> {
  return db.transaction('rw', db.snippets, db.snippetRevisions, async () => {
    const current = await db.snippets.get(id);
    if (!current) throw new Error(`片段不存在：${id}`);
    const next = Snippet.parse({ ...current, ...SnippetDraft.partial().parse(changes), updatedAt: now });
    // The version before an edit of the words is kept (revisions.ts), so it can be restored.
    if (next.title !== current.title || next.body !== current.body) await recordRevision(db, current, now);
    await db.snippets.put(next);
    return next;
  });
}

/** Moves a snippet to the trash; it can be restored. */
export async function trashSnippet(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await db.snippets.update(id, { deletedAt: now });
}

export async function restoreSnippet(db: DrafterDatabase, id: string): Promise<void> {
  await db.snippets.update(id, { deletedAt: null });
}

/** Counts an insert or copy, for "most used" and "recent". */
export async function recordSnippetUse(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await db.snippets
    .where('id')
    .equals(id)
    .modify((s) => {
      s.useCount += 1;
      s.lastUsedAt = now;
    });
}

/** Snippets not in the trash, newest first. */
export async function listLiveSnippets(db: DrafterDatabase): Promise<Snippet[]> {
  const all = await db.snippets.orderBy('updatedAt').reverse().toArray();
  return all.filter((s) => s.deletedAt === null);
}
