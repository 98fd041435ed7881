// Serves: plain contenteditable elements and designMode documents — including the iframe bodies
// of UEditor / KindEditor-style OA editors when no site adapter claimed them.
// Route: execCommand('insertHTML') with escaped <p> paragraphs (or insertText for plain), which
// lands on the browser's undo stack, so one Ctrl+Z removes the whole insertion.
import type { EditorAdapter, InsertPayload, InsertTarget } from './adapter.ts';
import { contentText, insertionObserved } from './confirm.ts';

function isPlainTextOnly(el: HTMLElement): boolean {
  return el.getAttribute('contenteditable') === 'plaintext-only';
}

export const contentEditableAdapter: EditorAdapter = {
  name: 'contenteditable',
  handles: (target) => target.kind === 'rich',
  insert(target: InsertTarget, payload: InsertPayload): boolean {
    const doc = target.element.ownerDocument;
    const before = contentText(target);
    const rich = payload.format === 'rich' && !isPlainTextOnly(target.element);
    if (rich) doc.execCommand('insertHTML', false, payload.html);
    else doc.execCommand('insertText', false, payload.text);
    return insertionObserved(before, contentText(target), payload.paragraphs);
  },
};
