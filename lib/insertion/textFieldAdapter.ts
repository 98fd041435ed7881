// Serves: <textarea> and text <input>, including React/Vue-controlled ones.
// Route 1: execCommand('insertText') — the browser's own editing, so the page's undo (Ctrl+Z) and
// input events work and React sees the change. Route 2: setRangeText plus input and change events, for
// browsers or fields where execCommand does nothing (no native undo there). setRangeText writes
// the value below React's value tracker, so a controlled input still sees the change as new.
import type { Attempt, EditorAdapter, InsertPayload } from './adapter.ts';
import type { TextField } from './editable.ts';

/** What goes into the field: a single-line input drops line breaks, so paragraphs are joined with a space. */
export function fieldText(field: TextField, payload: InsertPayload): string {
  return field.localName === 'input' ? payload.paragraphs.join(' ') : payload.text;
}

/**
 * Chromium's insertText into a textarea takes time growing with the square of the lines inserted
 * (measured: 200 lines 0.5 s, 1,000 lines 7 s, 2,100 lines 34 s, the page frozen throughout).
 * Longer texts go straight to setRangeText, giving up the browser's undo for them.
 */
const MAX_EXECCOMMAND_LINES = 200;

function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

const execCommandRoute: Attempt = {
  route: 'execCommand',
  world: 'isolated',
  run(target, payload) {
    if (target.kind === 'text-field') target.element.ownerDocument.execCommand('insertText', false, fieldText(target.element, payload));
  },
};

export const textFieldAdapter: EditorAdapter = {
  name: 'text-field',
  final: true,
  handles: (target) => target.kind === 'text-field',
  attempts: (payload) => [
    ...(lineCount(payload.text) <= MAX_EXECCOMMAND_LINES ? [execCommandRoute] : []),
    {
      route: 'setRangeText',
      world: 'isolated',
      run(target, payload) {
        if (target.kind !== 'text-field') return;
        const field = target.element;
        const text = fieldText(field, payload);
        field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
        // The browser fires change when the writer leaves a field only after an edit of theirs,
        // which a value set from script is not: pages that read the field on change (Vue's
        // v-model.lazy, jQuery forms) would save it without the text. Fired here instead.
        field.dispatchEvent(new Event('change', { bubbles: true }));
      },
    },
  ],
};
