// Serves: Quill 1 and 2. Quill's clipboard module turns a paste into a Delta applied through
// its API: its model, its lines, one entry in its history.
import type { EditorAdapter } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';
import { pasteAttempt } from './pasteOnlyAdapter.ts';

export const quillAdapter: EditorAdapter = {
  name: 'quill',
  // 首行缩进 stays the style: Quill's clipboard turns text-indent into a tab, and collapses
  // full-width spaces to nothing (checked in the harness).
  handles: (target) => richMatches(target, '.ql-editor'),
  // Without its paste (a page world out of reach), execCommand still reaches the model: the
  // editor reads the DOM change back (checked in the harness probes).
  final: true,
  attempts: (payload) => [
    pasteAttempt(payload),
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};
