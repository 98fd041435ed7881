// 校对网页中的文字, the page's half: the text of the editable that holds the caret (or of the
// selection in it) as one string, paragraphs joined by \n, and the way back from an offset in that
// string to a place in the page, so a fix is applied by selecting its span and inserting there
// through the ordinary insertion routes (one Ctrl+Z undoes it).
import { isTextField } from './editable.ts';
import type { Remembered, SavedSelection } from './focusMemory.ts';

/** Elements that start a new line of text. */
const BLOCK = /^(?:P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|SECTION|ARTICLE|TABLE|TR|TD|TH|DD|DT|HEADER|FOOTER|ASIDE|FIGURE)$/;

/** A run of a text node in the joined string: node's [from, from + length) is string's [at, at + length). */
interface Piece {
  node: Text;
  at: number;
}

export interface TextMap {
  text: string;
  pieces: Piece[];
}

/** The text under `root`, block by block, and where each text node's characters are in it. */
export function mapText(root: Node): TextMap {
  let text = '';
  const pieces: Piece[] = [];
  const newline = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      pieces.push({ node: node as Text, at: text.length });
      text += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      text += '\n';
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    const block = BLOCK.test(el.tagName);
    if (block) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return { text, pieces };
}

/** The text node and offset for a string offset: the end of a node's text wins over the start of the next. */
function pointAt(map: TextMap, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  let found: { node: Text; offset: number } | null = null;
  for (const { node, at } of map.pieces) {
    const end = at + node.data.length;
    if (offset >= at && offset <= end) {
      found = { node, offset: offset - at };
      if (preferEnd ? offset <= end : offset < end) return found;
    }
  }
  return found;
}

export interface PageText {
  text: string;
  /** What was read: the selection in the editable, or all of it. */
  scope: 'selection' | 'editable';
  /** Where the read text starts in the editable's whole text, so later offsets are found again. */
  base: number;
}

/** The text to proofread: the selection if there is one, else the whole editable. */
export function readPageText(remembered: Remembered): PageText {
  const { element, selection } = remembered;
  if (isTextField(element)) {
    const value = element.value;
    if (selection?.kind === 'text' && selection.end > selection.start) return { text: value.slice(selection.start, selection.end), scope: 'selection', base: selection.start };
    return { text: value, scope: 'editable', base: 0 };
  }
  const map = mapText(element);
  if (selection?.kind === 'range' && !selection.range.collapsed) {
    const start = offsetOf(map, selection.range.startContainer, selection.range.startOffset);
    const end = offsetOf(map, selection.range.endContainer, selection.range.endOffset);
    if (start !== null && end !== null && end > start) return { text: map.text.slice(start, end), scope: 'selection', base: start };
  }
  return { text: map.text, scope: 'editable', base: 0 };
}

/** The string offset of a DOM point inside the mapped root (a text node, or a child index of an element). */
function offsetOf(map: TextMap, container: Node, offset: number): number | null {
  if (container.nodeType === 3) {
    const piece = map.pieces.find((p) => p.node === container);
    return piece ? piece.at + Math.min(offset, piece.node.data.length) : null;
  }
  // An element and a child index: the point is before that child (or after the element's last
  // one), so its offset is that of the first text from there on.
  const before = container.childNodes[offset] ?? null;
  if (!before) {
    // After the element's last child: the end of the last text inside it.
    const inside = map.pieces.filter((p) => container.contains(p.node));
    const last = inside[inside.length - 1];
    if (last) return last.at + last.node.data.length;
  }
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  for (const piece of map.pieces) {
    const fromThere = before
      ? before === piece.node || before.contains(piece.node) || (before.compareDocumentPosition(piece.node) & FOLLOWING) !== 0
      : !container.contains(piece.node) && (container.compareDocumentPosition(piece.node) & FOLLOWING) !== 0;
    if (fromThere) return piece.at;
  }
  return map.text.length;
}

/**
 * Selects [start, end) of the editable's whole text, if it still reads `expected` there (the page
 * may have changed since it was read), and returns the selection for the caret memory to keep, and
 * whether the span is plain text (inside one text node: nothing else would be replaced with it).
 */
export function selectSpan(element: HTMLElement, start: number, end: number, expected: string): { saved: SavedSelection; plain: boolean } | null {
  if (isTextField(element)) {
    if (element.value.slice(start, end) !== expected) return null;
    element.setSelectionRange(start, end);
    return { saved: { kind: 'text', start, end }, plain: true };
  }
  const map = mapText(element);
  if (map.text.slice(start, end) !== expected) return null;
  const from = pointAt(map, start, false);
  const to = pointAt(map, end, true);
  if (!from || !to) return null;
  const range = element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { saved: { kind: 'range', range: range.cloneRange() }, plain: from.node === to.node };
}
