// The background service worker: opens the side panel from the toolbar button, records which
// frame of each tab last held the caret (session storage survives the worker being stopped), and
// brings the caret script into frames the browser gave none.
import type { Browser } from 'wxt/browser';
import { CaretFrame, ToBackground, caretFrameKey, originOf } from '../../lib/messaging/protocol.ts';
import { injectCaretMemory } from './caretInjection.ts';
import { setUpContextMenus } from './contextMenus.ts';
import { openPanelWindow, rememberPanelWindowBounds } from './panelWindow.ts';

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebar API is not in the Chrome-shaped types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    // The Firefox build is MV2, where the toolbar button is browserAction.
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebarAction.toggle());
  } else if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    // No side panel API (Chrome before 114, older Chromium-based browsers): a window instead.
    browser.action.onClicked.addListener(() => void openPanelWindow().catch((error: unknown) => console.error('panel window', error)));
    rememberPanelWindowBounds();
  }

  let reports: Promise<void> = Promise.resolve();
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = ToBackground.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined || sender.frameId === undefined) return undefined;
    if (parsed.data.type === 'frame-without-caret-memory') {
      void injectCaretMemory(tabId);
      return undefined;
    }
    // One at a time: a report reads the one before it (remember).
    const gesture = parsed.data.gesture === true;
    reports = reports.then(() => remember(tabId, sender, gesture)).catch(() => undefined);
    return undefined;
  });

  setUpContextMenus();

  /**
   * Stores where the caret is. The site is that of the tab's page when the user put the caret
   * there by hand; a focus the page made by itself keeps the site the user last wrote in.
   */
  async function remember(tabId: number, sender: Browser.runtime.MessageSender, gesture: boolean): Promise<void> {
    const key = caretFrameKey(tabId);
    let site: string | undefined;
    if (gesture) {
      site = originOf(sender.tab?.url);
    } else {
      const previous = CaretFrame.safeParse((await browser.storage.session.get(key))[key]);
      site = previous.success ? previous.data.site : undefined;
    }
    const target: CaretFrame = { frameId: sender.frameId!, documentId: sender.documentId, at: Date.now(), ...(site ? { site } : {}) };
    await browser.storage.session.set({ [key]: target });
  }

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(caretFrameKey(tabId)));
});
