// A snippet's folder and tags, searched as one field, keyed for pinyin part by part and joined by a
// kept space that no term holds: initials then never run from the folder into a tag or from one
// tag into the next (述职报告/党建 and 主体责任 read as …djztzr matched djzt, and nothing showed why).
import type { PinyinKeys } from './pinyinKeys.ts';

/** The folder and tags, lowercased: the parts of the meta field (joined by spaces). */
export function metaParts(folder: string, tags: readonly string[]): string[] {
  return [folder, ...tags].map((part) => part.toLowerCase());
}

/** Keys of `parts` joined by spaces, each part keyed alone; the spaces are kept characters. */
export function metaKeys(parts: readonly string[], keyer: (text: string) => PinyinKeys): PinyinKeys {
  const joined: PinyinKeys = { initials: '', full: '', fullStarts: [], chars: [] };
  let char = 0;
  parts.forEach((part, p) => {
    if (p > 0) {
      joined.fullStarts.push(joined.full.length);
      joined.chars.push(char++);
      joined.initials += ' ';
      joined.full += ' ';
    }
    const keys = keyer(part);
    keys.chars.forEach((c, k) => {
      joined.fullStarts.push(joined.full.length + keys.fullStarts[k]!);
      joined.chars.push(char + c);
    });
    joined.initials += keys.initials;
    joined.full += keys.full;
    char += Array.from(part).length;
  });
  joined.fullStarts.push(joined.full.length);
  return joined;
}
