// Small DOM tests the adapters share to recognise an editor from the isolated world, where the
// page's own objects (window.UE, window.tinymce…) are invisible: only the DOM can be read.
import type { InsertTarget } from './adapter.ts';

/** The target is rich and it, or its document's body, matches the selector. */
export function richMatches(target: InsertTarget, selector: string): boolean {
  if (target.kind !== 'rich') return false;
  const el = target.element;
  return el.matches(selector) || el.closest(selector) !== null;
}

/** The iframe element this document is shown in, when the parent is same-origin. */
export function hostFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The site's origin; about:blank and srcdoc frames inherit their creator's. */
export function siteHost(doc: Document): string {
  try {
    return new URL(doc.defaultView?.origin ?? doc.URL).hostname;
  } catch {
    return '';
  }
}
