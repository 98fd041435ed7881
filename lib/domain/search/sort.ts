// Orders of the library list: by relevance (the search's own score), recently used, most used,
// or the user's own order (dragged), which keeps unknown snippets after the ordered ones.
import { reorderHits, type HitList } from './hitList.ts';

export const SORT_MODES = ['relevance', 'recent', 'frequent', 'manual'] as const;
export type SortMode = (typeof SORT_MODES)[number];

export const SORT_LABELS: Record<SortMode, string> = { relevance: '最相关', recent: '最近使用', frequent: '最常用', manual: '我的顺序' };

export function sortHits(hits: HitList, mode: SortMode, manualOrder: readonly string[] = []): HitList {
  const snippet = (i: number) => hits.snippetAt(i)!;
  const score = (i: number) => hits.scoreAt(i);
  if (mode === 'recent') return reorderHits(hits, (a, b) => (snippet(b).lastUsedAt ?? -1) - (snippet(a).lastUsedAt ?? -1) || score(b) - score(a));
  if (mode === 'frequent') return reorderHits(hits, (a, b) => snippet(b).useCount - snippet(a).useCount || score(b) - score(a));
  if (mode === 'manual') {
    const rank = new Map(manualOrder.map((id, i) => [id, i]));
    // Unranked snippets keep the search's order after ranked ones (reorderHits keeps ties in order).
    return reorderHits(hits, (a, b) => (rank.get(snippet(a).id) ?? Infinity) - (rank.get(snippet(b).id) ?? Infinity) || 0);
  }
  return hits;
}

/** Moves `id` to just before `beforeId` (or to the end) in an order that lists every visible id. */
export function moveInOrder(order: readonly string[], visibleIds: readonly string[], id: string, beforeId: string | null): string[] {
  const complete = [...order.filter((x) => visibleIds.includes(x)), ...visibleIds.filter((x) => !order.includes(x)), ...order.filter((x) => !visibleIds.includes(x))];
  const without = complete.filter((x) => x !== id);
  const at = beforeId === null ? -1 : without.indexOf(beforeId);
  without.splice(at === -1 ? without.length : at, 0, id);
  return without;
}
