// The favourite snippets, watched live with how many values each still lacks in the current
// period: the background rebuilds the context menu from them, so the menu can say 还缺 2 个数值
// before the user picks one. Metrics, values and the period are read too, so a value filled in
// the panel updates the menu.
import type { Snippet } from '../domain/schemas.ts';
import { renderTemplate, unfilledCount, unfilledOf } from '../domain/template/index.ts';
import type { DrafterDatabase } from './database.ts';
import { followQuery } from './follow.ts';
import { currentPeriod } from './settings.ts';
import { loadMetricStore, slotLookup } from './slotLookup.ts';
import { listLiveSnippets } from './snippets.ts';

export interface FavoriteEntry {
  snippet: Snippet;
  /** Places that would be inserted as 【…】 marks: missing values and values that cannot be computed. */
  unfilled: number;
}

export function watchFavorites(db: DrafterDatabase, limit: number, onChange: (favorites: FavoriteEntry[]) => void): () => void {
  return followQuery(
    async () => {
      const favorites = (await listLiveSnippets(db)).filter((s) => s.favorite).slice(0, limit);
      if (favorites.length === 0) return [];
      const context = { period: await currentPeriod(db), lookup: slotLookup(await loadMetricStore(db)) };
      return favorites.map((snippet) => ({ snippet, unfilled: unfilledCount(unfilledOf([renderTemplate(snippet.body, context)])) }));
    },
    onChange,
    () => undefined,
  );
}
