// Serves: CKEditor 5 (classic, inline, balloon, decoupled — the editable is .ck-editor__editable).
// execCommand does nothing there; a paste runs its clipboard pipeline into the model as one
// batch, so one Ctrl+Z removes it.
import type { EditorAdapter } from './adapter.ts';
import { richMatches } from './detect.ts';

export const ckeditor5Adapter: EditorAdapter = {
  name: 'ckeditor5',
  final: true,
  handles: (target) => richMatches(target, '.ck-editor__editable'),
  attempts: (payload) => [{ route: payload.format === 'rich' ? 'paste-html' : 'paste-plain', world: 'main' }],
};
