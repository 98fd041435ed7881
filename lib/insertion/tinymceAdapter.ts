// Serves: TinyMCE 4–8 (iframe mode, body#tinymce.mce-content-body, and inline mode). Route:
// editor.insertContent() from the page's world, which adds one level to TinyMCE's own undo.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { execInsert } from './contentEditableAdapter.ts';
import { richMatches } from './detect.ts';

export const tinymceAdapter: EditorAdapter = {
  name: 'tinymce',
  handles: (target) => richMatches(target, '.mce-content-body'),
  // No synthetic paste here: these editors paste through a hidden "paste bin" read later, which
  // an untrusted event leaves empty. Without the API, execCommand is right: the DOM is their model.
  final: true,
  attempts: () => [
    { route: 'tinymce-api', world: 'main' },
    { route: 'execCommand', world: 'isolated', run: execInsert },
  ],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function tinymcePageRoute(p: PagePayload): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return { ran: false, prevented: false };
  type Tiny = { getDoc(): Document; getBody(): Element; insertContent(html: string): void };
  for (const w of [window, window.parent] as unknown as { tinymce?: { get(): Tiny[] | Record<string, Tiny> } }[]) {
    let editors: Tiny[] = [];
    try {
      editors = Object.values(w.tinymce?.get() ?? {});
    } catch {
      continue; // a cross-origin parent
    }
    // The instance whose body holds the caret. Inline instances share the page's document, so
    // "the instance of this document" is only a fallback when it names one: taken first, it sent
    // the text into another editor of the same page.
    const ofDocument = editors.filter((e) => e.getDoc() === document);
    const editor = editors.find((e) => e.getBody().contains(active)) ?? (ofDocument.length === 1 ? ofDocument[0] : undefined);
    if (editor) {
      // Given "<p>a</p><p>b</p>" partway along a line, it ends the line before "a" and starts a
      // paragraph: "a" goes in bare, to continue the line as the browser's own paste does.
      const html = p.continuesLine ? p.html.replace(/^<p\b[^>]*>([\s\S]*?)<\/p>/, '$1') : p.html;
      editor.insertContent(html);
      return { ran: true, prevented: true };
    }
  }
  return { ran: false, prevented: false };
}
