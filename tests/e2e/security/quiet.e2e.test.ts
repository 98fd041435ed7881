// A page learns nothing from the extension's mere presence: its content script starts without
// posting any message to the page (WXT announces content scripts by default).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(async () => browser?.close());

it('a page listening from its first line hears no message from the extension', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/quiet/index.html`);
  await page.locator('textarea').click();
  // Give any announcement time to arrive: it would be queued at document start.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
});
