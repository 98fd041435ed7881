// A hostile page (tests/e2e/pages/hostile): it listens to every event, records every DOM change,
// patches execCommand, DataTransfer, dispatchEvent and the clipboard API, floods postMessage and
// custom events with forged copies of the extension's message shapes, probes the extension's
// files, and hosts a cross-origin frame that pulls the focus to itself. It gets no library data —
// only the text the user inserted into it — and it cannot cause an insertion.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';

const SECRET = { title: '机密标题·不得外泄', body: '机密正文：本年度问题线索共计7条，不得外传。' };
const PUBLIC = { title: '公开段落的标题', body: '公开段落：全年召开专题会议12次。<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> <a href="javascript:window.__pwned=3">链接</a>' };

type Hostile = { __seen: string[]; __flooded: number; __probes: string[]; __pwned?: number; __quiet?: boolean; __frameReady?: boolean; __steal?: object };

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const seen = (where: Page | Frame = page) => where.evaluate(() => (window as unknown as Hostile).__seen.join('\n'));
const flooded = () => page.evaluate(() => (window as unknown as Hostile).__flooded);
const thirdParty = (): Frame => page.frames().find((f) => f !== page.mainFrame())!;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/hostile/index.html?ext=${browser.extensionId}`);
  // Wait for the frame through the page: no script may be evaluated in the frame before the first
  // test (a debugger's evaluate counts as a user gesture there).
  await page.waitForFunction(() => (window as unknown as Hostile).__frameReady === true);
  const origins = [page.url(), thirdParty().url()].map((u) => new URL(u).origin);
  if (origins[0] === origins[1]) throw new Error(`the third-party frame is not cross-origin: ${origins.join(' ')}`);
  await page.locator('#field').click();
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, SECRET);
  await createSnippet(panel, PUBLIC);
});
afterAll(async () => browser?.close());

describe('a hostile page', () => {
  it('a cross-origin frame that pulls the focus to itself does not receive the next insertion', async () => {
    await page.locator('#field').click();
    await page.keyboard.type('前文');
    // The third-party frame focuses its own field — a trusted focus event, without any user
    // activation — and floods synthetic pointer and key events, while the top page keeps quiet.
    await page.evaluate(() => {
      (window as unknown as Hostile).__quiet = true;
      document.querySelector('iframe')!.contentWindow!.postMessage('steal-focus', '*');
    });
    await page.waitForFunction(() => (window as unknown as Hostile).__steal !== undefined);
    expect(await page.evaluate(() => (window as unknown as Hostile).__steal)).toEqual({ stolen: true, hadActivation: false });
    const before = await flooded();
    await expect.poll(flooded).toBeGreaterThan(before + 20);
    // The user goes to the panel and presses 插入: the text goes where the user was.
    await selectSnippet(panel, PUBLIC.title);
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await page.locator('#field').inputValue()).toBe(`前文${PUBLIC.body}`);
    expect(await thirdParty().locator('#ad').inputValue()).toBe('');
    expect(await seen(thirdParty())).not.toContain('公开段落');
    await page.evaluate(() => ((window as unknown as Hostile).__quiet = false));
  });

  it('floods forged messages and events: nothing is inserted, nothing answers, no extension file loads', async () => {
    const field = await page.locator('#field').inputValue();
    const before = await flooded();
    await expect.poll(flooded, { timeout: 20_000 }).toBeGreaterThan(before + 100);
    expect(await page.locator('#field').inputValue()).toBe(field);
    expect(await page.locator('#rich').innerText()).toBe('页面原有内容');
    expect(await thirdParty().locator('#ad').inputValue()).toBe('');
    expect(await page.evaluate(() => (window as unknown as Hostile).__probes)).toEqual([]);
    expect(await thirdParty().evaluate(() => (window as unknown as Hostile).__probes)).toEqual([]);
    // Without externally_connectable the page has no runtime to message the extension with.
    expect(await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('inserts a snippet holding markup as visible text, even through patched APIs', async () => {
    await selectSnippet(panel, PUBLIC.title);
    await page.locator('#rich p').click();
    await page.keyboard.press('End');
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await page.locator('#rich').innerText()).toContain(PUBLIC.body);
    expect(await page.locator('#rich img, #rich script, #rich a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as Hostile).__pwned)).toBeUndefined();
  });

  it('learns only the text inserted into it: no other snippet, no title, no marker, no global', async () => {
    const log = await seen();
    expect(log).toContain('公开段落');
    for (const secret of [SECRET.title, SECRET.body, '机密', PUBLIC.title]) expect(log).not.toContain(secret);
    // Nothing of ours in the DOM, not even briefly: no attribute the page did not write itself.
    const attributes = log.split('\n').filter((l) => l.startsWith('attribute: '));
    expect(attributes.filter((l) => /drafter|report|extension|token/i.test(l))).toEqual([]);
    // No global and no symbol of ours in the page's world.
    const extra = await page.evaluate(() => {
      const w = window as unknown as { __globalsAtStart: string[]; __symbolsAtStart: string[] };
      const ours = new Set(['__seen', '__pwned', '__flooded', '__probes', '__globalsAtStart', '__symbolsAtStart', '__replay', '__quiet', '__frameReady', '__steal', 'other']);
      return [
        // (Numeric names are the page's own frames: window[0] is the third-party iframe.)
        ...Object.getOwnPropertyNames(window).filter((n) => !w.__globalsAtStart.includes(n) && !ours.has(n) && !/^\d+$/.test(n)),
        ...Object.getOwnPropertySymbols(window).map(String).filter((s) => !w.__symbolsAtStart.includes(s)),
      ];
    });
    expect(extra).toEqual([]);
    // The third-party frame saw none of the insertions.
    expect(await seen(thirdParty())).not.toContain('公开段落');
  });

  it('replaying what it saw causes no second insertion', async () => {
    const text = await page.locator('#rich').innerText();
    await page.evaluate(() => {
      const w = window as unknown as Hostile & { __replay(extra: object[]): void };
      const tokens = new Set([...w.__seen.join('\n').matchAll(/[0-9a-f]{32}/g)].map((m) => m[0]));
      for (const token of tokens) w.__replay([{ type: 'attempt', token, step: 0 }, { type: 'confirm', token, step: 0, ran: true, prevented: true }]);
    });
    const before = await flooded();
    await expect.poll(flooded).toBeGreaterThan(before + 20);
    expect(await page.locator('#rich').innerText()).toBe(text);
  });
});

describe('a frame the user wrote in, then navigated to another site', () => {
  it('does not receive the insertion: the caret was in the document that is gone', async () => {
    await page.goto(`${inject('pagesUrl')}/pages/hostile/navigating.html`);
    await page.waitForFunction(() => (window as unknown as { __frameReady?: number }).__frameReady === 1);
    const own = page.frames().find((f) => f.url().endsWith('/editor-frame.html'))!;
    await own.locator('#inner').click();
    await page.keyboard.type('框架里写的');
    // The page swaps the frame for another origin's page, which focuses its own field on load.
    await page.evaluate(() => (window as unknown as { swapFrame(): void }).swapFrame());
    await page.waitForFunction(() => (window as unknown as { __frameReady?: number }).__frameReady === 2);
    await selectSnippet(panel, PUBLIC.title);
    const status = await clickInsert(panel);
    expect(status).not.toContain('已插入');
    const swapped = page.frames().find((f) => f.url().includes('/frame.html'))!;
    expect(await swapped.locator('#ad').inputValue()).toBe('');
    expect(await seen(swapped)).not.toContain('公开段落');
  });
});
