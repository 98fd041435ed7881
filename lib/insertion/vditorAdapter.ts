// Serves: Vditor 3 in its WYSIWYG and instant-rendering modes (.vditor-wysiwyg / .vditor-ir around
// .vditor-reset), a Markdown editor popular on Chinese sites. Its paste handler puts pasted paragraphs after the block holding the caret,
// not at it: a snippet meant between two words landed after the line, a report meant before a
// line after it. Its Markdown is read from its editable (getValue() converts the DOM), so the
// browser's insertHTML at the caret is what it saves; it renders the changed block again on the
// input event. Final: the generic chain would paste first. Its split-view mode (the Markdown source,
// pre.vditor-sv) is not served here: its paste puts the lines at the caret, and the generic chain
// pastes first.
import type { EditorAdapter } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';

export const vditorAdapter: EditorAdapter = {
  name: 'vditor',
  handles: (target) => richMatches(target, '.vditor-wysiwyg .vditor-reset') || richMatches(target, '.vditor-ir .vditor-reset'),
  final: true,
  attempts: () => [{ route: 'execCommand', world: 'isolated', run: execInsert }],
};
