// Serves: Baidu UEditor and UEditor Plus — the editor of most government OA systems: an
// iframe (id ueditor_N) whose document a javascript: URL writes (1.4.3; the frame gets its caret
// script late, lib/insertion/scriptlessFrames.ts), body class "view", editable.
// Route: its own API from the page's world, UE.instants[…].execCommand('inserthtml', html), so
// the editor records an undo scene (its Ctrl+Z is its own, not the browser's) and fires its
// content-change events. When the API is missing, execCommand follows.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { hostFrame } from './detect.ts';

export const ueditorAdapter: EditorAdapter = {
  name: 'ueditor',
  handles: (target) => target.kind === 'rich' && /^ueditor_\d+$/.test(hostFrame(target.element.ownerDocument)?.id ?? ''),
  // No synthetic paste here: these editors paste through a hidden "paste bin" read later, which
  // an untrusted event leaves empty. Without the API, execCommand is right: the DOM is their model.
  final: true,
  attempts: () => [
    { route: 'ueditor-api', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};

/**
 * Page world, inside the editor's iframe. Self-contained: serialized by executeScript.
 *
 * UEditor 1.4.3 leaves the caret of an inserted run of paragraphs at the start of the block after
 * them — at the end of a paragraph, an empty one its split made. The caret goes back to the end
 * of the last inserted paragraph and that empty block goes, inside the command (its
 * afterexeccommand event comes before the undo scene is saved), so one Ctrl+Z undoes it all.
 */
export function ueditorPageRoute(p: PagePayload): PageOutcome {
  type UEditor = {
    document?: Document;
    body?: HTMLElement;
    execCommand(cmd: string, html: string): unknown;
    addListener(type: string, fn: (type: string, cmd: string) => void): void;
    removeListener(type: string, fn: (type: string, cmd: string) => void): void;
  };
  let instants: Record<string, UEditor> = {};
  try {
    instants = (window.parent as unknown as { UE?: { instants?: Record<string, UEditor> } }).UE?.instants ?? {};
  } catch {
    return { ran: false, prevented: false }; // a cross-origin parent
  }
  const editor = Object.values(instants).find((e) => e.document === document);
  if (!editor) return { ran: false, prevented: false };
  const lastText = p.paragraphs[p.paragraphs.length - 1] ?? '';
  const blank = (text: string | null) => (text ?? '').replace(/[\s\u200b\ufeff]/g, '') === '';
  const caretAfterInsertion = (_type: string, cmd: string) => {
    const body = editor.body;
    const selection = document.getSelection();
    if (cmd !== 'inserthtml' || !body || !selection || selection.rangeCount === 0 || !selection.isCollapsed || blank(lastText)) return;
    const caret = selection.getRangeAt(0);
    let block: Node | null = caret.startContainer;
    while (block && block.parentNode !== body) block = block.parentNode;
    if (!block) return;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(caret.startContainer, caret.startOffset);
    const last = block.previousSibling;
    if (!blank(before.toString()) || !last || !(last.textContent ?? '').endsWith(lastText)) return;
    if (blank(block.textContent) && !(block as Element).querySelector?.('img, table, hr, iframe, video')) (block as Element).remove();
    const end = document.createRange();
    end.selectNodeContents(last);
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
  };
  editor.addListener('afterexeccommand', caretAfterInsertion);
  try {
    // Given "<p>a</p><p>b</p>" partway along a line, it ends the line before "a" and starts a
    // paragraph: "a" goes in bare, to continue the line as the browser's own paste does.
    editor.execCommand('inserthtml', p.continuesLine ? p.html.replace(/^<p\b[^>]*>([\s\S]*?)<\/p>/, '$1') : p.html);
  } finally {
    editor.removeListener('afterexeccommand', caretAfterInsertion);
  }
  return { ran: true, prevented: true };
}
