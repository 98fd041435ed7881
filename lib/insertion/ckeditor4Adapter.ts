// Serves: CKEditor 4 (classic iframe mode, body.cke_editable, and inline mode) — common in older
// OA and CMS back ends. Route: editor.insertHtml() from the page's world, which takes an undo
// snapshot around the change so one Ctrl+Z (CKEditor's own undo) removes it.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';

export const ckeditor4Adapter: EditorAdapter = {
  name: 'ckeditor4',
  // Its content filter drops text-indent from inserted HTML; full-width spaces it keeps.
  indentBy: 'spaces',
  handles: (target) => richMatches(target, '.cke_editable'),
  // No synthetic paste here: these editors paste through a hidden "paste bin" read later, which
  // an untrusted event leaves empty. Without the API, execCommand is right: the DOM is their model.
  final: true,
  attempts: () => [
    { route: 'ckeditor4-api', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function ckeditor4PageRoute(p: PagePayload): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return { ran: false, prevented: false };
  type CK = { document?: { $: Document }; editable?(): { $: Element } | null; insertHtml(html: string): void };
  for (const w of [window, window.parent] as unknown as { CKEDITOR?: { instances?: Record<string, CK> } }[]) {
    let instances: Record<string, CK> | undefined;
    try {
      instances = w.CKEDITOR?.instances;
    } catch {
      continue; // a cross-origin parent
    }
    // The instance whose editable holds the caret. Inline and divarea instances share the page's
    // document, so "the instance of this document" is only a fallback when it names one: taken
    // first, it sent the text into another editor of the same page.
    const all = Object.values(instances ?? {});
    const ofDocument = all.filter((e) => e.document?.$ === document);
    const editor = all.find((e) => e.editable?.()?.$.contains(active) === true) ?? (ofDocument.length === 1 ? ofDocument[0] : undefined);
    if (editor) {
      // Given "<p>a</p><p>b</p>" partway along a line, it ends the line before "a" and starts a
      // paragraph: "a" goes in bare, to continue the line as the browser's own paste does.
      const html = p.continuesLine ? p.html.replace(/^<p\b[^>]*>([\s\S]*?)<\/p>/, '$1') : p.html;
      editor.insertHtml(html);
      return { ran: true, prevented: true };
    }
  }
  return { ran: false, prevented: false };
}
