// Page-world routes built from the events an editor listens to: a paste carrying text/html and
// text/plain (ProseMirror, Tiptap, Quill, Lexical, CKEditor 5, Draft.js), a paste carrying
// text/plain only (Slate, wangEditor: they ignore an HTML paste and wait for the browser's
// beforeinput), and beforeinput insertFromPaste with a DataTransfer (Slate, CKEditor 5 family).
// They run in the page's world because Firefox empties a content script's DataTransfer.
//
// Each function is serialized by scripting.executeScript: it must not use anything from outside
// its own body (no imports, no module constants).
import type { PageOutcome, PagePayload } from './adapter.ts';

export function pageEventRoute(p: PagePayload, kind: 'paste-html' | 'paste-plain' | 'beforeinput-paste'): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || !active.closest(`[data-drafter-target="${p.token}"]`)) return { ran: false, prevented: false };
  const data = new DataTransfer();
  if (kind !== 'paste-plain' && p.format === 'rich') data.setData('text/html', p.html);
  data.setData('text/plain', p.text);
  const event =
    kind === 'beforeinput-paste'
      ? new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true })
      : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  active.dispatchEvent(event);
  return { ran: true, prevented: event.defaultPrevented };
}
