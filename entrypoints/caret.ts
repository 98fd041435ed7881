// The static content script, in every frame (about:blank and srcdoc iframes too, where OA editors
// live). It only remembers where the caret is and tells the background which frame holds it.
//
// Why so little: this script runs in every frame of every page the user opens, so it must be
// small and start fast (budgets ≤ 15 kB, ≤ 1 ms per frame). The insertion code — adapters,
// confirmation, the zod protocol — is entrypoints/insertion.ts, injected by the side panel into
// the one frame that holds the caret when 插入 is pressed (scripting.executeScript). Both share
// this frame's content-script world, where the focus memory is handed over (shareFocusMemory).
// It is an unlisted script declared in wxt.config.ts's manifest rather than a WXT content script:
// WXT wraps those in a context object that, in every frame, creates an AbortController, a random
// id and a location watcher and dispatches a DOM event naming the extension id (which a page
// knowing the id could listen for) — about a third of the start-up time, for nothing used here.
// No React, no Dexie: IndexedDB here would be the website's database, not ours.
import { FocusMemory, shareFocusMemory, sharedFocusMemory } from '../lib/insertion/focusMemory.ts';
import { watchScriptlessFrames } from '../lib/insertion/scriptlessFrames.ts';
import type { ToBackground } from '../lib/messaging/protocol.ts';

export default defineUnlistedScript(() => {
  // The background injects this script again, into every frame of a tab, when a frame turns out
  // to have none (lib/insertion/scriptlessFrames.ts): the frames that have it keep theirs.
  if (sharedFocusMemory()) return;
  // FocusMemory calls this only when focus enters an editable, so it is rare enough to send every
  // time; the extension API is first touched then, not when the frame starts.
  // A claim made without a gesture (a page's own autofocus) is sent, and sent again with the
  // user's next gesture in that editable, which is when the page becomes the one the user writes in.
  const memory: FocusMemory = new FocusMemory(document, () => {
    if (!mayClaimCaret(memory)) return false;
    const gesture = memory.gesturedWithin(GESTURE_MS);
    send({ type: 'editable-focused', gesture });
    return gesture;
  });
  memory.attach();
  shareFocusMemory(memory);
  // Injected late, the user may already be in this frame.
  memory.noticeFocusNow();
  // Firefox runs content scripts in javascript:-URL frames itself.
  if (!import.meta.env.FIREFOX) watchScriptlessFrames(document, () => send({ type: 'frame-without-caret-memory' }));
});

function send(message: ToBackground): void {
  extensionApi().runtime.sendMessage(message).catch(() => undefined);
}

/**
 * The extension API, looked up when first needed: WXT's `browser` is looked up when the script
 * starts, and merely reaching for the API object sets up its bindings in the frame (the bench's
 * floor: 0.27 ms of a frame's start).
 */
function extensionApi(): typeof browser {
  const world = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  return world.browser?.runtime?.id ? world.browser : world.chrome;
}

/** Chrome's transient user activation lasts as long: a claim this soon after a gesture is the user's. */
const GESTURE_MS = 5000;

/**
 * Whether this frame may become the place the next insertion goes. The page's own frames may: the
 * top document and frames whose every ancestor is of the top's origin (about:blank, srcdoc and
 * javascript: URL editors, OA iframes). Any other frame — an advertisement, a third-party widget,
 * and also a frame of the top's origin nested inside one — only right after the user pressed a
 * pointer or a key in that very frame. Otherwise it could focus() its own field (a trusted focus
 * event) and pull the user's next insertion, meant for the page, into itself (SECURITY.md).
 * navigator.userActivation is no help there: typing in the top page activates every descendant
 * frame of the top's origin too, the hidden one included.
 */
function mayClaimCaret(memory: FocusMemory): boolean {
  return isFirstParty() || memory.gesturedWithin(GESTURE_MS);
}

/** Every ancestor is of this frame's origin, and so of the top's: a cross-origin one cannot be read. */
function isFirstParty(): boolean {
  let frame: Window = window;
  try {
    while (frame !== frame.top) {
      frame = frame.parent;
      if (frame.origin !== window.origin) return false;
    }
    return true;
  } catch {
    return false;
  }
}
