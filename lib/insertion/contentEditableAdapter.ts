// Serves: plain contenteditable elements and designMode documents — including the iframe bodies
// of OA editors no other adapter claimed, and editors we do not know. Route: the generic chain
// of docs/ARCHITECTURE.md in one page-world call (pageEvents.ts: paste → beforeinput → execCommand); a bare
// contenteditable ignores the synthetic events (they are not trusted), so execCommand('insertHTML')
// with escaped <p> paragraphs (insertText for plain) does it, on the browser's undo stack: one
// Ctrl+Z removes it. The same execCommand from the content script follows, for a page world
// that cannot be reached (Firefox before 128). Other adapters use execInsert as their fallback.
import type { EditorAdapter, InsertPayload, InsertTarget } from './adapter.ts';

function isPlainTextOnly(el: HTMLElement): boolean {
  return el.getAttribute('contenteditable') === 'plaintext-only';
}

export function execInsert(target: InsertTarget, payload: InsertPayload): void {
  const doc = target.element.ownerDocument;
  if (payload.format === 'rich' && !isPlainTextOnly(target.element)) doc.execCommand('insertHTML', false, payload.html);
  else doc.execCommand('insertText', false, payload.text);
}

export const contentEditableAdapter: EditorAdapter = {
  name: 'contenteditable',
  handles: (target) => target.kind === 'rich',
  attempts: () => [
    { route: 'generic-chain', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};
