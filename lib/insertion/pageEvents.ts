// Page-world routes built from the events an editor listens to: a paste carrying text/html and
// text/plain (ProseMirror, Tiptap, Quill, Lexical, CKEditor 5, Draft.js), a paste carrying
// text/plain only (Slate, wangEditor: they ignore an HTML paste and wait for the browser's
// beforeinput), and beforeinput insertFromPaste with a DataTransfer (Slate, CKEditor 5 family).
// They run in the page's world because Firefox empties a content script's DataTransfer.
//
// Each function is serialized by scripting.executeScript: it must not use anything from outside
// its own body (no imports, no module constants).
import type { PageOutcome } from '../messaging/protocol.ts';
import type { PagePayload } from './adapter.ts';

export function pageEventRoute(p: PagePayload, kind: 'paste-html' | 'paste-plain' | 'beforeinput-paste'): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.documentElement) return { ran: false, prevented: false };
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

/**
 * The generic chain for an editable no adapter recognised, in the order of docs/ARCHITECTURE.md, in one
 * page-world call (one round trip, inside the insert budget): a paste — an unknown editor's own
 * handler keeps its model right; then beforeinput insertFromPaste; then execCommand, which a bare
 * contenteditable or designMode document (which ignore untrusted events) needs. An event counts
 * as taken if the editor cancelled it or changed its content, also after yielding one task
 * (editors that read a paste in a setTimeout): then nothing else runs, so nothing lands twice.
 */
export async function genericChainRoute(p: PagePayload): Promise<PageOutcome> {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // The editable root of the focused element: the body of a designMode document, or the
  // outermost contenteditable around the caret.
  let target: HTMLElement | null = document.designMode === 'on' ? document.body : null;
  for (let n = active as HTMLElement | null; !target && n?.isContentEditable; n = n.parentElement) {
    if (!n.parentElement?.isContentEditable) target = n;
  }
  if (!active || !target) return { ran: false, prevented: false };
  const before = target.innerHTML;
  const rich = p.format === 'rich' && target.getAttribute('contenteditable') !== 'plaintext-only';
  const data = () => {
    const d = new DataTransfer();
    if (rich) d.setData('text/html', p.html);
    d.setData('text/plain', p.text);
    return d;
  };
  const taken = async (event: Event) => {
    active.dispatchEvent(event);
    if (event.defaultPrevented || target.innerHTML !== before) return true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return target.innerHTML !== before;
  };
  const init = { bubbles: true, cancelable: true, composed: true };
  if (await taken(new ClipboardEvent('paste', { ...init, clipboardData: data() }))) return { ran: true, prevented: true, via: rich ? 'paste-html' : 'paste-plain' };
  if (await taken(new InputEvent('beforeinput', { ...init, inputType: 'insertFromPaste', dataTransfer: data() }))) {
    return { ran: true, prevented: true, via: 'beforeinput-paste' };
  }
  target.ownerDocument.execCommand(rich ? 'insertHTML' : 'insertText', false, rich ? p.html : p.text);
  return { ran: true, prevented: true, via: 'execCommand' };
}
