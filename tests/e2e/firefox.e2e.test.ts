// The Firefox build in a real Firefox (Debian's firefox-esr), driven over WebDriver BiDi with
// puppeteer-core: the core loop — the panel page open, a sample snippet inserted filled into a
// textarea and into a contenteditable of a page served on 127.0.0.1.
//
// How the panel page is reached: the add-on is installed as a temporary one (BiDi
// webExtension.install), its moz-extension:// address fixed by the extensions.webextensions.uuids
// preference. A web page may not navigate to it, and neither may BiDi's browsingContext.navigate,
// so the browser window itself opens it as a tab, through BiDi's chrome scope (allowed only with
// --remote-allow-system-access) — as the sidebar does with the same page. Firefox here runs with
// its English UI (no language pack), so the panel speaks English.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const ADDON = resolve(process.env.DRAFTER_OUT_DIR || '.output', 'firefox-mv2');
const ADDON_ID = 'report-drafter@example.org'; // wxt.config.ts: browser_specific_settings.gecko.id
const UUID = '5c1f7b1e-7d0a-4d55-9d7e-2f4b8c6a0d11';
const PANEL_URL = `moz-extension://${UUID}/sidepanel.html`;
const INDENT = '\u3000\u3000';

let browser: Browser;
let page: Page;
let panel: Page;

/** A BiDi command as puppeteer's own connection sends it. */
type Send = (method: string, params: object) => Promise<{ result: { contexts: { context: string; url: string }[] } }>;

async function openPanelTab(): Promise<Page> {
  const send: Send = (method, params) => (browser as unknown as { connection: { send: Send } }).connection.send(method, params);
  const before = await browser.pages();
  const [window] = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result.contexts;
  const open = `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(PANEL_URL)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`;
  await send('script.evaluate', { expression: open, target: { context: window!.context }, awaitPromise: false });
  for (let i = 0; i < 100; i++) {
    const added = (await browser.pages()).filter((p) => !before.includes(p));
    for (const candidate of added) if ((await candidate.evaluate(() => location.href).catch(() => '')) === PANEL_URL) return candidate;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the panel page did not open in Firefox');
}

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox is not installed: apt-get install firefox-esr (or set FIREFOX_PATH).');
  if (!existsSync(`${ADDON}/manifest.json`)) throw new Error('The Firefox build is missing: scripts/e2e.mjs builds it (wxt build -b firefox).');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(ADDON);
  page = await browser.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  panel = await openPanelTab();
  // The sample library is written on the panel's first open.
  await panel.waitForFunction(() => document.querySelectorAll('ul[aria-label] li button').length >= 10, { timeout: 30_000 });
}, 120_000);
afterAll(async () => browser?.close());

/** Clicks the snippet with this title, then Insert. */
async function insertSnippet(title: string): Promise<void> {
  await panel.bringToFront();
  await panel.evaluate((t) => ([...document.querySelectorAll('ul[aria-label] li button')].find((b) => b.textContent?.includes(t)) as HTMLElement).click(), title);
  await panel.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Insert' && !b.disabled));
  await panel.evaluate(() => ([...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Insert') as HTMLElement).click());
}

/** What the panel's status line says once it says how an insert went. */
async function statusLine(): Promise<string> {
  const said = await panel.waitForFunction(() => {
    const text = document.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    return /Inserted|Copied|not/i.test(text) ? text : null;
  });
  return String(await said.jsonValue());
}

describe('in a real Firefox', () => {
  it('inserts a filled sample snippet into a textarea at the caret', async () => {
    await page.bringToFront();
    await page.click('#textarea');
    await insertSnippet('主要工作：压实主体责任');
    await page.waitForFunction(() => (document.querySelector('#textarea') as HTMLTextAreaElement).value.includes('挂钩'));
    expect(await statusLine()).toMatch(/^Inserted/);
    const value = await page.$eval('#textarea', (el) => (el as HTMLTextAreaElement).value);
    expect(value.split('\n')).toEqual([expect.stringMatching(new RegExp(`^${INDENT}（一）压实责任链条.*完成有时限。$`)), expect.stringMatching(new RegExp(`^${INDENT}三是把考核用到实处.*挂钩。$`))]);
  });

  it('inserts a filled sample snippet into a contenteditable as a paragraph with its indent', async () => {
    await page.bringToFront();
    await page.click('#editable');
    await insertSnippet('主要工作：党员教育管理');
    await page.waitForFunction(() => (document.querySelector('#editable')?.textContent ?? '').includes('抓实教育管理'));
    expect(await statusLine()).toMatch(/^Inserted/);
    // One paragraph, as an element of its own with the editor's own indent (首行缩进), filled.
    const paragraphs = await page.$$eval('#editable p', (ps) => ps.filter((p) => p.textContent?.trim()).map((p) => ({ text: p.textContent, indent: p.style.textIndent })));
    expect(paragraphs).toEqual([{ text: expect.stringMatching(/^（二）抓实教育管理，党员队伍更有活力。组织主题党日活动48次.*优化。$/), indent: '2em' }]);
  });
});
