// Serves: Baidu UEditor and UEditor Plus — the editor of most government OA systems: an
// about:blank iframe (id ueditor_N) written with document.write, body class "view", editable.
// Route: its own API from the page's world, UE.instants[…].execCommand('inserthtml', html), so
// the editor records an undo scene (its Ctrl+Z is its own, not the browser's) and fires its
// content-change events. When the API is missing, the generic routes follow.
import type { EditorAdapter, PageOutcome, PagePayload } from './adapter.ts';
import { hostFrame } from './detect.ts';

export const ueditorAdapter: EditorAdapter = {
  name: 'ueditor',
  handles: (target) => target.kind === 'rich' && /^ueditor_\d+$/.test(hostFrame(target.element.ownerDocument)?.id ?? ''),
  attempts: () => [{ route: 'ueditor-api', world: 'main' }],
};

/** Page world, inside the editor's iframe. Self-contained: serialized by executeScript. */
export function ueditorPageRoute(p: PagePayload): PageOutcome {
  if (document.body.getAttribute('data-drafter-target') !== p.token) return { ran: false, prevented: false };
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
