// The background service worker: opens the side panel from the toolbar button, records which
// frame of each tab last held the caret (session storage survives the worker being stopped), and
// brings the caret script into frames the browser gave none.
import { ToBackground, insertTargetKey, type InsertTarget } from '../../lib/messaging/protocol.ts';
import { injectCaretMemory } from './caretInjection.ts';
import { setUpContextMenus } from './contextMenus.ts';

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebar API is not in the Chrome-shaped types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    // The Firefox build is MV2, where the toolbar button is browserAction.
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = ToBackground.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined || sender.frameId === undefined) return undefined;
    if (parsed.data.type === 'frame-without-caret-memory') {
      void injectCaretMemory(tabId);
      return undefined;
    }
    const target: InsertTarget = { frameId: sender.frameId, documentId: sender.documentId, at: Date.now() };
    void browser.storage.session.set({ [insertTargetKey(tabId)]: target });
    return undefined;
  });

  setUpContextMenus();

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(insertTargetKey(tabId)));
});
