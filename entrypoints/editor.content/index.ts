// The static content script, in every frame (about:blank and srcdoc iframes too, where OA editors
// live). It only remembers where the caret is and tells the background which frame holds it.
//
// Why so little: this script runs in every frame of every page the user opens, so it must be
// small and start fast (budget ≤ 15 kB). The insertion code — adapters, confirmation, the zod
// protocol — is entrypoints/insertion.ts, injected by the side panel into the one frame that
// holds the caret when 插入 is pressed (scripting.executeScript). Both share this frame's
// content-script world, where the focus memory is handed over (shareFocusMemory).
// Measured (Chromium build, minified): one static script doing everything was 30 kB, mostly
// zod/mini; this one is 6.4 kB (2.3 kB gzipped), and the 35 kB insertion script loads only into
// the frame being written in, once (later inserts find it there), costing one executeScript
// round trip on the first 插入 of a page.
// No React, no Dexie: IndexedDB here would be the website's database, not ours.
import { FocusMemory, shareFocusMemory } from '../../lib/insertion/focusMemory.ts';
import type { ToBackground } from '../../lib/messaging/protocol.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  // WXT otherwise announces every start with window.postMessage(…, '*'): any page would see that
  // the extension is installed, and every frame would pay for the message.
  noScriptStartedPostMessage: true,
  main() {
    // FocusMemory calls this only when focus enters an editable, so it is rare enough to send
    // every time.
    const memory = new FocusMemory(document, () => {
      if (!mayClaimCaret()) return;
      const message: ToBackground = { type: 'editable-focused' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
    memory.attach();
    shareFocusMemory(memory);
  },
});

/**
 * Whether this frame may become the place the next insertion goes. The page's own frames may
 * (the top document and frames of its origin: about:blank and srcdoc editors, OA iframes). A frame
 * from another origin — an advertisement, a third-party widget — may only when the user has just
 * clicked or typed in it: otherwise it could call focus() on its own field (a trusted focus event)
 * and pull the user's next insertion, meant for the page, into itself (SECURITY.md).
 */
function mayClaimCaret(): boolean {
  if (window === window.top || sameOriginAsTop()) return true;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation === undefined || activation.isActive;
}

function sameOriginAsTop(): boolean {
  try {
    return window.top!.location.origin === window.origin;
  } catch {
    return false; // reading a cross-origin top's location throws
  }
}

