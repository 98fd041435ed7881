// A hidden frame of the top page's own origin, nested inside a cross-origin widget, takes the
// focus while the user writes in the top page. It must not take the insertion: a frame is the
// page's own only if every ancestor is of the top page's origin; any other frame may claim the
// caret only right after the user clicked or typed in that very frame (SECURITY.md).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';

const SNIPPET = { title: '隐藏框架测试', body: '本段只能落在用户写字的地方。' };

type Nested = { __relayReady?: boolean; __hidden?: { hiddenFocused: boolean } };

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/hostile/nested.html`);
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, SNIPPET);
  await selectSnippet(panel, SNIPPET.title);
});
afterAll(async () => browser?.close());

describe('a hidden frame of the top origin inside a cross-origin widget', () => {
  it('takes the focus as it loads, yet the insertion goes where the user was typing', async () => {
    await page.waitForFunction(() => (window as unknown as Nested).__relayReady === true);
    await page.locator('#field').click();
    await page.keyboard.type('前文');
    // The widget nests its hidden frame now, which focuses its own field on load.
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage('arm', '*'));
    await page.waitForFunction(() => (window as unknown as Nested).__hidden !== undefined);
    expect(await page.evaluate(() => (window as unknown as Nested).__hidden)).toEqual({ hiddenFocused: true });
    const hidden: Frame = page.frames().find((f) => f.url().endsWith('/hidden.html'))!;
    const origins = [page.url(), hidden.url(), hidden.parentFrame()!.url()].map((u) => new URL(u).origin);
    expect(origins[1]).toBe(origins[0]);
    expect(origins[2]).not.toBe(origins[0]);

    expect(await clickInsert(panel)).toContain('已插入');
    expect(await page.locator('#field').inputValue()).toBe(`前文${SNIPPET.body}`);
    expect(await hidden.locator('#bait').inputValue()).toBe('');
  });

  it('the widget itself, where the user clicks and types, does receive the insertion', async () => {
    // A fresh page: with the hidden frame holding the focus, this Chromium gives a click in the
    // widget no focus at all (the typed text goes nowhere), which would test nothing of ours.
    await page.goto(`${inject('pagesUrl')}/pages/hostile/nested.html`);
    await page.waitForFunction(() => (window as unknown as Nested).__relayReady === true);
    const widget: Frame = page.frames().find((f) => f.url().includes('/relay.html'))!;
    // A real click at the field's place on screen, routed into the widget's process by the browser.
    const box = (await widget.locator('#note').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type('备注');
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await widget.locator('#note').inputValue()).toBe(`备注${SNIPPET.body}`);
    expect(await page.locator('#field').inputValue()).toBe('');
  });
});
