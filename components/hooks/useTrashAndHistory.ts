// The trash and a snippet's revision history, for the UI.
import { database } from '../../lib/db/database.ts';
import { listRevisions, restoreRevision } from '../../lib/db/revisions.ts';
import { restoreSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { deleteForever, emptyTrash, listTrash, purgeExpiredTrash } from '../../lib/db/trash.ts';
import type { Snippet, SnippetRevision } from '../../lib/domain/schemas.ts';
import { useLive } from './usePanelDatabase.ts';

export { daysLeftInTrash, TRASH_DAYS } from '../../lib/db/trash.ts';

const db = () => database();

export function useTrash(): Snippet[] | undefined {
  return useLive(listTrash);
}

export const restoreFromTrash = (id: string) => restoreSnippet(db(), id);
export const putBackInTrash = (id: string) => trashSnippet(db(), id);
export const deleteFromTrashForever = (id: string) => deleteForever(db(), id);
export const emptyTheTrash = () => emptyTrash(db());
/** Removes what has been in the trash over 30 days; the panel calls it at start-up. */
export const purgeOldTrash = () => purgeExpiredTrash(db());

export function useRevisions(snippetId: string): SnippetRevision[] | undefined {
  return useLive((db) => listRevisions(db, snippetId), [snippetId]);
}

/** Restores a revision; the returned undo puts back the words it replaced. */
export async function restoreRevisionWithUndo(revisionId: number) {
  const { before } = await restoreRevision(db(), revisionId);
  return () => updateSnippet(db(), before.id, { title: before.title, body: before.body }).then(() => undefined);
}
