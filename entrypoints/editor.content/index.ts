// The static content script, in every frame (about:blank and srcdoc iframes too, where OA editors
// live). It only remembers where the caret is and tells the background which frame holds it.
//
// Why so little: this script runs in every frame of every page the user opens, so it must be
// small and start fast (budget ≤ 15 kB). The insertion code — adapters, confirmation, the zod
// protocol — is entrypoints/insertion.ts, injected by the side panel into the one frame that
// holds the caret when 插入 is pressed (scripting.executeScript). Both share this frame's
// content-script world, where the focus memory is handed over (shareFocusMemory).
// No React, no Dexie: IndexedDB here would be the website's database, not ours.
import { FocusMemory, shareFocusMemory } from '../../lib/insertion/focusMemory.ts';
import type { ToBackground } from '../../lib/messaging/protocol.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    // FocusMemory calls this only when focus enters an editable, so it is rare enough to send
    // every time.
    const memory = new FocusMemory(document, () => {
      const message: ToBackground = { type: 'editable-focused' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
    memory.attach();
    shareFocusMemory(memory);
  },
});
