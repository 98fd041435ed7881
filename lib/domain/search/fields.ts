// What scoring reads of a snippet, prepared once per snippet rather than per keystroke: each field
// lowercased, in one piece, and for the short ones (title, meta, pinyin keys, a body's initials) the
// set of Latin letters they contain. A term can only occur in a field holding all of its letters, so most
// string searches for Latin terms (d, zh, zhu) in Chinese titles are skipped by one bitwise test.
import type { PinyinKeys } from './pinyinKeys.ts';

const ANY_LATIN = /[a-z]/;

/** Bit i set when the letter `a` + i occurs in `text`. */
export function latinLetters(text: string): number {
  // Most titles are Chinese: one native scan answers for them.
  if (!ANY_LATIN.test(text)) return 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) letters |= 1 << c;
  }
  return letters;
}

/**
 * The same text as one flat string. Keys are built with `+=`, which V8 keeps as a chain of pieces
 * (a rope); every indexOf on a rope first walks it, which doubled the cost of a search.
 */
function flat(text: string): string {
  return text.split('').join('');
}

/** A field's pinyin keys, flattened, with the letters of its initials and of its full pinyin. */
export interface FieldKeys extends PinyinKeys {
  initialsLetters: number;
  fullLetters: number;
}

export function fieldKeys(keys: PinyinKeys): FieldKeys {
  const initials = flat(keys.initials);
  const full = flat(keys.full);
  return { initials, full, fullStarts: keys.fullStarts, chars: keys.chars, initialsLetters: latinLetters(initials), fullLetters: latinLetters(full) };
}

/** A body's pinyin keys: see bodyPinyin.ts. */
export interface BodyKeys {
  /** Per code unit of the body: a Chinese character's pinyin initial, else a space. */
  initials: string;
  /** Per code unit of the body: a Chinese character's syllable as a number (bodyPinyin.ts), else a space. */
  syllables: string;
  /** The Latin letters among `initials`. */
  letters: number;
}

/** A snippet's searchable fields. */
export interface Fields {
  /** title and meta (folder and tags), lowercased, with their Latin letters; body, lowercased. */
  title: string;
  titleLetters: number;
  meta: string;
  metaLetters: number;
  body: string;
  /** Pinyin keys of title and meta, once made. */
  keys: { title: FieldKeys; meta: FieldKeys } | undefined;
  /** Pinyin keys of the body, once made (after every title's and meta's: they cost ten times more). */
  bodyKeys: BodyKeys | undefined;
}
