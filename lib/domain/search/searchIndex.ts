// The snippet search index: built once, updated per snippet when it changes (keyed by its
// updatedAt), queried on every keystroke. Ranks title over folder/tags over body, then used over
// unused, favourites and recent first.
import type { Snippet } from '../schemas.ts';
import { matchPinyin, matchText, type FieldMatch, type Range } from './match.ts';
import type { PinyinKeys } from './pinyinKeys.ts';

/** Computes pinyin keys; passed in so the pinyin dictionary can load after the panel is up. */
export type PinyinKeyer = (text: string) => PinyinKeys;

interface Entry {
  snippet: Snippet;
  version: number;
  title: string;
  meta: string;
  body: string;
  /** Filled lazily: by warm() in idle time, or on the first pinyin query that needs them. */
  keys?: { title: PinyinKeys; meta: PinyinKeys };
}

export interface SearchHit {
  snippet: Snippet;
  score: number;
  /** Character ranges of the title to highlight. */
  titleRanges: Range[];
}

const FIELD_WEIGHT = { title: 100, meta: 50, body: 20 } as const;
const KIND_WEIGHT = { text: 1, pinyin: 0.9, initials: 0.8 } as const;

export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  private keyer: PinyinKeyer | null = null;
  /** The last query's terms and matching entries: a longer query only looks among those. */
  private last: { terms: string[]; entries: Entry[]; complete: boolean } | null = null;

  /** Turns on pinyin matching. Without it, queries match text only. */
  usePinyin(keyer: PinyinKeyer): void {
    this.keyer = keyer;
    this.last = null;
  }

  /** Computes missing pinyin keys until `hasTime()` says stop; true when every entry has them. */
  warm(hasTime: () => boolean): boolean {
    if (!this.keyer) return false;
    for (const entry of this.entries.values()) {
      if (entry.keys) continue;
      if (!hasTime()) return false;
      this.keysOf(entry);
    }
    return true;
  }

  /** True when every entry has its pinyin keys, so pinyin queries see the whole library. */
  get pinyinComplete(): boolean {
    return this.keyer !== null && this.missingKeys() === 0;
  }

  private missingKeys(): number {
    let missing = 0;
    for (const entry of this.entries.values()) if (!entry.keys) missing++;
    return missing;
  }

  /** Brings the index in line with the library: adds, refreshes and drops snippets. */
  sync(snippets: readonly Snippet[]): void {
    const live = new Set<string>();
    for (const snippet of snippets) {
      live.add(snippet.id);
      const current = this.entries.get(snippet.id);
      if (current?.version === snippet.updatedAt) current.snippet = snippet;
      else this.entries.set(snippet.id, entryOf(snippet));
    }
    for (const id of this.entries.keys()) if (!live.has(id)) this.entries.delete(id);
    this.last = null;
  }

  /** All snippets matching every term of the query, best first; all snippets for an empty query. */
  search(query: string, limit = Infinity): SearchHit[] {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    const matched: Entry[] = [];
    // Pinyin keys are used only where ready, so a keystroke never waits long: a few missing ones
    // are made now, many are left to warm() in idle time.
    if (this.keyer && terms.some((t) => LATIN.test(t)) && this.missingKeys() <= SYNC_KEYS) this.warm(() => true);
    const complete = this.pinyinComplete;
    for (const entry of this.candidates(terms, complete)) {
      const hit = terms.length === 0 ? { score: 0, titleRanges: [] } : scoreEntry(entry, terms, () => entry.keys);
      if (!hit) continue;
      matched.push(entry);
      hits.push({ snippet: entry.snippet, score: hit.score + usageBoost(entry.snippet), titleRanges: hit.titleRanges });
    }
    this.last = { terms, entries: matched, complete };
    return rank(hits, limit);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Entries worth scoring: when each term extends the last query's term in the same place (typing
   * d → dj → djz), only the last query's hits can match, since every match kind is a substring.
   */
  private candidates(terms: string[], complete: boolean): Iterable<Entry> {
    const last = this.last;
    const narrows =
      last !== null &&
      last.complete === complete &&
      last.terms.length > 0 &&
      last.terms.length <= terms.length &&
      last.terms.every((t, i) => terms[i]!.includes(t));
    return narrows ? last.entries : this.entries.values();
  }

  private keysOf(entry: Entry): Entry['keys'] {
    if (!entry.keys && this.keyer) entry.keys = { title: this.keyer(entry.snippet.title), meta: this.keyer(entry.meta) };
    return entry.keys;
  }
}

function rank(hits: SearchHit[], limit = Infinity): SearchHit[] {
  hits.sort((a, b) => b.score - a.score || (b.snippet.lastUsedAt ?? 0) - (a.snippet.lastUsedAt ?? 0) || b.snippet.updatedAt - a.snippet.updatedAt);
  return Number.isFinite(limit) ? hits.slice(0, limit) : hits;
}

/** The whole library in the order an empty query gives, without building an index. */
export function rankAll(snippets: readonly Snippet[]): SearchHit[] {
  return rank(snippets.map((snippet) => ({ snippet, score: usageBoost(snippet), titleRanges: [] })));
}

function entryOf(snippet: Snippet): Entry {
  const meta = [snippet.folder, ...snippet.tags].join(' ');
  return {
    snippet,
    version: snippet.updatedAt,
    title: snippet.title.toLowerCase(),
    meta: meta.toLowerCase(),
    body: snippet.body.toLowerCase(),
  };
}

const LATIN = /^[a-z]+$/;
/** How many entries' pinyin keys a search may compute on the spot (about 1 ms per 40 titles). */
const SYNC_KEYS = 400;

function scoreEntry(entry: Entry, terms: string[], keys: () => Entry['keys']): { score: number; titleRanges: Range[] } | null {
  let score = 0;
  const titleRanges: Range[] = [];
  for (const term of terms) {
    // Pinyin keys are only looked at (and made) for Latin-letter terms.
    const pinyin = LATIN.test(term) ? keys() : undefined;
    const inTitle = matchText(entry.snippet.title, entry.title, term) ?? (pinyin ? matchPinyin(pinyin.title, term) : null);
    if (inTitle) {
      score += weigh('title', inTitle);
      titleRanges.push(inTitle.range);
      continue;
    }
    const inMeta = matchText(entry.meta, entry.meta, term) ?? (pinyin ? matchPinyin(pinyin.meta, term) : null);
    if (inMeta) {
      score += weigh('meta', inMeta);
      continue;
    }
    if (entry.body.includes(term)) {
      score += FIELD_WEIGHT.body;
      continue;
    }
    return null;
  }
  return { score, titleRanges };
}

function weigh(field: keyof typeof FIELD_WEIGHT, match: FieldMatch): number {
  // A match at the start of the field reads as what the user meant.
  const atStart = match.range.start === 0 ? 10 : 0;
  return FIELD_WEIGHT[field] * KIND_WEIGHT[match.kind] + atStart;
}

function usageBoost(snippet: Snippet): number {
  return Math.min(15, Math.log2(1 + snippet.useCount) * 3) + (snippet.favorite ? 8 : 0);
}
