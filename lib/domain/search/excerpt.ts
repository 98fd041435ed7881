// A few words of a body around where a search matched it, for the list's row: a snippet found by
// its paragraph text says why it is listed. Read as the preview reads: a slot {{名称}} as 【名称】,
// a line break as a space. Only the start of a long body is read (up to the window's end).
import type { Range } from './match.ts';

export interface Excerpt {
  /** The words shown, with … where the body goes on before or after. */
  text: string;
  /** Character ranges of `text` to highlight. */
  ranges: Range[];
}

const ELLIPSIS = '…';

/**
 * The piece of `body` from `before` characters ahead of the earliest of `ranges` (character
 * ranges of the body), `length` characters long; null without ranges. Little comes before the
 * match: a row at 320 px and 特大 shows about eight characters.
 */
export function excerpt(body: string, ranges: readonly Range[], before = 3, length = 40): Excerpt | null {
  if (ranges.length === 0) return null;
  const first = Math.min(...ranges.map((r) => r.start));
  const from = Math.max(0, first - before);
  // One character more than shown, to know whether the body goes on and how a brace pair ends.
  const chars: string[] = [];
  let index = 0;
  for (const char of body) {
    if (index >= from + length + 1) break;
    if (index >= from) chars.push(char);
    index++;
  }
  const more = chars.length > length;
  let text = from > 0 ? ELLIPSIS : '';
  let at = text.length; // characters in `text`
  const out: Range[] = [];
  for (let i = 0; i < Math.min(chars.length, length); i++) {
    const char = chars[i]!;
    const pair = (char === '{' || char === '}') && chars[i + 1] === char;
    const shown = pair ? (char === '{' ? '【' : '】') : char === '\n' || char === '\r' ? ' ' : char;
    if (ranges.some((r) => from + i >= r.start && from + i < r.end)) {
      const last = out[out.length - 1];
      if (last && last.end === at) last.end = at + 1;
      else out.push({ start: at, end: at + 1 });
    }
    text += shown;
    at++;
    if (pair) i++; // the pair's second brace is part of the mark just written
  }
  return { text: more ? text + ELLIPSIS : text, ranges: out };
}

/** The text of each of `ranges` (character ranges of `text`), reading no further than the last. */
export function rangeTexts(text: string, ranges: readonly Range[]): string[] {
  if (ranges.length === 0) return [];
  const end = Math.max(...ranges.map((r) => r.end));
  const chars: string[] = [];
  for (const char of text) {
    if (chars.length >= end) break;
    chars.push(char);
  }
  return ranges.map((r) => chars.slice(r.start, r.end).join(''));
}

/** Where any of `needles` occurs in `text`, as code-unit ranges in order, overlaps merged. */
export function occurrences(text: string, needles: readonly string[]): Range[] {
  const found: Range[] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push({ start: at, end: at + needle.length });
  }
  found.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
