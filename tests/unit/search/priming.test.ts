import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/domain/schemas.ts';
import { pinyinKeys } from '../../../lib/domain/search/pinyinKeys.ts';
import { bodyPhrase, primingQueries } from '../../../lib/domain/search/priming.ts';
import { SearchIndex } from '../../../lib/domain/search/searchIndex.ts';

describe('priming queries', () => {
  it('types a title as a user would: its initials, then its characters, one more each time', () => {
    expect(primingQueries('整改措施：常态化督导', pinyinKeys('整改措施：常态化督导'))).toEqual(['z', 'zg', 'zgc', 'zgcs', '整', '整改', '整改措', '整改措施']);
  });

  it('types characters only before pinyin has loaded, and handles short and empty titles', () => {
    expect(primingQueries('开头', null)).toEqual(['开', '开头']);
    expect(primingQueries('  ', null)).toEqual(['的']);
  });

  it('keeps a character outside the basic plane whole', () => {
    expect(primingQueries('𠮷野家', null)).toEqual(['𠮷', '𠮷野', '𠮷野家']);
  });

  it('each query finds the title it came from, so the priming runs the paths of real hits', () => {
    const index = new SearchIndex();
    index.usePinyin(pinyinKeys);
    const snippet: Snippet = { id: 'a', title: '整改措施：常态化督导', body: '', role: 'measure', folder: '', tags: [], useCount: 0, favorite: false, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null, source: '' };
    index.sync([snippet]);
    for (const query of primingQueries(snippet.title, pinyinKeys(snippet.title))) expect([...index.search(query)].map((h) => h.snippet.id)).toEqual(['a']);
  });

  it('ends with a phrase from the paragraphs in initials, found there and not in the title', () => {
    const snippet: Snippet = { id: 'b', title: '开头：年度情况', body: '今年以来，我们坚持问题导向，聚焦群众关切。', role: 'opening', folder: '', tags: [], useCount: 0, favorite: false, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null, source: '' };
    const phrase = bodyPhrase(snippet.title, snippet.body);
    expect(phrase).toBe('我们坚持');
    const queries = primingQueries(snippet.title, pinyinKeys(snippet.title), pinyinKeys(phrase!));
    expect(queries.at(-1)).toBe('wmjc');
    const index = new SearchIndex();
    index.usePinyin(pinyinKeys);
    index.sync([snippet]);
    while (!index.warm(() => true));
    const [hit] = [...index.search('wmjc')];
    expect(hit?.titleRanges).toEqual([]);
    expect(hit?.bodyRanges.length).toBeGreaterThan(0);
  });

  it('finds no phrase where the paragraphs have no four characters in a row outside the title', () => {
    expect(bodyPhrase('年度工作', '年度工作。abc 一二')).toBeNull();
  });
});
