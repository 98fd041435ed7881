// Serves: Editor.js, a block editor. Each paragraph is an editable of its own; its paste handler
// turns pasted paragraphs into new blocks after the focused one, as Ctrl+V does there (the caret
// ends at the start of the last one), so the insertion is confirmed around the editable
// (confirm.ts surroundings). Its sanitizer drops a paragraph's style: 首行缩进 goes in as
// full-width spaces. Final: execCommand would put <p>s inside one block, behind its model.
// Editor.js has no undo of its own.
import { pasteOnlyAdapter } from './pasteOnlyAdapter.ts';

export const editorjsAdapter = pasteOnlyAdapter('editorjs', '.codex-editor', { indentBy: 'spaces' });
