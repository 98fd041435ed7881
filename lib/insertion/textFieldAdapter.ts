// Serves: <textarea> and text <input>, including React/Vue-controlled ones.
// Route 1: execCommand('insertText') — the browser's own editing, so the page's undo (Ctrl+Z) and
// input events work and React sees the change. Route 2: setRangeText plus an input event, for
// browsers or fields where execCommand does nothing (no native undo there). setRangeText writes
// the value below React's value tracker, so a controlled input still sees the change as new.
import type { EditorAdapter, InsertPayload } from './adapter.ts';
import type { TextField } from './editable.ts';

/** What goes into the field: a single-line input drops line breaks, so paragraphs are joined with a space. */
export function fieldText(field: TextField, payload: InsertPayload): string {
  return field.localName === 'input' ? payload.paragraphs.join(' ') : payload.text;
}

export const textFieldAdapter: EditorAdapter = {
  name: 'text-field',
  final: true,
  handles: (target) => target.kind === 'text-field',
  attempts: () => [
    {
      route: 'execCommand',
      world: 'isolated',
      run(target, payload) {
        if (target.kind === 'text-field') target.element.ownerDocument.execCommand('insertText', false, fieldText(target.element, payload));
      },
    },
    {
      route: 'setRangeText',
      world: 'isolated',
      run(target, payload) {
        if (target.kind !== 'text-field') return;
        const field = target.element;
        const text = fieldText(field, payload);
        field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      },
    },
  ],
};
