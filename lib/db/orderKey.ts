// The stored form of a snippet's place in the library order, indexed as `orderKey`: live before
// trashed, then the library's own order (lib/domain/search defaultOrderKey) with every number
// negated. Read forwards, the index lists the first screen in one getAll with a count — one round
// trip to IndexedDB, where walking it backwards with a cursor costs one per row. Equal keys fall
// back to the primary key, ascending, as the library order does.
import type { Snippet } from '../domain/schemas.ts';
import { defaultOrderKey } from '../domain/search/order.ts';

export type StoredOrderKey = [live: 0 | 1, boost: number, lastUsed: number, edited: number];

/** 0 stays 0: IndexedDB would order -0 and 0 alike, but a round trip through JSON would not keep -0. */
const negate = (n: number) => (n === 0 ? 0 : -n);

export function storedOrderKey(snippet: Pick<Snippet, 'useCount' | 'favorite' | 'lastUsedAt' | 'updatedAt' | 'deletedAt'>): StoredOrderKey {
  const [boost, lastUsed, edited] = defaultOrderKey(snippet);
  return [snippet.deletedAt === null ? 0 : 1, negate(boost), negate(lastUsed), negate(edited)];
}

/** Every live snippet's key lies in [LIVE_FROM, LIVE_UNTIL): an array key sorts after its prefixes. */
export const LIVE_FROM = [0];
export const LIVE_UNTIL = [1];
