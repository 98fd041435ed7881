// The page context menu, driven through the background's real click handler: a native context
// menu cannot be opened headless, and the handler is the code the menu click runs. The worker
// exposes it on its own global scope, which no web page can reach.
import type { Page, Worker } from 'playwright-core';

/** Runs the menu's click handler in the service worker, for the tab showing `page`. */
export async function clickContextMenu(worker: Worker, page: Page, menuItemId: string, selectionText = ''): Promise<void> {
  await worker.evaluate(
    async ({ menuItemId, selectionText, url }) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<object[]> } } };
      const [tab] = await chrome.tabs.query({ url });
      const click = (globalThis as unknown as { drafterContextMenuClick: (info: object, tab: object) => Promise<void> }).drafterContextMenuClick;
      await click({ menuItemId, frameId: 0, selectionText, editable: true, pageUrl: url }, tab!);
    },
    { menuItemId, selectionText, url: page.url() },
  );
}

/** The id of the snippet with this title, read from the extension's own database in the worker. */
export function snippetIdByTitle(worker: Worker, title: string): Promise<string> {
  return worker.evaluate(
    (wanted) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('report-drafter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('snippets').objectStore('snippets').getAll();
          all.onsuccess = () => resolve((all.result as { id: string; title: string }[]).find((s) => s.title === wanted)!.id);
        };
      }),
    title,
  );
}
