// Serves: Froala 3 and 4 (div.fr-element). Its paste handler and its
// html.insert() both close the caret's paragraph before pasted paragraphs: text put between two
// words split the line, the first paragraph on a line of its own. The browser's insertHTML
// continues the line and runs the last paragraph into the words after the caret, as Word does;
// Froala's model is its DOM, so it reads that back (html.get()). Its own undo steps around the
// insertion make one Ctrl+Z (Froala's, not the browser's) take it all back.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';

export const froalaAdapter: EditorAdapter = {
  name: 'froala',
  handles: (target) => richMatches(target, '.fr-element'),
  // The generic chain would paste first, which Froala takes and splits the line.
  final: true,
  attempts: () => [
    { route: 'froala-api', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function froalaPageRoute(p: PagePayload): PageOutcome {
  type Froala = { el?: Element; undo?: { saveStep(): void }; events?: { trigger(name: string): void } };
  const active = document.activeElement;
  // The instance whose editable holds the caret (a page may carry several). Froala keeps it on
  // the element it was started on, around the editable: found so with no window.FroalaEditor
  // (a bundled Froala has none).
  let editor: Froala | undefined;
  for (let n = active; n && !editor; n = n.parentElement) editor = (n as unknown as Record<string, Froala | undefined>)['data-froala.editor'];
  if (!active || !editor?.el || !(editor.el === active || editor.el.contains(active))) return { ran: false, prevented: false };
  editor.undo?.saveStep();
  document.execCommand(p.format === 'rich' ? 'insertHTML' : 'insertText', false, p.format === 'rich' ? p.html : p.text);
  editor.undo?.saveStep();
  editor.events?.trigger('contentChanged');
  return { ran: true, prevented: true };
}
