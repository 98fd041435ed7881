// Serves: CKEditor 5 (classic, inline, balloon, decoupled — the editable is .ck-editor__editable).
// execCommand does nothing there; a paste runs its clipboard pipeline into the model as one
// batch, so one Ctrl+Z removes it.
import { pasteOnlyAdapter } from './pasteOnlyAdapter.ts';

// Its schema drops text-indent from pasted paragraphs; full-width spaces it keeps.
export const ckeditor5Adapter = pasteOnlyAdapter('ckeditor5', '.ck-editor__editable', { indentBy: 'spaces' });
