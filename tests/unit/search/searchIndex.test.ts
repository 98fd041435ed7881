import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/domain/schemas.ts';
import { rankAll, SearchIndex } from '../../../lib/domain/search/index.ts';
import { pinyinKeys } from '../../../lib/domain/search/pinyinKeys.ts';

function withPinyin() {
  const index = new SearchIndex();
  index.usePinyin(pinyinKeys);
  return index;
}

let n = 0;
function snippet(title: string, extra: Partial<Snippet> = {}): Snippet {
  n += 1;
  return { id: `s${n}`, title, body: '', role: 'work', folder: '', tags: [], favorite: false, useCount: 0, createdAt: n, updatedAt: n, lastUsedAt: null, deletedAt: null, source: '', ...extra };
}

function titles(index: SearchIndex, query: string) {
  return index.search(query).map((h) => h.snippet.title);
}

describe('pinyinKeys', () => {
  it('gives initials and full pinyin with syllable starts per character', () => {
    expect(pinyinKeys('党建OA')).toEqual({ initials: 'djoa', full: 'dangjianoa', fullStarts: [0, 4, 8, 9, 10], chars: [0, 1, 2, 3] });
  });

  it('skips punctuation and spaces, keeping positions for highlights', () => {
    const keys = pinyinKeys('结尾：表态');
    expect([keys.initials, keys.full, keys.chars]).toEqual(['jwbt', 'jieweibiaotai', [0, 1, 3, 4]]);
  });
});

describe('SearchIndex', () => {
  const index = withPinyin();
  const meeting = snippet('党建专题会议', { body: '召开会议' });
  const duty = snippet('压实主体责任', { folder: '述职报告/党建' });
  const visit = snippet('走访调研', { body: '深入党建联系点' });
  index.sync([meeting, duty, visit]);

  it('finds by Chinese text, title before folder before body', () => {
    expect(titles(index, '党建')).toEqual(['党建专题会议', '压实主体责任', '走访调研']);
  });

  it('finds by pinyin initials and highlights the characters', () => {
    const [hit] = index.search('djzt');
    expect(hit?.snippet.title).toBe('党建专题会议');
    expect(hit?.titleRanges).toEqual([{ start: 0, end: 4 }]);
  });

  it('finds by full pinyin only from a syllable start', () => {
    expect(titles(index, 'zhuanti')).toEqual(['党建专题会议']);
    expect(index.search('huiyi')[0]?.titleRanges).toEqual([{ start: 4, end: 6 }]);
    expect(titles(index, 'uanti')).toEqual([]);
  });

  it('matches initials across punctuation and highlights the characters around it', () => {
    const local = withPinyin();
    local.sync([snippet('结尾：表态')]);
    expect(local.search('jwbt')[0]?.titleRanges).toEqual([{ start: 0, end: 5 }]);
    expect(local.search('weibiao')[0]?.titleRanges).toEqual([{ start: 1, end: 4 }]);
  });

  it('needs every term to match', () => {
    expect(titles(index, '党建 会议')).toEqual(['党建专题会议']);
    expect(titles(index, '党建 不存在')).toEqual([]);
  });

  it('is case-insensitive and ignores extra spaces', () => {
    expect(titles(index, '  DJZT ')).toEqual(['党建专题会议']);
  });

  it('ranks used and favourite snippets higher among equal matches', () => {
    const local = withPinyin();
    local.sync([snippet('会议纪要甲'), snippet('会议纪要乙', { useCount: 9 }), snippet('会议纪要丙', { favorite: true, useCount: 20 })]);
    expect(titles(local, '会议')).toEqual(['会议纪要丙', '会议纪要乙', '会议纪要甲']);
  });

  it('follows the library: refreshes changed snippets and drops deleted ones', () => {
    const local = withPinyin();
    const a = snippet('旧标题');
    local.sync([a, snippet('其他')]);
    local.sync([{ ...a, title: '新标题', updatedAt: a.updatedAt + 1 }]);
    expect(local.size).toBe(1);
    expect(titles(local, 'xin')).toEqual(['新标题']);
    expect(titles(local, '旧')).toEqual([]);
  });

  it('matches text only until pinyin is turned on, and warms keys in slices', () => {
    const local = new SearchIndex();
    local.sync([snippet('党建专题'), snippet('会议')]);
    expect(titles(local, 'djzt')).toEqual([]);
    expect(titles(local, '专题')).toEqual(['党建专题']);
    local.usePinyin(pinyinKeys);
    let budget = 1;
    expect(local.warm(() => budget-- > 0)).toBe(false);
    expect(local.warm(() => true)).toBe(true);
    expect(titles(local, 'djzt')).toEqual(['党建专题']);
  });

  it('narrows a longer query among the last hits, with the same results as a fresh search', () => {
    const local = withPinyin();
    const library = ['党建专题会议', '党员大会', '调研走访', '党建工作要点', '专题学习'].map((t) => snippet(t));
    local.sync(library);
    const typed = ['d', 'dj', 'djz', 'djzt'].map((q) => titles(local, q));
    const fresh = ['d', 'dj', 'djz', 'djzt'].map((q) => {
      const other = withPinyin();
      other.sync(library);
      return titles(other, q);
    });
    expect(typed).toEqual(fresh);
    expect(titles(local, 'djgz')).toEqual(['党建工作要点']); // not a narrowing of djzt: full search
  });

  it('in a large library, leaves pinyin keys to idle time instead of making them in a keystroke', () => {
    const local = new SearchIndex();
    local.sync(Array.from({ length: 450 }, (_, i) => snippet(`党建专题${i}`)));
    local.usePinyin(pinyinKeys);
    expect(local.search('djzt')).toHaveLength(0);
    expect(local.search('党建')).toHaveLength(450);
    while (!local.warm(() => true));
    expect(local.search('djzt')).toHaveLength(450);
  });

  it('returns everything for an empty query, in the order rankAll gives without an index', () => {
    expect(index.search('')).toHaveLength(3);
    expect(index.search('').map((h) => h.snippet.id)).toEqual(rankAll([meeting, duty, visit]).map((h) => h.snippet.id));
  });
});
