// Pinyin of paragraph text (a snippet's body). Bodies are ten times a title and can run to tens of
// thousands of characters, so their keys are compact and line up with the body: one code unit per
// code unit of the body — for a Chinese character its initial (in `initials`) and its syllable as a
// number (in `syllables`), for anything else a space. No position map is kept: a match's place in
// the keys is its place in the body. A term never holds a space, so a match never runs over
// punctuation, digits, Latin text (matched as text already) or a line break.
// Full pinyin is matched through the syllable numbers: a term is split into syllables every way it
// can be (xian: xian or xi·an), the last one possibly unfinished (dangj: dang·j…), and each split is
// looked for by its initials, then checked syllable by syllable — about two bytes a character where
// the full pinyin, its syllable starts and a position map took about twelve.
import { latinLetters, type BodyKeys } from './fields.ts';
import { INITIALS, PINYIN, type Range } from './match.ts';
import type { PinyinKeys } from './pinyinKeys.ts';

const SPACE = 0x20;
/** Syllable numbers are written from this code unit on, clear of ASCII, so a space is never a syllable. */
export const SYLLABLE_CODES = 0x100;
/** …and end before the surrogates, so `syllables` is always well-formed text. */
const LAST = 0xd7ff;
/**
 * Pinyin is read for this many code units of a body at most: pinyin-pro takes ~0.5 µs a character,
 * so keys are made in slices of ~10 ms even for a whole imported report kept as one snippet.
 */
export const BODY_KEYS_MAX = 20_000;
/** Strings are made from code units this many at a time (a call takes only so many arguments). */
const CHUNK = 8192;

/** The syllables met so far in bodies, numbered in order of meeting; one per index. */
export class SyllableTable {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  /** The number of `syllable`, given one if new; -1 once the numbers have run out. */
  number(syllable: string): number {
    let n = this.numbers.get(syllable);
    if (n === undefined) {
      if (SYLLABLE_CODES + this.names.length > LAST) return -1;
      n = this.names.length;
      this.numbers.set(syllable, n);
      this.names.push(syllable);
    }
    return n;
  }

  /** How many syllables are numbered. */
  get size(): number {
    return this.names.length;
  }

  has(syllable: string): boolean {
    return this.numbers.has(syllable);
  }

  /** The code unit standing for a known syllable in BodyKeys.syllables. */
  code(syllable: string): number {
    return SYLLABLE_CODES + this.numbers.get(syllable)!;
  }

  /** 1 at SYLLABLE_CODES + n for each syllable n that starts with `prefix`; null when none does. */
  startingWith(prefix: string): Uint8Array | null {
    let mask: Uint8Array | null = null;
    this.names.forEach((name, n) => {
      if (name.startsWith(prefix)) (mask ??= new Uint8Array(SYLLABLE_CODES + this.names.length))[SYLLABLE_CODES + n] = 1;
    });
    return mask;
  }
}

function fromCodes(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, i + CHUNK)));
  // join makes one flat string (see fields.ts on ropes).
  return parts.join('');
}

/**
 * A body's keys from the pinyin keys of its first BODY_KEYS_MAX code units (pinyinKeys.ts, made for
 * the paragraph as a whole so that polyphones read in context: 调研 diaoyan, 调解 tiaojie). A
 * character is keyed when its pinyin is not itself (Latin letters and digits are; so is a
 * character pinyin-pro does not know) and it is one code unit.
 */
export function bodyKeys(body: string, keys: PinyinKeys, table: SyllableTable): BodyKeys {
  const initials = new Uint16Array(body.length).fill(SPACE);
  const syllables = new Uint16Array(body.length).fill(SPACE);
  let kept = 0;
  for (let unit = 0, char = 0; unit < body.length; char++) {
    const width = body.codePointAt(unit)! > 0xffff ? 2 : 1;
    if (keys.chars[kept] === char) {
      const syllable = keys.full.slice(keys.fullStarts[kept], keys.fullStarts[kept + 1]);
      const n = width === 1 && syllable !== '' && syllable !== body.charAt(unit).toLowerCase() ? table.number(syllable) : -1;
      if (n !== -1) {
        initials[unit] = syllable.charCodeAt(0);
        syllables[unit] = SYLLABLE_CODES + n;
      }
      kept++;
    }
    unit += width;
  }
  const initialsText = fromCodes(initials);
  return { initials: initialsText, syllables: fromCodes(syllables), letters: latinLetters(initialsText) };
}

/** One way of reading a term as syllables: the finished ones, and what the last one may be. */
export interface Split {
  /** The finished syllables' code units, in order. */
  whole: string;
  /** By code unit: 1 where the last (maybe unfinished) syllable may be that syllable. */
  last: Uint8Array;
}

/** The splits of a term that share one initials pattern: found by it, then checked. */
interface SplitGroup {
  initials: string;
  letters: number;
  splits: Split[];
}

/** A Latin term as body pinyin can match it: as initials, or as full pinyin through its splits. */
export interface BodyPattern {
  term: string;
  letters: number;
  full: SplitGroup[];
}

/**
 * Only terms of three letters or more are looked for in bodies' pinyin: one letter is among the
 * initials of nearly every paragraph, and two letters (dj) of about a quarter of them (2,800 more
 * hits at 10,000 bench snippets) — they would bury the titles' matches and say nothing.
 */
export const BODY_PINYIN_MIN = 3;
/**
 * Splits looked for per term, at most: a term read more ways than this (xianxianxian…) is longer
 * than anything typed as pinyin, and finding every reading would cost the keystroke.
 */
const MAX_SPLITS = 64;

/** How `term` can match body pinyin, with the syllables met so far; null when it cannot. */
export function bodyPattern(term: string, latin: boolean, table: SyllableTable): BodyPattern | null {
  if (!latin || term.length < BODY_PINYIN_MIN) return null;
  const groups = new Map<string, SplitGroup>();
  let count = 0;
  const split = (from: number, whole: string, initials: string) => {
    if (count >= MAX_SPLITS) return;
    const rest = term.slice(from);
    const last = table.startingWith(rest);
    if (last) {
      count++;
      const key = initials + rest.charAt(0);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { initials: key, letters: latinLetters(key), splits: [] }));
      group.splits.push({ whole, last });
    }
    // A finished syllable, then the rest: syllables are at most six letters.
    for (let end = from + 1; end < term.length && end - from <= 6; end++) {
      const syllable = term.slice(from, end);
      if (table.has(syllable)) split(end, whole + String.fromCharCode(table.code(syllable)), initials + syllable.charAt(0));
    }
  };
  split(0, '', '');
  return { term, letters: latinLetters(term), full: [...groups.values()] };
}

/** Whether `split` reads the syllables starting at `at`. */
function fits(syllables: string, at: number, split: Split): boolean {
  return syllables.startsWith(split.whole, at) && split.last[syllables.charCodeAt(at + split.whole.length)] === 1;
}

/** Whether some split of the group reads the syllables at `at`. */
function groupFits(syllables: string, at: number, group: SplitGroup): boolean {
  for (const split of group.splits) if (fits(syllables, at, split)) return true;
  return false;
}

/** Whether `split` (of a group with these initials) reads the syllables somewhere in `keys`. */
export function splitMatches(keys: BodyKeys, initials: string, split: Split): boolean {
  for (let at = keys.initials.indexOf(initials); at !== -1; at = keys.initials.indexOf(initials, at + 1)) if (fits(keys.syllables, at, split)) return true;
  return false;
}

/** Where the full-pinyin match that starts first begins, with its length; null without one. */
function firstFull(keys: BodyKeys, pattern: BodyPattern): Range | null {
  let best: Range | null = null;
  for (const group of pattern.full) {
    if ((keys.letters & group.letters) !== group.letters) continue;
    for (let at = keys.initials.indexOf(group.initials); at !== -1 && (best === null || at < best.start); at = keys.initials.indexOf(group.initials, at + 1)) {
      if (groupFits(keys.syllables, at, group)) {
        best = { start: at, end: at + group.initials.length };
        break;
      }
    }
  }
  return best;
}

/** How the pattern matches these keys: PINYIN (full pinyin, preferred), INITIALS, or -1. */
export function bodyMatchKind(keys: BodyKeys, pattern: BodyPattern): number {
  for (const group of pattern.full) {
    if ((keys.letters & group.letters) !== group.letters) continue;
    for (let at = keys.initials.indexOf(group.initials); at !== -1; at = keys.initials.indexOf(group.initials, at + 1)) {
      if (groupFits(keys.syllables, at, group)) return PINYIN;
    }
  }
  return (keys.letters & pattern.letters) === pattern.letters && keys.initials.includes(pattern.term) ? INITIALS : -1;
}

/** The code units of the body the pattern matches first (full pinyin preferred), or null. */
export function bodyMatchRange(keys: BodyKeys, pattern: BodyPattern): Range | null {
  const full = firstFull(keys, pattern);
  if (full) return full;
  const at = (keys.letters & pattern.letters) === pattern.letters ? keys.initials.indexOf(pattern.term) : -1;
  return at === -1 ? null : { start: at, end: at + pattern.term.length };
}
