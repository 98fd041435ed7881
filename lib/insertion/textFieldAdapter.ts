// Serves: <textarea> and text <input>, including React/Vue-controlled ones.
// Route 1: execCommand('insertText') — the browser's own editing, so the page's undo (Ctrl+Z) and
// input events work and React sees the change. Route 2: setRangeText plus an input event, for
// browsers or fields where execCommand does nothing (no native undo there).
import type { EditorAdapter, InsertPayload, InsertTarget } from './adapter.ts';
import { contentText, insertionObserved } from './confirm.ts';
import type { TextField } from './editable.ts';

function fieldText(field: TextField, payload: InsertPayload): string {
  // A single-line input drops line breaks; join paragraphs with a space instead.
  return field.localName === 'input' ? payload.paragraphs.join(' ') : payload.text;
}

export const textFieldAdapter: EditorAdapter = {
  name: 'text-field',
  handles: (target) => target.kind === 'text-field',
  insert(target: InsertTarget, payload: InsertPayload): boolean {
    if (target.kind !== 'text-field') return false;
    const field = target.element;
    const text = fieldText(field, payload);
    const expected = field.localName === 'input' ? [text] : payload.paragraphs;
    const before = contentText(target);
    field.ownerDocument.execCommand('insertText', false, text);
    if (insertionObserved(before, contentText(target), expected)) return true;
    if (field.value !== before) return false; // something else changed: do not insert twice
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return insertionObserved(before, contentText(target), expected);
  },
};
