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
  close(): Promise<void>;
}

let nextPort = 9300 + Math.floor(Math.random() * 500);

/** Starts the browser with its UI (and so the panel) in `lang`: zh-CN unless a test asks for another. */
export async function launchExtensionBrowser(lang = 'zh-CN'): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const profile = await mkdtemp(join(tmpdir(), 'drafter-e2e-'));
  const debugPort = nextPort++;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // --headless=new comes from our own flags; Playwright's would add the old mode
    args: extensionArgs(EXTENSION_DIR, { debugPort, lang }),
    env: browserEnv(lang),
    viewport: { width: 1000, height: 800 },
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

  async function openSidePanel(page: Page): Promise<Page> {
    const session = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    await session.detach();
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    cdpBrowser ??= await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    for (let attempt = 0; attempt < 100; attempt++) {
      for (const ctx of cdpBrowser.contexts()) {
        const panel = ctx.pages().find((p) => p.url().startsWith(panelUrl));
        if (panel) {
          panel.setDefaultTimeout(10_000);
          return panel;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the side panel did not open');
  }

  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    openSidePanel,
    async close() {
      await cdpBrowser?.close().catch(() => undefined);
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
