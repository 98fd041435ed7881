// Confirmation by observation: an insertion happened if every paragraph now occurs more often
// in the editor's text than before. A cancelled event or a true return value proves nothing.
import type { InsertTarget } from './adapter.ts';

export function contentText(target: InsertTarget): string {
  return target.kind === 'text-field' ? target.element.value : (target.element.innerText ?? target.element.textContent ?? '');
}

/**
 * The tree an editable lives in: its shadow root, or its document. The text may show there rather
 * than in the editable itself, and a route that put it there must end the chain, or the next one
 * would insert it a second time: block editors (Editor.js and its kind) make each paragraph an
 * editable of its own and paste new blocks beside the focused one; code editors (CodeMirror 5,
 * Ace) take what is typed into a hidden textarea, draw it in their own DOM and empty the textarea.
 */
export function surroundings(target: InsertTarget): Node {
  const root = target.element.getRootNode();
  return root.nodeType === Node.DOCUMENT_NODE ? ((root as Document).body ?? (root as Document).documentElement ?? root) : root;
}

/** The text of surroundings(): textContent, since innerText would lay out a whole large page. */
export function surroundingText(target: InsertTarget): string {
  const root = surroundings(target);
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? Array.from(root.childNodes, (n) => n.textContent ?? '').join('') : (root.textContent ?? '');
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
