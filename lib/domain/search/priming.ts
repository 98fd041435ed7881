// Throwaway searches run once in the background, before the user's first keystroke, so the engine has
// compiled the paths a keystroke takes: typing a title as a user would — its pinyin initials and
// then its characters, one more each time — goes through a search of the whole library, the
// narrowing of the last one's hits, and the one-by-one scoring of a few hundred.
import type { PinyinKeys } from './pinyinKeys.ts';

/** How many letters or characters of the title are typed. */
const TYPED = 4;

const prefixes = (units: readonly string[]) => units.slice(0, TYPED).map((_, i) => units.slice(0, i + 1).join(''));

/**
 * The queries a user typing `title` would make, in order: initials first when there are keys. With
 * the keys of a phrase from a paragraph (bodyPhrase), its initials last: a match found only in a
 * paragraph takes other paths (its pinyin ranges, the row's excerpt), which a title never runs.
 */
export function primingQueries(title: string, keys: PinyinKeys | null, phraseKeys: PinyinKeys | null = null): string[] {
  const typed = prefixes(Array.from(title.trim()));
  const phrase = phraseKeys ? Array.from(phraseKeys.initials).slice(0, TYPED).join('') : '';
  return [...(keys ? prefixes(Array.from(keys.initials)) : []), ...(typed.length > 0 ? typed : ['的']), ...(phrase ? [phrase] : [])];
}

/** Four Chinese characters in a row from the paragraphs, none of them in the title; null if none. */
export function bodyPhrase(title: string, body: string): string | null {
  for (const [run] of body.matchAll(/\p{Script=Han}{4,}/gu)) {
    const chars = Array.from(run);
    for (let i = 0; i + TYPED <= chars.length; i++) {
      const phrase = chars.slice(i, i + TYPED);
      if (!phrase.some((c) => title.includes(c))) return phrase.join('');
    }
  }
  return null;
}
