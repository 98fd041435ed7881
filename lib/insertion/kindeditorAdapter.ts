// Serves: KindEditor 4 (about:blank iframe written with document.write, body.ke-content).
// Its insertHtml() drops <p>s inside the current <p>, so the route is: mark an undo step in
// KindEditor's own stack (addBookmark), let the browser insert the paragraphs (execCommand
// splits the paragraph properly), mark again. KindEditor's Ctrl+Z then restores the first mark.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';

export const kindeditorAdapter: EditorAdapter = {
  name: 'kindeditor',
  handles: (target) => richMatches(target, '.ke-content'),
  // No synthetic paste here: these editors paste through a hidden "paste bin" read later, which
  // an untrusted event leaves empty. Without the API, execCommand is right: the DOM is their model.
  final: true,
  attempts: () => [
    { route: 'kindeditor-api', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};

/** Page world, inside the editor's iframe. Self-contained: serialized by executeScript. */
export function kindeditorPageRoute(p: PagePayload): PageOutcome {
  type KE = {
    edit?: { doc: Document };
    cmd?: { selection(): void };
    addBookmark(checkSize: boolean): void;
    _undoStack?: { start?: unknown }[];
  };
  let instances: KE[] = [];
  try {
    instances = (window.parent as unknown as { KindEditor?: { instances?: KE[] } }).KindEditor?.instances ?? [];
  } catch {
    return { ran: false, prevented: false };
  }
  const editor = instances.find((e) => e.edit?.doc === document);
  if (!editor) return { ran: false, prevented: false };
  editor.cmd?.selection();
  editor.addBookmark(false);
  // KindEditor's first mark in a fresh editor keeps no caret, so undoing to it would put the
  // caret at the top: replace such a mark with one that keeps the caret.
  const stack = editor._undoStack;
  if (Array.isArray(stack) && stack.length > 0 && !stack[stack.length - 1]!.start) {
    stack.pop();
    editor.addBookmark(false);
  }
  document.execCommand(p.format === 'rich' ? 'insertHTML' : 'insertText', false, p.format === 'rich' ? p.html : p.text);
  editor.cmd?.selection();
  editor.addBookmark(false);
  return { ran: true, prevented: true };
}
