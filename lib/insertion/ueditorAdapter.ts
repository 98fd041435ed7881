// Serves: Baidu UEditor and UEditor Plus — the editor of most government OA systems: an
// about:blank iframe (id ueditor_N) written with document.write, body class "view", editable.
// Route: its own API from the page's world, UE.instants[…].execCommand('inserthtml', html), so
// the editor records an undo scene (its Ctrl+Z is its own, not the browser's) and fires its
// content-change events. When the API is missing, execCommand follows.
import type { EditorAdapter, PageOutcome, PagePayload } from './adapter.ts';
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

/** Page world, inside the editor's iframe. Self-contained: serialized by executeScript. */
export function ueditorPageRoute(p: PagePayload): PageOutcome {
  type UEditor = { document?: Document; execCommand(cmd: string, html: string): unknown };
  let instants: Record<string, UEditor> = {};
  try {
    instants = (window.parent as unknown as { UE?: { instants?: Record<string, UEditor> } }).UE?.instants ?? {};
  } catch {
    return { ran: false, prevented: false }; // a cross-origin parent
  }
  const editor = Object.values(instants).find((e) => e.document === document);
  if (!editor) return { ran: false, prevented: false };
  editor.execCommand('inserthtml', p.html);
  return { ran: true, prevented: true };
}
