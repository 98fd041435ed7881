// Serves: TinyMCE 4–8 (iframe mode, body#tinymce.mce-content-body, and inline mode). Route:
// editor.insertContent() from the page's world, which adds one level to TinyMCE's own undo.
import type { EditorAdapter, PageOutcome, PagePayload } from './adapter.ts';
import { richMatches } from './detect.ts';

export const tinymceAdapter: EditorAdapter = {
  name: 'tinymce',
  handles: (target) => richMatches(target, '.mce-content-body'),
  attempts: () => [{ route: 'tinymce-api', world: 'main' }],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function tinymcePageRoute(p: PagePayload): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const target = active?.closest(`[data-drafter-target="${p.token}"]`);
  if (!target) return { ran: false, prevented: false };
  type Tiny = { getDoc(): Document; getBody(): Element; insertContent(html: string): void };
  for (const w of [window, window.parent] as unknown as { tinymce?: { get(): Tiny[] | Record<string, Tiny> } }[]) {
    let editors: Tiny[] = [];
    try {
      editors = Object.values(w.tinymce?.get() ?? {});
    } catch {
      continue; // a cross-origin parent
    }
    const editor = editors.find((e) => e.getDoc() === document || e.getBody() === target);
    if (editor) {
      editor.insertContent(p.html);
      return { ran: true, prevented: true };
    }
  }
  return { ran: false, prevented: false };
}
