// The content script, in every frame (about:blank and srcdoc iframes too, where OA editors live).
// It only remembers where the caret is and performs an insert the side panel asks for. No React,
// no Dexie: IndexedDB here would be the website's database, not ours.
import { FocusMemory } from '../../lib/insertion/focusMemory.ts';
import { performInsert } from '../../lib/insertion/insert.ts';
import { ToContentScript, type ToBackground } from '../../lib/messaging/protocol.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    // Tell the background which frame holds the caret. FocusMemory calls this only when focus
    // enters an editable, so it is rare enough to send every time.
    const memory = new FocusMemory(document, () => {
      const message: ToBackground = { type: 'editable-focused' };
      browser.runtime.sendMessage(message).catch(() => undefined);
    });
    memory.attach();

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = ToContentScript.safeParse(raw);
      if (!parsed.success) return undefined;
      sendResponse(performInsert(memory, parsed.data.paragraphs, parsed.data.format));
      return undefined;
    });
  },
});
