// Matching one query term against one field: Chinese or any literal text as a substring; Latin
// letters also as pinyin initials (djzt → 党建专题) or full pinyin from a syllable start
// (dangjian → 党建). Returns the matched character range, for highlighting.
import type { PinyinKeys } from './pinyinKeys.ts';

export interface Range {
  start: number;
  end: number;
}

export type MatchKind = 'text' | 'pinyin' | 'initials';

export interface FieldMatch {
  kind: MatchKind;
  range: Range;
}

const LATIN = /^[a-z]+$/;

/** Whether a (lowercased) term can match pinyin: only Latin letters can. */
export function isLatin(term: string): boolean {
  return LATIN.test(term);
}

/** Index of a code-unit offset in characters (surrogate pairs count once). */
export function charIndex(text: string, offset: number): number {
  return Array.from(text.slice(0, offset)).length;
}

export function matchText(text: string, lowerText: string, term: string): FieldMatch | null {
  const at = lowerText.indexOf(term);
  if (at === -1) return null;
  const start = charIndex(text, at);
  return { kind: 'text', range: { start, end: start + Array.from(term).length } };
}

/** Match kinds as numbers, for scoring without strings: text, and as `locatePinyin` packs them. */
export const TEXT = 0;
export const PINYIN = 1;
export const INITIALS = 2;

/**
 * Where a Latin term matches pinyin keys, packed as `first * 4 + kind` (first = the index of the
 * first kept character matched, kind = PINYIN or INITIALS), or -1. One number, so scoring ten
 * thousand entries per keystroke allocates nothing; matchPinyin unpacks it into a range.
 */
export function locatePinyin(keys: PinyinKeys, term: string): number {
  // One letter is read as an initial: a full-pinyin match could only win where the initials lack
  // the letter, but a letter starting a syllable is that syllable's initial (an empty syllable
  // starts where the next one does, which carries the letter), so the initials alone decide.
  if (term.length === 1) {
    const at = keys.initials.indexOf(term);
    return at === -1 ? -1 : at * 4 + INITIALS;
  }
  // Full pinyin must start where a syllable starts, so "ian" does not match inside "jian"; longer
  // terms prefer the full-pinyin span over initials.
  for (let from = keys.full.indexOf(term); from !== -1; from = keys.full.indexOf(term, from + 1)) {
    const first = keys.fullStarts.indexOf(from);
    if (first !== -1) return first * 4 + PINYIN;
  }
  const at = keys.initials.indexOf(term);
  return at === -1 ? -1 : at * 4 + INITIALS;
}

/** The character range covered by kept characters first … last. */
function charRange(keys: PinyinKeys, first: number, last: number): Range {
  return { start: keys.chars[first]!, end: keys.chars[last]! + 1 };
}

export function matchPinyin(keys: PinyinKeys, term: string): FieldMatch | null {
  if (!LATIN.test(term)) return null;
  const found = locatePinyin(keys, term);
  if (found === -1) return null;
  const first = found >> 2;
  if ((found & 3) === INITIALS) return { kind: 'initials', range: charRange(keys, first, first + term.length - 1) };
  const from = keys.fullStarts[first]!;
  let last = first;
  while (keys.fullStarts[last + 1]! < from + term.length) last++;
  return { kind: 'pinyin', range: charRange(keys, first, last) };
}
