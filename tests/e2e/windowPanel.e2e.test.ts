// A browser without the side panel API (Chrome before 114; older Chromium-based office browsers):
// the toolbar button opens the panel in a window of its own, and insertion still goes to the page
// the user writes in. The API is taken away as such a browser lacks it: the built extension is
// copied without the sidePanel permission, and Chromium then gives it no chrome.sidePanel at all.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickInsert, INDENT, selectSnippet } from './support/panel.ts';

let copy: string;
let browser: ExtensionBrowser;
let page: Page;
let worker: Worker;

interface WindowInfo {
  id: number;
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

const windows = () =>
  worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { windows: { getAll(q: object): Promise<WindowInfo[]> } } };
    return (await chrome.windows.getAll({ windowTypes: ['normal', 'popup'] })).map(({ id, type, left, top, width, height }) => ({ id, type, left, top, width, height }));
  });
const popups = async () => (await windows()).filter((w) => w.type === 'popup');

/** The panel page in its window, once the toolbar button has opened it. */
async function panelWindowPage(): Promise<Page> {
  const panel = await browser.findExtensionPage('sidepanel.html');
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  return panel;
}

/** Moves a window as the user would drag it (the worker asks the browser, as the code does). */
const moveWindow = (id: number, bounds: Partial<WindowInfo>) =>
  worker.evaluate(
    async ({ id, bounds }) => {
      const { chrome } = globalThis as unknown as { chrome: { windows: { update(id: number, b: object): Promise<unknown> } } };
      await chrome.windows.update(id, bounds);
    },
    { id, bounds },
  );

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'drafter-no-side-panel-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as { permissions: string[]; side_panel?: unknown };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
  delete manifest.side_panel;
  await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
  browser = await launchExtensionBrowser('zh-CN', copy, null);
  worker = browser.context.serviceWorkers()[0]!;
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
});
afterAll(async () => {
  await browser?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('without the side panel API', () => {
  it('really has none (the test runs what an older browser runs)', async () => {
    expect(await worker.evaluate(() => typeof (globalThis as unknown as { chrome: { sidePanel?: unknown } }).chrome.sidePanel)).toBe('undefined');
  });

  it('the toolbar button opens the panel in a narrow window at the right edge of the browser window', async () => {
    // Headless Chromium's screen is 800 × 600, and a window must be mostly on it: the browser
    // window is made to fit first, as a real one on a real screen does.
    const [browserWindow] = await windows();
    await moveWindow(browserWindow!.id, { left: 0, top: 0, width: 800, height: 600 });
    await page.locator('#textarea').click();
    await browser.triggerAction(page);
    await panelWindowPage();
    const [normal] = (await windows()).filter((w) => w.type === 'normal');
    const [panelWindow, ...more] = await popups();
    expect(more).toEqual([]);
    expect(panelWindow!.width).toBeLessThanOrEqual(400);
    expect(panelWindow!.left + panelWindow!.width).toBe(normal!.left + normal!.width);
  });

  it('inserts into the text box the user clicked in the browser window, not into its own window', async () => {
    const panel = await panelWindowPage();
    await selectSnippet(panel, '主要工作：压实主体责任');
    expect(await clickInsert(panel)).toContain('已插入');
    await expect.poll(() => page.locator('#textarea').inputValue()).toMatch(new RegExp(`^${INDENT}（一）压实责任链条`));
  });

  it('then into a rich editor, once the user has clicked there', async () => {
    const panel = await panelWindowPage();
    const editor = page.locator('#editable');
    await editor.click();
    await selectSnippet(panel, '主要工作：党员教育管理');
    expect(await clickInsert(panel)).toContain('已插入');
    await expect.poll(() => editor.locator('p').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^（二）抓实教育管理/)]));
  });

  it('brings its one window forward on a second click, and opens it again where the user last put it', async () => {
    await browser.triggerAction(page);
    expect(await popups()).toHaveLength(1);
    const [panelWindow] = await popups();
    const moved = { left: 40, top: 30, width: 360, height: 500 };
    await moveWindow(panelWindow!.id, moved);
    await expect.poll(async () => (await popups())[0]).toMatchObject(moved);
    // Its place is written when the browser reports the move; closing the window waits for that.
    await expect.poll(() => worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('panelWindowBounds')).panelWindowBounds)).toMatchObject(moved);
    await (await panelWindowPage()).close();
    await expect.poll(popups).toHaveLength(0);
    await browser.triggerAction(page);
    await panelWindowPage();
    await expect.poll(async () => (await popups())[0]).toMatchObject(moved);
  });
});
