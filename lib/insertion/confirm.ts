// Confirmation by observation: an insertion happened if every paragraph now occurs more often
// in the editor's text than before. A cancelled event or a true return value proves nothing.
import type { InsertTarget } from './adapter.ts';
import { isTextField } from './editable.ts';

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

/** A place to type in, with its text when the insertion began. */
export interface OtherField {
  element: Element;
  text: string;
}

/** Enough for any form; a page with more fields than this is not scanned further. */
const MAX_OTHER_FIELDS = 200;

const fieldText = (el: Element): string => (isTextField(el) ? el.value : (el.textContent ?? ''));

/**
 * The other places to type in around the editable — text fields and contenteditable roots that
 * neither hold it nor lie inside it — with their text now. Text seen around the editable counts
 * as inserted only if none of these took it: an editor API that picked another instance of the
 * page (CKEditor 4 inline beside a divarea one did) put it in the wrong field, which is no success.
 * Blocks a block editor adds are new elements, so they are not among these.
 */
export function otherFields(target: InsertTarget): OtherField[] {
  const mine = target.element;
  const found: OtherField[] = [];
  for (const el of (surroundings(target) as ParentNode).querySelectorAll('textarea, input, [contenteditable]')) {
    if (found.length >= MAX_OTHER_FIELDS) break;
    if (el === mine || el.contains(mine) || mine.contains(el)) continue;
    const isRoot = (el as HTMLElement).isContentEditable && !el.parentElement?.isContentEditable;
    if (isTextField(el) || isRoot) found.push({ element: el, text: fieldText(el) });
  }
  return found;
}

/** Whether the paragraphs went into one of the other fields. */
export function tookByOtherField(others: readonly OtherField[], paragraphs: readonly string[]): boolean {
  return others.some((o) => insertionObserved(o.text, fieldText(o.element), paragraphs));
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
