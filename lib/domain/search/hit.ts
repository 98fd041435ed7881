// A search result. The list shows about twenty rows of thousands of hits, so the title highlights
// are worked out only when a row reads them, from what the search saw: a snapshot of the title (as
// written, lowercased, and its pinyin keys then — keys made later must not add highlights).
import type { Snippet } from '../schemas.ts';
import { matchPinyin, matchText, type Range } from './match.ts';
import type { PinyinKeys } from './pinyinKeys.ts';
import type { Query } from './score.ts';

export interface SearchHit {
  snippet: Snippet;
  score: number;
  /** Character ranges of the title to highlight. */
  readonly titleRanges: Range[];
}

/** A title as a search saw it; replaced, never changed, when the snippet or its keys change. */
export interface TitleView {
  title: string;
  lower: string;
  keys: PinyinKeys | undefined;
}

export class LazyHit implements SearchHit {
  snippet: Snippet;
  score: number;
  private readonly view: TitleView;
  /** The query until the highlights are read, then the highlights: one field, so hits stay small. */
  private queryOrRanges: Query | Range[];

  constructor(snippet: Snippet, score: number, view: TitleView, query: Query) {
    this.snippet = snippet;
    this.score = score;
    this.view = view;
    this.queryOrRanges = query;
  }

  /** For each term that matched the title (text first, then pinyin), where it matched. */
  get titleRanges(): Range[] {
    if (Array.isArray(this.queryOrRanges)) return this.queryOrRanges;
    const { terms, latin } = this.queryOrRanges;
    const { title, lower, keys } = this.view;
    const ranges: Range[] = [];
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const match = matchText(title, lower, term) ?? (latin[i] && keys ? matchPinyin(keys, term) : null);
      if (match) ranges.push(match.range);
    }
    return (this.queryOrRanges = ranges);
  }
}
