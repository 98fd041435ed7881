// The favourite snippets, watched live: the background rebuilds the context menu from them.
import { liveQuery } from 'dexie';
import type { Snippet } from '../domain/schemas.ts';
import type { DrafterDatabase } from './database.ts';
import { listLiveSnippets } from './snippets.ts';

export function watchFavorites(db: DrafterDatabase, limit: number, onChange: (favorites: Snippet[]) => void): () => void {
  const subscription = liveQuery(async () => (await listLiveSnippets(db)).filter((s) => s.favorite).slice(0, limit)).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
