// The favourite snippets, watched live with how many values each still lacks in the current
// period, and how many of its figures are the sample library's: the background rebuilds the
// context menu from them, so the menu can say 还缺 2 个数值 (or 含 2 个示例数值) before the user
// picks one. Metrics, values and the period are read too, so a value filled in
// the panel updates the menu.
import type { Snippet } from '../domain/schemas.ts';
import { renderTemplate, unfilledCount, unfilledOf } from '../domain/template/index.ts';
import type { DrafterDatabase } from './database.ts';
import { followQuery } from './follow.ts';
import { currentPeriod } from './settings.ts';
import { loadMetricStore, slotLookup } from './slotLookup.ts';
import { includedBy, loadFillIns } from './fillIns.ts';
import { listLiveSnippets } from './snippets.ts';

export interface FavoriteEntry {
  snippet: Snippet;
  /** Places that would be inserted as 【…】 marks: missing values and values that cannot be computed. */
  unfilled: number;
  /** Metrics whose sample figure would be inserted (Unfilled.samples). */
  samples: number;
}

export function watchFavorites(db: DrafterDatabase, limit: number, onChange: (favorites: FavoriteEntry[]) => void): () => void {
  return followQuery(
    async () => {
      const favorites = (await listLiveSnippets(db)).filter((s) => s.favorite).slice(0, limit);
      if (favorites.length === 0) return [];
      const fillIns = await loadFillIns(db, includedBy(favorites.map((s) => s.body)));
      const context = { ...fillIns, period: await currentPeriod(db), lookup: slotLookup(await loadMetricStore(db)) };
      return favorites.map((snippet) => {
        const unfilled = unfilledOf([renderTemplate(snippet.body, { ...context, title: snippet.title })]);
        return { snippet, unfilled: unfilledCount(unfilled), samples: unfilled.samples.length };
      });
    },
    onChange,
    () => undefined,
  );
}
