// SearchIndex.search is tuned for speed (numbers-only scoring, lazy highlights, narrowing, a
// counting sort); this checks it still gives exactly what the straightforward search gives: the
// reference below is the search as it was before that tuning — every entry scored with the range-
// building matchers, then one comparator sort — plus the final tie-break on id (descending by
// code units) that the database's first page relies on — and, written as plainly, pinyin in the
// body: matched run by run of Chinese characters, from three letters on, once every body has keys.
// Same ids, order, scores and highlights (title and body), over random libraries and query
// sequences, with pinyin off, on, and partly warmed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../lib/domain/schemas.ts';
import { defaultOrderKey, rankAll, SearchIndex, type SearchHit } from '../../../lib/domain/search/index.ts';
import { BODY_KEYS_MAX } from '../../../lib/domain/search/bodyPinyin.ts';
import { pinyinKeys, type PinyinKeys } from '../../../lib/domain/search/pinyinKeys.ts';

// ---- The reference: the previous search, unchanged except for the id tie-break in rank(). ----

interface Range {
  start: number;
  end: number;
}
type MatchKind = 'text' | 'pinyin' | 'initials';
interface FieldMatch {
  kind: MatchKind;
  range: Range;
}

const LATIN = /^[a-z]+$/;

function charIndex(text: string, offset: number): number {
  return Array.from(text.slice(0, offset)).length;
}

function matchText(text: string, lowerText: string, term: string): FieldMatch | null {
  const at = lowerText.indexOf(term);
  if (at === -1) return null;
  const start = charIndex(text, at);
  return { kind: 'text', range: { start, end: start + Array.from(term).length } };
}

function charRange(keys: PinyinKeys, first: number, last: number): Range {
  return { start: keys.chars[first]!, end: keys.chars[last]! + 1 };
}

function matchPinyin(keys: PinyinKeys, term: string): FieldMatch | null {
  if (!LATIN.test(term)) return null;
  const initialsAt = keys.initials.indexOf(term);
  for (let from = keys.full.indexOf(term); from !== -1; from = keys.full.indexOf(term, from + 1)) {
    const first = keys.fullStarts.indexOf(from);
    if (first === -1) continue;
    let last = first;
    while (keys.fullStarts[last + 1]! < from + term.length) last++;
    if (term.length > 1 || initialsAt === -1) return { kind: 'pinyin', range: charRange(keys, first, last) };
  }
  if (initialsAt !== -1) return { kind: 'initials', range: charRange(keys, initialsAt, initialsAt + term.length - 1) };
  return null;
}

interface RefEntry {
  snippet: Snippet;
  version: number;
  title: string;
  meta: string;
  /** The folder and the tags, lowercased. */
  metaParts: string[];
  body: string;
  keys?: { title: PinyinKeys; meta: PinyinKeys[] };
  bodyRuns?: BodyRun[];
}

/** A run of Chinese characters in a body: its pinyin keys, and where each character is in the body. */
interface BodyRun {
  keys: PinyinKeys;
}

/**
 * A body's runs of keyed characters: one code unit each, with a pinyin that is not the character
 * itself. `chars` of each run's keys are the body's character indices.
 */
function bodyRunsOf(body: string, keys: PinyinKeys): BodyRun[] {
  const chars = Array.from(body);
  const runs: BodyRun[] = [];
  let run: PinyinKeys | null = null;
  let previous = -2;
  keys.chars.forEach((char, k) => {
    const syllable = keys.full.slice(keys.fullStarts[k], keys.fullStarts[k + 1]);
    const c = chars[char]!;
    if (c.length !== 1 || syllable === '' || syllable === c.toLowerCase()) return;
    if (!run || char !== previous + 1) {
      if (run) run.fullStarts.push(run.full.length);
      runs.push({ keys: (run = { initials: '', full: '', fullStarts: [], chars: [] }) });
    }
    run.fullStarts.push(run.full.length);
    run.full += syllable;
    run.initials += syllable.charAt(0);
    run.chars.push(char);
    previous = char;
  });
  if (run) (run as PinyinKeys).fullStarts.push((run as PinyinKeys).full.length);
  return runs;
}

/**
 * The folder's and tags' pinyin, part by part (a match never runs from one into the next): the
 * first full-pinyin match, else the first initials match; one letter as an initial only. Ranges
 * are in the parts joined by spaces.
 */
function matchPartsPinyin(parts: string[], keys: PinyinKeys[], term: string): FieldMatch | null {
  if (!LATIN.test(term)) return null;
  const starts = parts.map((_, p) => parts.slice(0, p).reduce((n, part) => n + Array.from(part).length + 1, 0));
  const shift = (match: FieldMatch, p: number): FieldMatch => ({ kind: match.kind, range: { start: match.range.start + starts[p]!, end: match.range.end + starts[p]! } });
  for (const kind of ['pinyin', 'initials'] as const) {
    for (let p = 0; p < parts.length; p++) {
      const match = matchPinyin(keys[p]!, term);
      if (match && (match.kind === kind || (term.length === 1 && kind === 'initials'))) return shift(match, p);
    }
  }
  return null;
}

/** The first full-pinyin match in the body, else the first initials match, run by run. */
function matchBodyPinyin(runs: BodyRun[], term: string): FieldMatch | null {
  for (const { keys } of runs) {
    for (let from = keys.full.indexOf(term); from !== -1; from = keys.full.indexOf(term, from + 1)) {
      const first = keys.fullStarts.indexOf(from);
      if (first === -1) continue;
      let last = first;
      while (keys.fullStarts[last + 1]! < from + term.length) last++;
      return { kind: 'pinyin', range: charRange(keys, first, last) };
    }
  }
  for (const { keys } of runs) {
    const at = keys.initials.indexOf(term);
    if (at !== -1) return { kind: 'initials', range: charRange(keys, at, at + term.length - 1) };
  }
  return null;
}

const FIELD_WEIGHT = { title: 100, meta: 50, body: 20 } as const;
const KIND_WEIGHT = { text: 1, pinyin: 0.9, initials: 0.8 } as const;
const SYNC_KEYS = 400;
const SYNC_BODY_KEYS = 16;

/** The previous SearchIndex, minus narrowing: every search scores every entry. */
class ReferenceIndex {
  private readonly entries = new Map<string, RefEntry>();
  private keyer: ((text: string) => PinyinKeys) | null = null;

  usePinyin(keyer: (text: string) => PinyinKeys): void {
    this.keyer = keyer;
  }

  /** Titles' and metas' keys first, then bodies'. */
  warm(hasTime: () => boolean): boolean {
    return this.warmTitles(hasTime) && this.warmBodies(hasTime);
  }

  private warmTitles(hasTime: () => boolean): boolean {
    if (!this.keyer) return false;
    for (const entry of this.entries.values()) {
      if (entry.keys) continue;
      if (!hasTime()) return false;
      entry.keys = { title: this.keyer(entry.snippet.title), meta: entry.metaParts.map((part) => this.keyer!(part)) };
    }
    return true;
  }

  private warmBodies(hasTime: () => boolean): boolean {
    if (!this.keyer) return false;
    for (const entry of this.entries.values()) {
      if (entry.bodyRuns) continue;
      if (!hasTime()) return false;
      entry.bodyRuns = bodyRunsOf(entry.snippet.body, this.keyer(entry.snippet.body.slice(0, BODY_KEYS_MAX)));
    }
    return true;
  }

  get pinyinComplete(): boolean {
    return this.keyer !== null && this.missingKeys() === 0 && this.missingBodies() === 0;
  }

  private missingKeys(): number {
    let missing = 0;
    for (const entry of this.entries.values()) if (!entry.keys) missing++;
    return missing;
  }

  private missingBodies(): number {
    let missing = 0;
    for (const entry of this.entries.values()) if (!entry.bodyRuns) missing++;
    return missing;
  }

  sync(snippets: readonly Snippet[]): void {
    const live = new Set<string>();
    for (const snippet of snippets) {
      live.add(snippet.id);
      const current = this.entries.get(snippet.id);
      if (current?.version === snippet.updatedAt) current.snippet = snippet;
      else this.entries.set(snippet.id, refEntryOf(snippet));
    }
    for (const id of this.entries.keys()) if (!live.has(id)) this.entries.delete(id);
  }

  search(query: string, limit = Infinity): SearchHit[] {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    const latin = terms.some((t) => LATIN.test(t));
    if (this.keyer && latin && this.missingKeys() <= SYNC_KEYS) this.warmTitles(() => true);
    if (this.keyer && latin && this.missingBodies() <= SYNC_BODY_KEYS) this.warmBodies(() => true);
    const bodyPinyin = this.keyer !== null && this.missingBodies() === 0;
    for (const entry of this.entries.values()) {
      const hit = terms.length === 0 ? { score: 0, titleRanges: [], bodyRanges: [] } : refScore(entry, terms, bodyPinyin);
      if (!hit) continue;
      hits.push({ snippet: entry.snippet, score: hit.score + usageBoost(entry.snippet), titleRanges: hit.titleRanges, bodyRanges: hit.bodyRanges });
    }
    return rank(hits, limit);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The only change from before: ties on score, lastUsedAt and updatedAt go by id, descending. */
function rank(hits: SearchHit[], limit = Infinity): SearchHit[] {
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (b.snippet.lastUsedAt ?? 0) - (a.snippet.lastUsedAt ?? 0) ||
      b.snippet.updatedAt - a.snippet.updatedAt ||
      (a.snippet.id < b.snippet.id ? -1 : a.snippet.id > b.snippet.id ? 1 : 0),
  );
  return Number.isFinite(limit) ? hits.slice(0, limit) : hits;
}

function refEntryOf(snippet: Snippet): RefEntry {
  const metaParts = [snippet.folder, ...snippet.tags].map((part) => part.toLowerCase());
  return { snippet, version: snippet.updatedAt, title: snippet.title.toLowerCase(), meta: metaParts.join(' '), metaParts, body: snippet.body.toLowerCase() };
}

/** `bodyPinyin`: whether bodies match by pinyin (every body has its keys). */
function refScore(entry: RefEntry, terms: string[], bodyPinyin: boolean): { score: number; titleRanges: Range[]; bodyRanges: Range[] } | null {
  let score = 0;
  const titleRanges: Range[] = [];
  const bodyRanges: Range[] = [];
  for (const term of terms) {
    const pinyin = LATIN.test(term) ? entry.keys : undefined;
    const runs = bodyPinyin && LATIN.test(term) && term.length >= 3 ? entry.bodyRuns : undefined;
    const inTitle = matchText(entry.snippet.title, entry.title, term) ?? (pinyin ? matchPinyin(pinyin.title, term) : null);
    const inBody = matchText(entry.snippet.body, entry.body, term) ?? (runs ? matchBodyPinyin(runs, term) : null);
    if (inTitle) titleRanges.push(inTitle.range);
    else if (inBody) bodyRanges.push(inBody.range);
    if (inTitle) {
      score += weigh('title', inTitle);
      continue;
    }
    const inMeta = matchText(entry.meta, entry.meta, term) ?? (pinyin ? matchPartsPinyin(entry.metaParts, pinyin.meta, term) : null);
    if (inMeta) {
      score += weigh('meta', inMeta);
      continue;
    }
    if (inBody) {
      score += FIELD_WEIGHT.body * KIND_WEIGHT[inBody.kind];
      continue;
    }
    return null;
  }
  return { score, titleRanges, bodyRanges };
}

function weigh(field: 'title' | 'meta', match: FieldMatch): number {
  const atStart = match.range.start === 0 ? 10 : 0;
  return FIELD_WEIGHT[field] * KIND_WEIGHT[match.kind] + atStart;
}

function usageBoost(snippet: Snippet): number {
  return Math.min(15, Math.log2(1 + snippet.useCount) * 3) + (snippet.favorite ? 8 : 0);
}

// ---- Random libraries and queries. ----

/** Words with polyphones, punctuation, Latin, digits, a character outside the BMP and one whose lower case is longer. */
const WORDS = ['党建', '专题', '会议', '基层', '治理', '社区', '走访', '调研', '结尾', '表态', '重点', '银行', '长城', '行动', '安全', '建设', '先锋', '组织生活', '西安', '绿色', '组', '织', '生', '活', '先', '进', '西', '安', '：', '（1）', ' ', '\n', '{{发展党员}}', 'OA', 'App', 'ppt', 'Dang', 'ai', 'x', '2025', '𠀀', 'İ', '〇', '·'];
const FOLDERS = ['', '述职报告/党建', '工作总结/治理', '专题汇报', 'OA', '重点/行动'];
const TAGS = ['党建', '会议', '重点', 'zt', '调研', '先锋'];

const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(''));

const libraryArb = fc
  .uniqueArray(fc.stringMatching(/^[a-zA-Z0-9é-]{1,3}$/), { minLength: 0, maxLength: 24 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          title: text(1, 4),
          body: text(0, 3),
          folder: fc.constantFrom(...FOLDERS),
          tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
          favorite: fc.boolean(),
          useCount: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
          updatedAt: fc.integer({ min: 1, max: 4 }),
          lastUsedAt: fc.option(fc.integer({ min: 0, max: 3 })),
        }),
      ),
    ),
  )
  .map((rows) => rows.map((r): Snippet => ({ ...r, role: 'work', createdAt: 1, deletedAt: null, source: '' })));

/** Pinyin-shaped pieces of a title: initials, full pinyin from any offset (syllable start or not), single letters. */
function pinyinTerms(title: string): string[] {
  const keys = pinyinKeys(title);
  const out: string[] = [];
  for (let i = 0; i < keys.initials.length; i++) out.push(keys.initials.slice(i, i + 3), keys.initials.charAt(i));
  for (let i = 0; i < keys.full.length; i += 2) out.push(keys.full.slice(i, i + 5));
  return out.filter((t) => /^[a-z]+$/.test(t));
}

const termArb = (library: Snippet[]) => {
  const fromLibrary = library.flatMap((s) => [...pinyinTerms(s.title), ...pinyinTerms(s.body), ...s.title.split(/\s+/), s.folder, ...s.tags, s.body.slice(0, 2)]).filter(Boolean);
  // Pieces of pinyin from two places joined: their letter pairs and syllables are in the library,
  // but mostly not next to each other.
  const pinyinPieces = library.flatMap((s) => [...pinyinTerms(s.body), ...pinyinTerms(s.title)]);
  const crossed = pinyinPieces.length ? fc.tuple(fc.constantFrom(...pinyinPieces), fc.constantFrom(...pinyinPieces)).map(([a, b]) => a.slice(0, 3) + b.slice(0, 3)) : fc.constant('zz');
  const pieces = fc.oneof(crossed, fc.constantFrom(...WORDS, 'dj', 'djzt', 'dangjian', 'zhuanti', 'jian', 'an', 'z', 'zh', 'zhu', 'd', 'h', 'q', 'zzsh', 'zuzhi', 'xian', 'xia', 'xi', 'lü', 'shenghuo'), fromLibrary.length ? fc.constantFrom(...fromLibrary) : fc.constant('x'));
  return fc.tuple(pieces, fc.boolean()).map(([t, upper]) => (upper ? t.toUpperCase() : t).trim() || 'a');
};

/** A query: one to three terms with random spacing, or nothing. */
const queryArb = (library: Snippet[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('', '  ') },
    { weight: 6, arbitrary: fc.array(termArb(library), { minLength: 1, maxLength: 3 }).chain((terms) => fc.constantFrom(' ', '  ', '\t').map((sep) => ` ${terms.join(sep)}`)) },
  );

/** What happens to the index: a query, a narrowing run (typed one character at a time, maybe with keys warming in between), idle warming, pinyin arriving, an edit. */
type Op = { kind: 'query'; query: string } | { kind: 'type'; query: string; warmBetween: number } | { kind: 'grow'; query: string; front: string } | { kind: 'warm'; budget: number } | { kind: 'pinyin' } | { kind: 'edit'; drop: number; touch: number };

const opArb = (library: Snippet[]): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 4, arbitrary: queryArb(library).map((query): Op => ({ kind: 'query', query })) },
    { weight: 3, arbitrary: fc.tuple(queryArb(library), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }))).map(([query, warmBetween]): Op => ({ kind: 'type', query, warmBetween })) },
    { weight: 1, arbitrary: fc.tuple(queryArb(library), fc.constantFrom('d', 'an', 'j', '党', 'zh')).map(([query, front]): Op => ({ kind: 'grow', query, front })) },
    { weight: 1, arbitrary: fc.nat(30).map((budget): Op => ({ kind: 'warm', budget })) },
    { weight: 1, arbitrary: fc.constant<Op>({ kind: 'warm', budget: Infinity }) },
    { weight: 1, arbitrary: fc.constant<Op>({ kind: 'pinyin' }) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(5), fc.nat(5)).map(([drop, touch]): Op => ({ kind: 'edit', drop, touch })) },
  );

/** Entries that match nothing but the empty query: 401 of them keep a latin query from warming every key itself. */
const filler = (count: number): Snippet[] =>
  Array.from({ length: count }, (_, i) => ({ id: `~${i}`, title: '。', body: '', role: 'work', folder: '', tags: [], favorite: false, useCount: i % 3, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null, source: '' }));

const scenarioArb = fc
  .record({ library: libraryArb, pinyinFirst: fc.boolean(), warmFirst: fc.option(fc.nat(30)), large: fc.constantFrom(false, 'after', 'before') })
  .chain((s) => fc.array(opArb(s.library), { minLength: 1, maxLength: 8 }).map((ops) => ({ ...s, ops })));

const view = (hits: readonly SearchHit[]) => hits.map((h) => ({ id: h.snippet.id, score: h.score, titleRanges: h.titleRanges, bodyRanges: h.bodyRanges }));

let added = 0;
/** The library after some use (same updatedAt), some edits (newer updatedAt), deletions and additions. */
function edited(library: Snippet[], drop: number, touch: number): Snippet[] {
  const kept = library.filter((_, i) => drop === 0 || i % (drop + 1) !== 0);
  const changed = kept.map((s, i) =>
    i % (touch + 2) === 0 ? { ...s, lastUsedAt: (s.lastUsedAt ?? 0) + 1, useCount: s.useCount + 1, favorite: !s.favorite } : i % (touch + 3) === 1 ? { ...s, title: `${s.title}会议`, updatedAt: s.updatedAt + 1 } : s,
  );
  const copies = library.slice(0, touch).map((s) => ({ ...s, id: `${s.id}+${added++}`, title: `${s.title}调研` }));
  return [...copies, ...changed];
}

describe('SearchIndex.search matches the straightforward search', () => {
  it('gives the same ids, order, scores and title highlights', () => {
    fc.assert(
      fc.property(scenarioArb, ({ library, pinyinFirst, warmFirst, large, ops }) => {
        // The filler first puts the library's snippets at slots past the first few hundred.
        let current = large === 'after' ? [...library, ...filler(401)] : large === 'before' ? [...filler(401), ...library] : library;
        const fast = new SearchIndex();
        const ref = new ReferenceIndex();
        const both = (f: (index: SearchIndex | ReferenceIndex) => void) => [fast, ref].forEach(f);
        if (pinyinFirst) both((i) => i.usePinyin(pinyinKeys));
        both((i) => i.sync(current));
        /** Idle-time warming: keys for the next `budget` entries missing them, in both. */
        const warmBoth = (budget: number) =>
          both((i) => {
            let left = budget;
            i.warm(() => left-- > 0);
          });
        if (warmFirst !== null) warmBoth(warmFirst);
        // Highlights are read after the next operation, as a list renders after more keys are warm.
        let unread: { query: string; hits: SearchHit[]; expected: ReturnType<typeof view> }[] = [];
        const check = (query: string) => {
          const hits = [...fast.search(query)];
          const expected = view(ref.search(query));
          expect(hits.map((h) => [h.snippet.id, h.score]), JSON.stringify(query)).toEqual(expected.map((h) => [h.id, h.score]));
          expect(fast.pinyinComplete).toBe(ref.pinyinComplete);
          unread.push({ query, hits, expected });
        };
        const readHighlights = () => {
          for (const { query, hits, expected } of unread) expect(view(hits), JSON.stringify(query)).toEqual(expected);
          unread = [];
        };
        for (const op of ops) {
          if (op.kind === 'query') check(op.query);
          else if (op.kind === 'type') {
            for (let n = 1; n <= op.query.length; n++) {
              check(op.query.slice(0, n));
              warmBoth(op.warmBetween);
            }
          } else if (op.kind === 'grow') {
            check(op.query);
            check(op.front + op.query.trimStart());
          } else if (op.kind === 'warm') warmBoth(op.budget);
          else if (op.kind === 'pinyin') both((i) => i.usePinyin(pinyinKeys));
          else {
            current = edited(current, op.drop, op.touch);
            both((i) => i.sync(current));
          }
          readHighlights();
          expect(fast.size).toBe(ref.size);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('highlights from the pinyin keys the search saw, not keys made after it', () => {
    const library = [{ ...filler(1)[0]!, id: 'p', title: '党建', body: 'dang' }, ...filler(401)];
    const fast = new SearchIndex();
    fast.usePinyin(pinyinKeys);
    fast.sync(library);
    const [hit] = [...fast.search('dang')]; // 402 keys missing: matched in the body, by text
    fast.warm(() => true);
    expect(hit?.titleRanges).toEqual([]);
    expect([...fast.search('dang')][0]?.titleRanges).toEqual([{ start: 0, end: 1 }]);
  });

  it('keeps the last of two snippets with one id, as the Map did', () => {
    const [a] = filler(1);
    const library = [{ ...a!, id: 'x', title: '党建' }, { ...a!, id: 'x', title: '会议', updatedAt: 2 }, { ...a!, id: 'y', title: '党建会议' }];
    const fast = new SearchIndex();
    const ref = new ReferenceIndex();
    for (const i of [fast, ref]) i.sync(library);
    for (const query of ['', '党建', '会议']) expect(view([...fast.search(query)])).toEqual(view(ref.search(query)));
  });

  it('keeps the limit semantics of slice', () => {
    fc.assert(
      fc.property(libraryArb, fc.constantFrom('', 'd', '党', 'h'), fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(Infinity, NaN, 2.5, -0)), (library, query, limit) => {
        const fast = new SearchIndex();
        const ref = new ReferenceIndex();
        for (const i of [fast, ref]) {
          i.usePinyin(pinyinKeys);
          i.sync(library);
        }
        expect(view([...fast.search(query, limit)])).toEqual(view(ref.search(query, limit)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('rankAll', () => {
  it('orders by defaultOrderKey descending, element by element, then by id ascending', () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const ranked = rankAll(library);
        expect(ranked.map((h) => h.snippet.id).sort()).toEqual(library.map((s) => s.id).sort());
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!.snippet;
          const b = ranked[i]!.snippet;
          const [ka, kb] = [defaultOrderKey(a), defaultOrderKey(b)];
          const byKey = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
          expect(byKey > 0 || (byKey === 0 && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
        }
        // The index's empty query is the same order, with the same scores.
        const index = new SearchIndex();
        index.sync(library);
        expect(view([...index.search('')])).toEqual(view(ranked));
        const ref = new ReferenceIndex();
        ref.sync(library);
        expect(view(ranked)).toEqual(view(ref.search('')));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the key the database index is ordered by', () => {
    expect(defaultOrderKey({ useCount: 0, favorite: false, lastUsedAt: null, updatedAt: 5 })).toEqual([0, 0, 5]);
    expect(defaultOrderKey({ useCount: 3, favorite: true, lastUsedAt: 7, updatedAt: 5 })).toEqual([14, 7, 5]);
  });
});
