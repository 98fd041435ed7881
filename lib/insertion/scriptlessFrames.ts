// Child frames that Chromium never gives the static content script. An iframe whose src is a
// javascript: URL — UEditor 1.4.3's `javascript:void(function(){document.open();document.write(…)
// ;document.close();}())`, or `javascript:void(0)` written later by its parent as FCKeditor-style
// editors do — keeps its initial empty document: no navigation commits there, and Chromium runs
// manifest content scripts only where one does, whatever match_about_blank,
// match_origin_as_fallback and all_frames say. Such a frame has no caret memory, never reports
// the caret, and an insertion never goes to it.
//
// The parent frame (same origin, so it can look in) sees such a frame load, or its own focus
// pass into it, and finds that the frame's content-script world has no memory: the extension's
// isolated world of a same-origin child is reachable through contentWindow. It then asks the
// background to inject the static script (entrypoints/background/caretInjection.ts).
import { sharedFocusMemory } from './focusMemory.ts';
import { keepListening } from './keepListening.ts';

export function watchScriptlessFrames(doc: Document, onFound: () => void): void {
  const check = (el: unknown) => {
    if (isFrameElement(el) && lacksMemory(el)) onFound();
  };
  // A frame's load event does not bubble, but passes the document on its capture path.
  const onLoad = (e: Event) => e.isTrusted && check(e.target);
  // Focus passing from this document into a child frame blurs this window.
  const onBlur = (e: Event) => e.isTrusted && check(doc.activeElement);
  const win = doc.defaultView;
  keepListening(doc, () => {
    doc.addEventListener('load', onLoad, { capture: true, passive: true });
    win?.addEventListener('blur', onBlur, { passive: true });
  });
}

function isFrameElement(el: unknown): el is HTMLIFrameElement | HTMLFrameElement {
  const name = (el as Element | null)?.localName;
  return name === 'iframe' || name === 'frame';
}

function lacksMemory(frame: HTMLIFrameElement | HTMLFrameElement): boolean {
  try {
    const child = frame.contentWindow;
    return child !== null && sharedFocusMemory(child) === undefined;
  } catch {
    return false; // another origin: its own navigation brought it the static script
  }
}
