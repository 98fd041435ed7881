// Orders of the library list: by relevance (the search's own score), recently used, most used,
// or the user's own order (dragged), which keeps unknown snippets after the ordered ones.
import type { SearchHit } from './searchIndex.ts';

export const SORT_MODES = ['relevance', 'recent', 'frequent', 'manual'] as const;
export type SortMode = (typeof SORT_MODES)[number];

export const SORT_LABELS: Record<SortMode, string> = { relevance: '最相关', recent: '最近使用', frequent: '最常用', manual: '我的顺序' };

export function sortHits(hits: readonly SearchHit[], mode: SortMode, manualOrder: readonly string[] = []): SearchHit[] {
  const sorted = [...hits];
  if (mode === 'recent') sorted.sort((a, b) => (b.snippet.lastUsedAt ?? -1) - (a.snippet.lastUsedAt ?? -1) || b.score - a.score);
  else if (mode === 'frequent') sorted.sort((a, b) => b.snippet.useCount - a.snippet.useCount || b.score - a.score);
  else if (mode === 'manual') {
    const rank = new Map(manualOrder.map((id, i) => [id, i]));
    // Array.prototype.sort is stable: unranked snippets keep the search's order after ranked ones.
    sorted.sort((a, b) => (rank.get(a.snippet.id) ?? Infinity) - (rank.get(b.snippet.id) ?? Infinity) || 0);
  }
  return sorted;
}

/** Moves `id` to just before `beforeId` (or to the end) in an order that lists every visible id. */
export function moveInOrder(order: readonly string[], visibleIds: readonly string[], id: string, beforeId: string | null): string[] {
  const complete = [...order.filter((x) => visibleIds.includes(x)), ...visibleIds.filter((x) => !order.includes(x)), ...order.filter((x) => !visibleIds.includes(x))];
  const without = complete.filter((x) => x !== id);
  const at = beforeId === null ? -1 : without.indexOf(beforeId);
  without.splice(at === -1 ? without.length : at, 0, id);
  return without;
}
