// Serves: plain contenteditable elements and designMode documents — including the iframe bodies
// of OA editors no other adapter claimed, and editors we do not know. Routes, in the order of
// DESIGN.md: a paste (an unknown editor's own paste handler keeps its model right), then
// beforeinput insertFromPaste, then execCommand('insertHTML') with escaped <p> paragraphs (or
// insertText for plain), which lands on the browser's undo stack: one Ctrl+Z removes it. A bare
// contenteditable ignores the synthetic events (they are not trusted), so execCommand does it.
import type { EditorAdapter, InsertPayload, InsertTarget } from './adapter.ts';

function isPlainTextOnly(el: HTMLElement): boolean {
  return el.getAttribute('contenteditable') === 'plaintext-only';
}

function execInsert(target: InsertTarget, payload: InsertPayload): void {
  const doc = target.element.ownerDocument;
  if (payload.format === 'rich' && !isPlainTextOnly(target.element)) doc.execCommand('insertHTML', false, payload.html);
  else doc.execCommand('insertText', false, payload.text);
}

export const contentEditableAdapter: EditorAdapter = {
  name: 'contenteditable',
  handles: (target) => target.kind === 'rich',
  attempts: (payload) => [
    { route: payload.format === 'rich' ? 'paste-html' : 'paste-plain', world: 'main' },
    { route: 'beforeinput-paste', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};
