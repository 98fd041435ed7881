// A page cannot plant a live template through 保存选中文字为片段: on right-click it stretches the
// selection over off-screen text shaped like a slot; the saved excerpt must stay text, so that
// inserting it later never hands a metric's value to a page.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickContextMenu } from '../support/contextMenu.ts';
import { clickInsert, createMetric, openTab } from '../support/panel.ts';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let worker: Worker;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/hostile/planting.html`);
  await page.locator('#field').click();
  panel = await browser.openSidePanel(page);
  worker = browser.context.serviceWorkers()[0]!;
  await createMetric(panel, { name: '某指标', unit: '次', value: 4321 });
});
afterAll(async () => browser?.close());

describe('a page that stretches the selection over a hidden slot', () => {
  it('the saved excerpt is text: inserting it shows the braces, never the metric value', async () => {
    // The user selects the visible paragraph and right-clicks it; the page widens the selection.
    await page.locator('#visible').selectText();
    await page.locator('#visible').click({ button: 'right' });
    expect(await page.evaluate(() => getSelection()!.toString())).toContain('{{某指标}}');
    await clickContextMenu(worker, page, 'save-selection');

    await openTab(panel, '片段');
    await panel.getByLabel('按文件夹筛选').selectOption('网页摘录');
    const item = panel.getByRole('list', { name: '片段列表' }).getByRole('button').first();
    await expect.poll(() => item.innerText()).toContain('本段介绍基层治理');
    await item.click();
    await expect.poll(() => panel.getByLabel('预览').innerText()).toContain('{{某指标}}');

    await page.locator('#field').click();
    expect(await clickInsert(panel)).toContain('已插入');
    const inserted = await page.locator('#field').inputValue();
    expect(inserted).toContain('（全年共{{某指标}}次）');
    expect(inserted).not.toContain('4321');
  });
});
