// Serves: ProseMirror and the editors built on it — Tiptap, Remirror, Milkdown, and many
// Chinese SaaS editors. A paste goes through ProseMirror's clipboard parser into one transaction,
// so the schema's paragraphs are made and one Ctrl+Z (prosemirror-history) removes it.
import type { EditorAdapter } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';
import { pasteAttempt } from './pasteOnlyAdapter.ts';

export const prosemirrorAdapter: EditorAdapter = {
  name: 'prosemirror',
  // The schema's paragraph has no style: text-indent is dropped, full-width spaces are kept.
  indentBy: 'spaces',
  handles: (target) => richMatches(target, '.ProseMirror'),
  // Without its paste (a page world out of reach), execCommand still reaches the model: the
  // editor reads the DOM change back (checked in the harness probes).
  final: true,
  attempts: (payload) => [
    pasteAttempt(payload),
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};
