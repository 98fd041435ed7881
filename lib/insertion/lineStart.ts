// Whether the caret stands partway along a line. Then the first inserted paragraph continues that
// line, and 首行缩进 in front of it would put two spaces in the middle of the writer's sentence:
// that paragraph goes in without it (lib/domain/paragraphs.ts, IndentOptions.continuesLine).
import type { InsertTarget } from './adapter.ts';

/** Elements that start a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);

/**
 * In an editable, markup whitespace and the zero-width characters editors keep in an empty line
 * are not text on the line; a no-break or full-width space is (the writer's own indent, which
 * ours must not double).
 */
const NOT_TEXT = /[\t\n\r \u200b\ufeff]/g;

const isBlock = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).localName);

/** The text after the last line break or block start in a fragment. */
function lastLine(fragment: DocumentFragment): string {
  let line = '';
  const walker = fragment.ownerDocument.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) line += node.nodeValue ?? '';
    else if ((node as Element).localName === 'br' || isBlock(node)) line = '';
  }
  return line;
}

/** A nicety, never a reason not to insert: a page whose DOM defeats the look-back gets the indent. */
export function caretContinuesLine(target: InsertTarget): boolean {
  try {
    return lookBack(target);
  } catch {
    return false;
  }
}

function lookBack(target: InsertTarget): boolean {
  if (target.kind === 'text-field') {
    const field = target.element;
    // Every character typed on the line counts here, spaces too: they are the writer's own.
    const before = field.value.slice(0, field.selectionStart ?? 0);
    return before.slice(before.lastIndexOf('\n') + 1) !== '';
  }
  const doc = target.element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const caret = selection.getRangeAt(0);
  if (!target.element.contains(caret.startContainer)) return false;
  let block: Node = caret.startContainer;
  while (block !== target.element && !isBlock(block) && block.parentNode) block = block.parentNode;
  const line = doc.createRange();
  line.setStart(block, 0);
  line.setEnd(caret.startContainer, caret.startOffset);
  return lastLine(line.cloneContents()).replace(NOT_TEXT, '') !== '';
}
