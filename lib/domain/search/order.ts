// The library's default order, shared by the search and the database: most used and favourites
// first, then recently used, then recently edited, and last the id (ascending, by code units), so
// the order is total. The database lists the first screen through an index on this key (negated,
// lib/db/orderKey.ts) read forwards, whose ties fall back to the primary key ascending — the same
// order as here.
import type { Snippet } from '../schemas.ts';
import type { SearchHit } from './hit.ts';

/** What use and a favourite add to a snippet's score: up to 15 for use, 8 for a favourite. */
export function usageBoost(snippet: Pick<Snippet, 'useCount' | 'favorite'>): number {
  return Math.min(15, Math.log2(1 + snippet.useCount) * 3) + (snippet.favorite ? 8 : 0);
}

/** The default order's key: sort by it descending element by element, then by id ascending. */
export function defaultOrderKey(snippet: Pick<Snippet, 'useCount' | 'favorite' | 'lastUsedAt' | 'updatedAt'>): [number, number, number] {
  return [usageBoost(snippet), snippet.lastUsedAt ?? 0, snippet.updatedAt];
}

/** Ascending by id, comparing code units (as IndexedDB orders string keys). */
export function idAscending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the tie-break after the score needs of a snippet, kept as plain numbers for sorting. */
export interface Recency {
  lastUsedAt: number;
  updatedAt: number;
  id: string;
}

/** The order among equal scores: recently used, then recently edited (both descending), then id. */
export function recentFirst(a: Recency, b: Recency): number {
  return b.lastUsedAt - a.lastUsedAt || b.updatedAt - a.updatedAt || idAscending(a.id, b.id);
}

/** The whole library in the order an empty query gives, without building an index. */
export function rankAll(snippets: readonly Snippet[]): SearchHit[] {
  const keys = snippets.map(defaultOrderKey);
  const order = snippets.map((_, i) => i);
  order.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || idAscending(snippets[a]!.id, snippets[b]!.id);
  });
  return order.map((i) => ({ snippet: snippets[i]!, score: keys[i]![0], titleRanges: [], bodyRanges: [] }));
}
