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
  snippet: Snippet;
  title: string;
  lower: string;
  keys: PinyinKeys | undefined;
  body: string;
  lowerBody: string;
  bodyKeys: BodyKeys | undefined;
}

/** Highlights worked out so far, with the query they come from. */
class Read {
  titles: Range[] | null = null;
  bodies: Range[] | null = null;
  constructor(readonly query: Query) {}
}

export class LazyHit implements SearchHit {
  snippet: Snippet;
  score: number;
  private readonly view: HitView;
  /** The query until a highlight is read, then what was read: one field, so hits stay small. */
  private state: Query | Read;

  constructor(view: HitView, score: number, query: Query) {
    this.snippet = view.snippet;
    this.score = score;
    this.view = view;
    this.state = query;
  }

  private read(): Read {
    return this.state instanceof Read ? this.state : (this.state = new Read(this.state));
  }

  /** Where term i matched the title (text first, then pinyin), or null. */
  private inTitle(query: Query, i: number): Range | null {
    const { title, lower, keys } = this.view;
    const term = query.terms[i]!;
    return (matchText(title, lower, term) ?? (query.latin[i] && keys ? matchPinyin(keys, term) : null))?.range ?? null;
  }

  /** For each term that matched the title, where it matched. */
  get titleRanges(): Range[] {
    const read = this.read();
    if (read.titles) return read.titles;
    const ranges: Range[] = [];
    for (let i = 0; i < read.query.terms.length; i++) {
      const range = this.inTitle(read.query, i);
      if (range) ranges.push(range);
    }
    return (read.titles = ranges);
  }

  /** For each term not in the title, where it is in the body: its text, else its pinyin. */
  get bodyRanges(): Range[] {
    const read = this.read();
    if (read.bodies) return read.bodies;
    const { body, lowerBody, bodyKeys } = this.view;
    const { terms, body: patterns } = read.query;
    const ranges: Range[] = [];
    for (let i = 0; i < terms.length; i++) {
      if (this.inTitle(read.query, i)) continue;
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
    return (read.bodies = ranges);
  }
}

