// Pinyin keys for a short text (a title, a folder, a tag): the initials and the full pinyin of
// its letters, digits and Chinese characters — punctuation and spaces skipped, because nobody
// types the colon in 结尾：表态 — with a map back to character positions for highlighting.
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** One letter per kept character: its pinyin initial, or itself lowercased. */
  initials: string;
  /** Full pinyin without tones of the kept characters, concatenated. */
  full: string;
  /** For each kept character, where its syllable starts in `full`, plus the end of `full`. */
  fullStarts: number[];
  /** For each kept character, its index among the text's characters. */
  chars: number[];
}

const WORD = /[\p{L}\p{N}]/u;

export function pinyinKeys(text: string): PinyinKeys {
  const chars = Array.from(text);
  const syllables = pinyin(text, { toneType: 'none', type: 'array' });
  // One entry per character is what pinyin-pro returns; use the characters if that ever differs.
  const parts = syllables.length === chars.length ? syllables : chars;
  const keys: PinyinKeys = { initials: '', full: '', fullStarts: [], chars: [] };
  parts.forEach((part, i) => {
    if (!WORD.test(chars[i] ?? '')) return;
    const lower = part.toLowerCase();
    keys.fullStarts.push(keys.full.length);
    keys.chars.push(i);
    keys.full += lower;
    keys.initials += lower.charAt(0);
  });
  keys.fullStarts.push(keys.full.length);
  return keys;
}
