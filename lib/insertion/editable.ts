// What counts as a place the user can type into, and where its editable root is.

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Realm-safe checks: elements in iframes have their own HTMLTextAreaElement constructor. */
export function isTextField(el: Element): el is TextField {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** The contenteditable host containing el, or the body of a designMode document. */
export function richEditableRoot(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  if (doc.designMode === 'on') return doc.body;
  let node: HTMLElement | null = el as HTMLElement;
  let root: HTMLElement | null = null;
  while (node) {
    if (node.isContentEditable) root = node;
    else if (root) break;
    node = node.parentElement;
  }
  return root;
}

/** The editable that el belongs to: itself for text fields, its contenteditable root otherwise. */
export function editableOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isTextField(el)) return el;
  return richEditableRoot(el);
}

export function isReadOnly(el: HTMLElement): boolean {
  if (isTextField(el)) return el.readOnly || el.disabled;
  return el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true';
}

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
