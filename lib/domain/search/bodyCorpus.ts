// Bodies' pinyin, searched for all snippets at once. Joining bodies' initials into one string, as
// titles' are (corpus.ts), made each term cost a scan of ~1.3 MB at 10,000 snippets (2–4 ms, and
// one more per way a term splits into syllables): initials are few letters, so a pattern's first
// letter turns up every few characters. Instead, sets of snippets as bitsets: for each syllable,
// the snippets whose body has it, and for each of BUCKETS groups of three initials in a row (djz,
// jzt … hashed), the snippets whose body has one of the group. A term's candidates are the AND of
// its threes' sets; a split's, the AND of its syllables' sets (with the OR over what an unfinished
// last one may be) — exact for one syllable. Only the remaining candidates are checked in their
// own keys. At 10,000 snippets the sets take 1.25 kB each: 1.3 MB for the threes, and one per
// syllable met (a few hundred).
import { splitMatches, SYLLABLE_CODES, type BodyPattern } from './bodyPinyin.ts';
import type { BodyKeys } from './fields.ts';

const A = 97;
const LETTERS = 26;
/**
 * Sets for threes of initials. A body of 130 characters has ~110 threes, so a set holds a given
 * snippet for one three in ten it lacks: 4 of 5 candidates a pair filter let through are gone.
 */
const BUCKETS = 1024;

/** The set of the three initials at `at`, or -1 when one is not a letter a–z. */
function threeAt(text: string, at: number): number {
  const a = text.charCodeAt(at) - A;
  const b = text.charCodeAt(at + 1) - A;
  const c = text.charCodeAt(at + 2) - A;
  if (a < 0 || a >= LETTERS || b < 0 || b >= LETTERS || c < 0 || c >= LETTERS) return -1;
  return Math.imul((a * LETTERS + b) * LETTERS + c, 0x9e3779b1) >>> 22;
}

export class BodyCorpus {
  /** 32-bit words per set. */
  private readonly words: number;
  private readonly threes: Uint32Array;
  private readonly syllables: Uint32Array;
  private readonly syllableCount: number;
  private readonly keys: readonly (BodyKeys | undefined)[];
  /** Scratch: the candidates being worked out, and one syllable's OR. */
  private readonly found: Uint32Array;
  private readonly either: Uint32Array;

  /** `keys`: each slot's body keys; `syllableCount`: how many syllables were numbered then. */
  constructor(keys: readonly (BodyKeys | undefined)[], syllableCount: number) {
    const words = (this.words = Math.ceil(keys.length / 32));
    this.keys = keys;
    this.syllableCount = syllableCount;
    this.threes = new Uint32Array(BUCKETS * words);
    this.syllables = new Uint32Array(syllableCount * words);
    this.found = new Uint32Array(words);
    this.either = new Uint32Array(words);
    keys.forEach((k, slot) => {
      if (!k) return;
      const word = slot >>> 5;
      const bit = 1 << (slot & 31);
      const { initials, syllables } = k;
      for (let at = 0; at < initials.length; at++) {
        const n = syllables.charCodeAt(at) - SYLLABLE_CODES;
        if (n < 0 || n >= syllableCount) continue;
        this.syllables[n * words + word]! |= bit;
        const three = threeAt(initials, at);
        if (three !== -1) this.threes[three * words + word]! |= bit;
      }
    });
  }

  /** Sets `found` to the snippets that may hold every three of initials in `initials` (all, for fewer letters). */
  private withThrees(initials: string): void {
    const { found, threes, words } = this;
    found.fill(0xffffffff);
    for (let at = 0; at + 2 < initials.length; at++) {
      const three = threeAt(initials, at);
      if (three === -1) return void found.fill(0);
      for (let w = 0; w < words; w++) found[w]! &= threes[three * words + w]!;
    }
  }

  /** ANDs into `found` the snippets holding syllable `code` (none, for a syllable numbered since). */
  private andSyllable(code: number): void {
    const n = code - SYLLABLE_CODES;
    const { found, syllables, words } = this;
    if (n >= this.syllableCount) return void found.fill(0);
    for (let w = 0; w < words; w++) found[w]! &= syllables[n * words + w]!;
  }

  /** ANDs into `found` the snippets holding any syllable `last` marks. */
  private andAnySyllable(last: Uint8Array): void {
    const { either, syllables, words } = this;
    either.fill(0);
    const end = Math.min(last.length, SYLLABLE_CODES + this.syllableCount);
    for (let code = SYLLABLE_CODES; code < end; code++) {
      if (last[code] !== 1) continue;
      const from = (code - SYLLABLE_CODES) * words;
      for (let w = 0; w < words; w++) either[w]! |= syllables[from + w]!;
    }
    for (let w = 0; w < words; w++) this.found[w]! &= either[w]!;
  }

  /** For each candidate in `found` not yet scored that `fits` (when given) accepts, sets its score. */
  private markFound(scores: Float64Array, weight: number, fits: ((keys: BodyKeys) => boolean) | null): void {
    const { found, keys } = this;
    const n = keys.length;
    for (let w = 0; w < found.length; w++) {
      let bits = found[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const slot = (w << 5) + 31 - Math.clz32(low);
        if (slot >= n || scores[slot] !== -1) continue;
        if (fits === null || fits(keys[slot]!)) scores[slot] = weight;
      }
    }
  }

  /** Scores the snippets not yet scored whose body matches `pattern`: full pinyin, then initials. */
  mark(pattern: BodyPattern, scores: Float64Array, pinyinWeight: number, initialsWeight: number): void {
    for (const group of pattern.full) {
      for (const split of group.splits) {
        this.withThrees(group.initials);
        for (let at = 0; at < split.whole.length; at++) this.andSyllable(split.whole.charCodeAt(at));
        this.andAnySyllable(split.last);
        // One syllable: holding it is matching it.
        const one = split.whole.length === 0;
        this.markFound(scores, pinyinWeight, one ? null : (k) => splitMatches(k, group.initials, split));
      }
    }
    this.withThrees(pattern.term);
    this.markFound(scores, initialsWeight, (k) => k.initials.includes(pattern.term));
  }
}
