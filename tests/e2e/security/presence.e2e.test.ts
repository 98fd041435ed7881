// Presence by timing (issue 23, item 6): every listener the extension puts on a page's document
// makes the page's own synthetic events of that type a little slower, which a page can time. Until
// the user focuses an editable, only focusin, the two gestures (pointerdown, keydown) and frame
// loads (load, for frames Chromium gives no content script: lib/insertion/scriptlessFrames.ts)
// are listened to. The listeners are read over CDP (DOMDebugger.getEventListeners sees the content
// script's world too); timing is measured by the bench, never asserted here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';

let browser: ExtensionBrowser;
let page: Page;

/** The types of the listeners on the document, as seen from the extension's content-script world. */
async function documentListeners(): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const worlds: { id: number; type?: string; frame?: string; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      worlds.push({ id: context.id, type: aux?.type, frame: aux?.frameId, origin: context.origin });
    });
    await cdp.send('Runtime.enable');
    const ours = worlds.find((w) => w.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
    if (!ours) return [];
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: ours.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return [...new Set(listeners.map((l) => l.type))].sort();
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/hostile/presence.html`);
});
afterAll(async () => browser?.close());

describe('listeners on a page the user has not written in', () => {
  it('are only focusin, pointerdown, keydown and load before a focus into an editable', async () => {
    // The content script is there: its focusin listener is seen.
    await expect.poll(documentListeners).toContain('focusin');
    expect(await documentListeners()).toEqual(['focusin', 'keydown', 'load', 'pointerdown']);
  });

  it('a synthetic focus into the field changes nothing; the user\'s click brings the rest', async () => {
    await page.evaluate(() => document.getElementById('field')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    expect(await documentListeners()).toEqual(['focusin', 'keydown', 'load', 'pointerdown']);
    await page.locator('#field').click();
    expect(await documentListeners()).toEqual(
      ['compositionend', 'compositionstart', 'focusin', 'input', 'keydown', 'keyup', 'load', 'mouseup', 'pointerdown', 'selectionchange'],
    );
  });
});
