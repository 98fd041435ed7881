// A search result. The list shows about twenty rows of thousands of hits, so the highlights are
// worked out only when a row reads them, from what the search saw: a snapshot of the title and the
// body (as written, lowercased, and their pinyin keys then — keys made later must not add highlights).
import type { Snippet } from '../schemas.ts';
import { bodyMatchRange } from './bodyPinyin.ts';
import type { BodyKeys } from './fields.ts';
import { charIndex, matchPinyin, matchText, type Range } from './match.ts';
import type { PinyinKeys } from './pinyinKeys.ts';
import type { Query } from './score.ts';

export interface SearchHit {
  snippet: Snippet;
  score: number;
  /** Character ranges of the title to highlight. */
  readonly titleRanges: Range[];
  /**
   * Character ranges of the body to highlight: where each term that is not in the title is in the
   * body (by text, else by pinyin), so the list can show why a snippet is there.
   */
  readonly bodyRanges: Range[];
}

/** A snippet as a search saw it; replaced, never changed, when the snippet or its keys change. */
export interface HitView {
  title: string;
  lower: string;
  keys: PinyinKeys | undefined;
  body: string;
  lowerBody: string;
  bodyKeys: BodyKeys | undefined;
}

export class LazyHit implements SearchHit {
  snippet: Snippet;
  score: number;
  private readonly view: HitView;
  private readonly query: Query;
  /** Worked out when first read. */
  private titles: Range[] | null = null;
  private bodies: Range[] | null = null;

  constructor(snippet: Snippet, score: number, view: HitView, query: Query) {
    this.snippet = snippet;
    this.score = score;
    this.view = view;
    this.query = query;
  }

  /** Where term i matched the title (text first, then pinyin), or null. */
  private inTitle(i: number): Range | null {
    const { title, lower, keys } = this.view;
    const term = this.query.terms[i]!;
    return (matchText(title, lower, term) ?? (this.query.latin[i] && keys ? matchPinyin(keys, term) : null))?.range ?? null;
  }

  /** For each term that matched the title, where it matched. */
  get titleRanges(): Range[] {
    if (this.titles) return this.titles;
    const ranges: Range[] = [];
    for (let i = 0; i < this.query.terms.length; i++) {
      const range = this.inTitle(i);
      if (range) ranges.push(range);
    }
    return (this.titles = ranges);
  }

  /** For each term not in the title, where it is in the body: its text, else its pinyin. */
  get bodyRanges(): Range[] {
    if (this.bodies) return this.bodies;
    const { body, lowerBody, bodyKeys } = this.view;
    const { terms, body: patterns } = this.query;
    const ranges: Range[] = [];
    for (let i = 0; i < terms.length; i++) {
      if (this.inTitle(i)) continue;
      const text = matchText(body, lowerBody, terms[i]!);
      if (text) {
        ranges.push(text.range);
        continue;
      }
      const pattern = patterns?.[i];
      const units = pattern && bodyKeys ? bodyMatchRange(bodyKeys, pattern) : null;
      // Keys are per code unit, highlights count characters; a match is all one-unit characters.
      const start = units ? charIndex(body, units.start) : 0;
      if (units) ranges.push({ start, end: start + units.end - units.start });
    }
    return (this.bodies = ranges);
  }
}
