// Throwaway searches run once in the background, before the user's first keystroke, so the engine has
// compiled the paths a keystroke takes: typing a title as a user would — its pinyin initials and
// then its characters, one more each time — goes through a search of the whole library, the
// narrowing of the last one's hits, and the one-by-one scoring of a few hundred.
import type { PinyinKeys } from './pinyinKeys.ts';

/** How many letters or characters of the title are typed. */
const TYPED = 4;

const prefixes = (units: readonly string[]) => units.slice(0, TYPED).map((_, i) => units.slice(0, i + 1).join(''));

/** The queries a user typing `title` would make, in order: initials first when there are keys. */
export function primingQueries(title: string, keys: PinyinKeys | null): string[] {
  const typed = prefixes(Array.from(title.trim()));
  return [...(keys ? prefixes(Array.from(keys.initials)) : []), ...(typed.length > 0 ? typed : ['的'])];
}
