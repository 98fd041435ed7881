// Confirmation by observation: an insertion happened if every paragraph now occurs more often
// in the editor's text than before. A cancelled event or a true return value proves nothing.
import type { InsertTarget } from './adapter.ts';

export function contentText(target: InsertTarget): string {
  return target.kind === 'text-field' ? target.element.value : (target.element.innerText ?? target.element.textContent ?? '');
}

function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/** Compares whitespace-insensitively: editors may turn spaces into &nbsp; or wrap lines. */
const squash = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, '');

export function insertionObserved(before: string, after: string, paragraphs: readonly string[]): boolean {
  const b = squash(before);
  const a = squash(after);
  return paragraphs.every((p) => {
    const needle = squash(p);
    return needle === '' || occurrences(a, needle) > occurrences(b, needle);
  });
}
