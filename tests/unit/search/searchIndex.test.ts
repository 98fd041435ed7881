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
  return [...index.search(query)].map((h) => h.snippet.title);
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
    const [hit] = [...index.search('djzt')];
    expect(hit?.snippet.title).toBe('党建专题会议');
    expect(hit?.titleRanges).toEqual([{ start: 0, end: 4 }]);
  });

  it('finds by full pinyin only from a syllable start', () => {
    expect(titles(index, 'zhuanti')).toEqual(['党建专题会议']);
    expect([...index.search('huiyi')][0]?.titleRanges).toEqual([{ start: 4, end: 6 }]);
    expect(titles(index, 'uanti')).toEqual([]);
  });

  it('matches initials across punctuation and highlights the characters around it', () => {
    const local = withPinyin();
    local.sync([snippet('结尾：表态')]);
    expect([...local.search('jwbt')][0]?.titleRanges).toEqual([{ start: 0, end: 5 }]);
    expect([...local.search('weibiao')][0]?.titleRanges).toEqual([{ start: 1, end: 4 }]);
  });

  it('matches folder and tags one by one: initials do not run from the folder into a tag', () => {
    const local = withPinyin();
    const duty = snippet('压实责任', { folder: '述职报告/党建', tags: ['主体责任', '会议'] });
    local.sync([duty]);
    expect(titles(local, 'djzt')).toEqual([]); // 党建 | 主体
    expect(titles(local, 'zthy')).toEqual([]); // 责任 | 会议
    expect(titles(local, 'ztzr')).toEqual(['压实责任']);
    expect(titles(local, 'bgdj')).toEqual(['压实责任']); // 报告/党建: one folder, read through the slash
    expect([...local.search('huiyi')][0]?.score).toBe(45); // a tag's full pinyin: 50 × 0.9
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
    expect([...local.search('djzt')]).toHaveLength(0);
    expect([...local.search('党建')]).toHaveLength(450);
    while (!local.warm(() => true));
    expect([...local.search('djzt')]).toHaveLength(450);
  });

  it('returns everything for an empty query, in the order rankAll gives without an index', () => {
    expect([...index.search('')]).toHaveLength(3);
    expect([...index.search('')].map((h) => h.snippet.id)).toEqual(rankAll([meeting, duty, visit]).map((h) => h.snippet.id));
  });
});

describe('SearchIndex in paragraph text', () => {
  const index = withPinyin();
  const life = snippet('主要工作：压实主体责任', { body: '每月召开支部委员会，按时过好组织生活，党员参加率100%。' });
  const titled = snippet('组织生活会', { body: '会前谈心谈话。' });
  const other = snippet('经费保障', { body: '统筹投入专项经费。' });
  index.sync([life, titled, other]);

  it('finds initials and full pinyin that occur only in a body, and highlights them there', () => {
    const [hit] = [...index.search('zzsh')].filter((h) => h.snippet.id === life.id);
    expect(hit?.bodyRanges).toEqual([{ start: 14, end: 18 }]);
    expect(Array.from(life.body).slice(14, 18).join('')).toBe('组织生活');
    expect(hit?.titleRanges).toEqual([]);
    expect([...index.search('zuzhishenghuo')].map((h) => h.snippet.id)).toEqual([titled.id, life.id]);
    expect([...index.search('zuzhishengh')].find((h) => h.snippet.id === life.id)?.bodyRanges).toEqual([{ start: 14, end: 18 }]);
  });

  it('ranks a body match below a title match, and highlights only what is not in the title', () => {
    const hits = [...index.search('zzsh')];
    expect(hits.map((h) => h.snippet.id)).toEqual([titled.id, life.id]);
    expect(hits[0]?.titleRanges).toEqual([{ start: 0, end: 4 }]);
    expect(hits[0]?.bodyRanges).toEqual([]);
  });

  it('highlights a Chinese term found in the body by its text', () => {
    const [hit] = [...index.search('专项')];
    expect(hit?.snippet.id).toBe(other.id);
    expect(hit?.bodyRanges).toEqual([{ start: 4, end: 6 }]);
  });

  it('does not match across punctuation or digits in a body', () => {
    expect([...index.search('hdy')].map((h) => h.snippet.id)).toEqual([]); // 委员会，按时: h | a
    expect([...index.search('shdy')].map((h) => h.snippet.id)).toEqual([]); // 组织生活，党员
  });

  it('reads one or two letters in titles and tags only: they would match a great many paragraphs', () => {
    // 参加 in the first body has a j, but only the title 经费保障 counts.
    expect([...index.search('j')].map((h) => h.snippet.id)).toEqual([other.id]);
    const local = withPinyin();
    local.sync([snippet('标题', { body: '加强党建' })]);
    expect([...local.search('j')]).toEqual([]);
    expect([...local.search('jq')]).toEqual([]);
    expect([...local.search('jqd')]).toHaveLength(1);
    expect([...local.search('jia')]).toHaveLength(1);
  });

  it('reads a term every way it splits into syllables (xian: 先 or 西安)', () => {
    const local = withPinyin();
    const [first, xian] = [snippet('一', { body: '争当先进' }), snippet('二', { body: '赴西安学习' })];
    local.sync([first, xian]);
    // Equal scores: the more recently edited first.
    expect([...local.search('xian')].map((h) => [h.snippet.id, h.bodyRanges])).toEqual([
      [xian.id, [{ start: 1, end: 3 }]],
      [first.id, [{ start: 2, end: 3 }]],
    ]);
    expect([...local.search('xianj')].map((h) => h.snippet.id)).toEqual([first.id]);
  });

  it('reads polyphones in context, as the whole paragraph says them', () => {
    const local = withPinyin();
    local.sync([snippet('一', { body: '开展走访调研，化解矛盾调解纠纷' })]);
    expect([...local.search('diaoyan')][0]?.bodyRanges).toEqual([{ start: 4, end: 6 }]);
    expect([...local.search('tiaojie')][0]?.bodyRanges).toEqual([{ start: 11, end: 13 }]);
  });

  it('does not take letter pairs or syllables found apart for a match', () => {
    const others = [snippet('三'), snippet('四'), snippet('五')];
    // 组织，走私: the pairs zz and zs, not zzs.
    const pairs = withPinyin();
    const apart = snippet('一', { body: '组织，走私' });
    pairs.sync([apart, ...others]);
    expect([...pairs.search('zzs')]).toEqual([]);
    expect([...pairs.search('zszz')]).toEqual([]);
    expect([...pairs.search('zzz')]).toEqual([]);
    // 组长织布: the syllables zu and zhi, and the pair zz (组长), not zu·zhi.
    const syllables = withPinyin();
    const scattered = snippet('二', { body: '组长织布' });
    syllables.sync([scattered, ...others]);
    expect([...syllables.search('zuzhi')]).toEqual([]);
    expect([...syllables.search('zuzhang')].map((h) => h.snippet.id)).toEqual([scattered.id]);
    expect([...syllables.search('zhib')].map((h) => h.snippet.id)).toEqual([scattered.id]);
  });

  it('finds body matches of snippets far down the library', () => {
    const local = withPinyin();
    const far = snippet('末', { body: '过好组织生活' });
    local.sync([...Array.from({ length: 100 }, (_, i) => snippet(`标题${i}`)), far]);
    while (!local.warm(() => true));
    expect([...local.search('zzsh')].map((h) => h.snippet.id)).toEqual([far.id]);
    expect([...local.search('zuzhi')].map((h) => h.snippet.id)).toEqual([far.id]);
  });

  it('reads pinyin in the first 20,000 characters of a very long body', () => {
    const local = withPinyin();
    const long = snippet('一', { body: `组织生活${'。'.repeat(20_000)}调查研究` });
    local.sync([long]);
    expect([...local.search('zzsh')]).toHaveLength(1);
    expect([...local.search('dcyj')]).toEqual([]);
    expect([...local.search('调查研究')]).toHaveLength(1);
  });

  it('counts characters outside the BMP before a body match', () => {
    const local = withPinyin();
    local.sync([snippet('一', { body: '𠀀组织生活' })]);
    expect([...local.search('zzsh')][0]?.bodyRanges).toEqual([{ start: 1, end: 5 }]);
  });

  it('leaves bodies to idle time in a large library, then matches them', () => {
    const local = new SearchIndex();
    local.sync(Array.from({ length: 40 }, (_, i) => snippet(`标题${i}`, { body: '过好组织生活' })));
    local.usePinyin(pinyinKeys);
    expect([...local.search('zzsh')]).toHaveLength(0); // titles' keys made on the spot, bodies' not
    expect(local.pinyinComplete).toBe(false);
    let slices = 0;
    while (!local.warm(() => slices++ % 10 !== 9));
    expect(local.pinyinComplete).toBe(true);
    expect([...local.search('zzsh')]).toHaveLength(40);
  });
});
