// Starts the system Chromium with the built extension, and opens the real side panel the way a
// toolbar click does (CDP Extensions.triggerAction), so tests drive what a user drives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { browserEnv, extensionArgs, findChromium, NO_CHROMIUM_MESSAGE } from '../../../scripts/lib/chromium.mjs';

export const EXTENSION_DIR = resolve(process.env.DRAFTER_OUT_DIR || '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's own pages open as tabs (e.g. the panel page for direct UI tests). */
  extensionUrl(path: string): string;
  /** Opens the real side panel for the given web page, as the toolbar button would. */
  openSidePanel(page: Page): Promise<Page>;
  /** Clicks the toolbar button over the given web page (what it opens depends on the browser). */
  triggerAction(page: Page): Promise<void>;
  /** An extension page the browser opened by itself (a side panel, a window): `path` as in extensionUrl. */
  findExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

let nextPort = 9300 + Math.floor(Math.random() * 500);

/**
 * Starts the browser with its UI (and so the panel) in `lang`: zh-CN unless a test asks for another;
 * with the built extension unless a test gives another folder (a changed copy of it); pages of
 * 1000 × 800 unless a test asks for the window's own size.
 */
export async function launchExtensionBrowser(lang = 'zh-CN', extensionDir = EXTENSION_DIR, viewport: { width: number; height: number } | null = { width: 1000, height: 800 }): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const profile = await mkdtemp(join(tmpdir(), 'drafter-e2e-'));
  const debugPort = nextPort++;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // --headless=new comes from our own flags; Playwright's would add the old mode
    args: extensionArgs(extensionDir, { debugPort, lang }),
    env: browserEnv(lang),
    // null: pages take their window's size (a test of windows needs the browser's own sizes).
    viewport,
    locale: lang,
  });
  context.setDefaultTimeout(10_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The panel's texts follow the browser's UI language; a browser without that language's locale
  // files silently falls back to English, and every test looking for Chinese names would fail.
  const uiLanguage = await worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  if (uiLanguage.split('-')[0] !== lang.split('-')[0]) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(`Chromium runs in ${uiLanguage}, not ${lang}: install its locale files (Debian/Ubuntu: apt-get install chromium-l10n).`);
  }
  let cdpBrowser: Browser | undefined;

  async function triggerAction(page: Page): Promise<void> {
    const session = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    await session.detach();
  }

  /** An extension page the browser opened by itself (a side panel, a window), found over CDP. */
  async function findExtensionPage(path: string): Promise<Page> {
    const url = `chrome-extension://${extensionId}/${path}`;
    cdpBrowser ??= await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    for (let attempt = 0; attempt < 100; attempt++) {
      for (const ctx of cdpBrowser.contexts()) {
        const found = ctx.pages().find((p) => p.url().startsWith(url));
        if (found) {
          found.setDefaultTimeout(10_000);
          return found;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${path} did not open`);
  }

  async function openSidePanel(page: Page): Promise<Page> {
    await triggerAction(page);
    return findExtensionPage('sidepanel.html');
  }

  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    openSidePanel,
    triggerAction,
    findExtensionPage,
    async close() {
      await cdpBrowser?.close().catch(() => undefined);
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
