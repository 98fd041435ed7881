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

/** Index of a code-unit offset in characters (surrogate pairs count once). */
function charIndex(text: string, offset: number): number {
  return Array.from(text.slice(0, offset)).length;
}

export function matchText(text: string, lowerText: string, term: string): FieldMatch | null {
  const at = lowerText.indexOf(term);
  if (at === -1) return null;
  const start = charIndex(text, at);
  return { kind: 'text', range: { start, end: start + Array.from(term).length } };
}

/** The character range covered by kept characters first … last. */
function charRange(keys: PinyinKeys, first: number, last: number): Range {
  return { start: keys.chars[first]!, end: keys.chars[last]! + 1 };
}

export function matchPinyin(keys: PinyinKeys, term: string): FieldMatch | null {
  if (!LATIN.test(term)) return null;
  const initialsAt = keys.initials.indexOf(term);
  // Full pinyin must start where a syllable starts, so "ian" does not match inside "jian".
  for (let from = keys.full.indexOf(term); from !== -1; from = keys.full.indexOf(term, from + 1)) {
    const first = keys.fullStarts.indexOf(from);
    if (first === -1) continue;
    let last = first;
    while (keys.fullStarts[last + 1]! < from + term.length) last++;
    // A single letter is better read as an initial; longer terms prefer the full-pinyin span.
    if (term.length > 1 || initialsAt === -1) return { kind: 'pinyin', range: charRange(keys, first, last) };
  }
  if (initialsAt !== -1) return { kind: 'initials', range: charRange(keys, initialsAt, initialsAt + term.length - 1) };
  return null;
}
