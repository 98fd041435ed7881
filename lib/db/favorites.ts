// The favourite snippets, watched live: the background rebuilds the context menu from them.
import type { Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';
import { followQuery } from './follow.ts';
import { listLiveSnippets } from './snippets.ts';

export function watchFavorites(db: DrafterDatabase, limit: number, onChange: (favorites: Snippet[]) => void): () => void {
  return followQuery(
    async () => (await listLiveSnippets(db)).filter((s) => s.favorite).slice(0, limit),
    onChange,
    () => undefined,
  );
}
