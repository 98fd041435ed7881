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

/**
 * An element's shadow root, a closed one too where the browser shows it to an extension's content
 * script (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox: element.openOrClosedShadowRoot).
 * Web components keep their editable in a closed root; the page itself cannot see into it.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  const own = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  if (typeof own === 'function') return own.call(el) ?? null;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  try {
    return dom?.openOrClosedShadowRoot?.(el as HTMLElement) ?? null;
  } catch {
    return null; // not an HTMLElement of this world (an SVG element, say)
  }
}

/** The element that really has focus, looking through shadow roots (closed ones: see shadowRootOf). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let root = active && shadowRootOf(active); root?.activeElement; root = shadowRootOf(active!)) active = root.activeElement;
  return active;
}
