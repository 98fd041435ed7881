import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/domain/schemas.ts';
import { filterHits, idsOf, indexOfSnippet, SearchIndex, sortHits } from '../../../lib/domain/search/index.ts';
import { pinyinKeys } from '../../../lib/domain/search/pinyinKeys.ts';

const snippet = (id: string, title: string, extra: Partial<Snippet> = {}): Snippet => ({
  id,
  title,
  body: '',
  role: 'work',
  folder: '',
  tags: [],
  favorite: false,
  useCount: 0,
  createdAt: 1,
  updatedAt: 1,
  lastUsedAt: null,
  deletedAt: null,
  source: '',
  ...extra,
});

describe('a search’s hit list', () => {
  const index = new SearchIndex();
  index.usePinyin(pinyinKeys);
  index.sync([snippet('a', '党建会议', { folder: '甲' }), snippet('b', '党建调研', { useCount: 4 }), snippet('c', '乡村振兴'), snippet('d', '党建述职', { folder: '甲', lastUsedAt: 9 })]);

  it('reads snippets and scores without making hits, and gives one hit object per row', () => {
    const hits = index.search('dj');
    expect(hits.length).toBe(3);
    expect(hits.at(0)).toBe(hits.at(0)); // a row reads the same hit on every render
    expect(hits.snippetAt(0)).toBe(hits.at(0)!.snippet);
    expect(hits.scoreAt(1)).toBe(hits.at(1)!.score);
    expect([hits.at(3), hits.at(-1), hits.snippetAt(3)]).toEqual([undefined, undefined, undefined]);
    expect([...hits].map((h) => h.titleRanges)).toEqual([[{ start: 0, end: 2 }], [{ start: 0, end: 2 }], [{ start: 0, end: 2 }]]);
  });

  it('filters, orders and finds by id over positions, keeping highlights', () => {
    const hits = index.search('dj');
    const inFolder = filterHits(hits, (s) => s.folder === '甲');
    expect(idsOf(inFolder).sort()).toEqual(['a', 'd']);
    expect(inFolder.at(indexOfSnippet(inFolder, 'd'))?.titleRanges).toEqual([{ start: 0, end: 2 }]);
    expect(idsOf(sortHits(hits, 'recent'))[0]).toBe('d');
    expect(idsOf(sortHits(hits, 'frequent'))[0]).toBe('b');
    expect(idsOf(sortHits(hits, 'manual', ['d', 'a']))).toEqual(['d', 'a', 'b']);
    expect([indexOfSnippet(hits, 'c'), indexOfSnippet(hits, null)]).toEqual([-1, -1]);
  });

  it('keeps at most `limit` hits, best first', () => {
    const all = idsOf(index.search('党建'));
    expect(idsOf(index.search('党建', 2))).toEqual(all.slice(0, 2));
  });
});
