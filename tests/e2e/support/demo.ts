// The common start of a panel test: a browser with the extension, the demo page with the caret
// in one of its editors, and the real side panel open beside it with the library loaded.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser.ts';

export interface DemoSession {
  browser: ExtensionBrowser;
  page: Page;
  panel: Page;
}

export async function openPanelBesideDemo(caretIn = '#textarea'): Promise<DemoSession> {
  const browser = await launchExtensionBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  await page.locator(caretIn).click();
  const panel = await browser.openSidePanel(page);
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  return { browser, page, panel };
}
