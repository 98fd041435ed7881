import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/domain/schemas.ts';
import { ArrayHits, idsOf, moveInOrder, sortHits, type HitList, type SearchHit } from '../../../lib/domain/search/index.ts';

const hit = (id: string, score: number, extra: Partial<Snippet> = {}): SearchHit => ({
  score,
  titleRanges: [],
  bodyRanges: [],
  snippet: { id, title: id, body: '', role: 'work', folder: '', tags: [], favorite: false, useCount: 0, createdAt: 0, updatedAt: 0, lastUsedAt: null, deletedAt: null, source: '', ...extra },
});
const ids = (hits: HitList) => idsOf(hits);

describe('sortHits', () => {
  const hits = new ArrayHits([hit('a', 30, { useCount: 1, lastUsedAt: 5 }), hit('b', 20, { useCount: 9 }), hit('c', 10, { useCount: 3, lastUsedAt: 9 })]);
  it('keeps relevance order', () => expect(ids(sortHits(hits, 'relevance'))).toEqual(['a', 'b', 'c']));
  it('puts the recently used first, never-used last', () => expect(ids(sortHits(hits, 'recent'))).toEqual(['c', 'a', 'b']));
  it('puts the most used first', () => expect(ids(sortHits(hits, 'frequent'))).toEqual(['b', 'c', 'a']));
  it('follows the user’s order, unknown ones after it', () => expect(ids(sortHits(hits, 'manual', ['c', 'a']))).toEqual(['c', 'a', 'b']));
});

describe('moveInOrder', () => {
  it('moves before another snippet or to the end, adding unordered visible ones', () => {
    expect(moveInOrder(['a', 'b', 'c'], ['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(moveInOrder([], ['a', 'b', 'c'], 'a', null)).toEqual(['b', 'c', 'a']);
    expect(moveInOrder(['x', 'a'], ['a', 'b'], 'b', 'a')).toEqual(['b', 'a', 'x']);
  });
});
