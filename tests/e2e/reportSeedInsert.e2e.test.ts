// The seed report, imported and made into a report in the real side panel (as report.e2e.test.ts
// does), inserted whole with 插入全文 into a contenteditable page: the page must hold its title and
// every numbered heading once, in the order the panel shows them, with the paragraphs between
// them, at the caret — a long report with unfilled slots, where reportInsert.e2e.test.ts inserts a
// short one written in the view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickButtonAndWaitForStatus } from './support/panel.ts';
import { reportFromSeed, SEED_HEADINGS, SEED_TITLE } from './support/seedReport.ts';

const TITLE = SEED_TITLE;
const HEADINGS = SEED_HEADINGS;

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const model = async () =>
  ((await page.evaluate(() => window.__model!())) as { paragraphs: string[] }).paragraphs.map((p) => p.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()).filter((p) => p !== '');

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/contenteditable.html`);
  await page.waitForFunction(() => window.__ready === true);
  await page.locator('#editor').click();
  panel = await browser.openSidePanel(page);
  await panel.getByRole('tab', { name: '片段' }).waitFor();
}, 60_000);
afterAll(async () => browser?.close());

describe('the imported seed report, inserted whole', () => {
  it('makes the report from the imported seed report, its headings numbered', async () => {
    await reportFromSeed(panel);
  });

  it('插入全文 puts the title and every numbered heading into the page once, in order, with the paragraphs between them, at the caret', async () => {
    // On an empty line of its own before 结尾.
    await page.locator('#editor').getByText('结尾', { exact: true }).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    expect(await model()).toEqual(['已有内容', '结尾']);

    const status = await clickButtonAndWaitForStatus(panel, '插入全文');
    const count = Number(/已插入全文，共 (\d+) 段/.exec(status)?.[1]);
    expect(count, status).toBeGreaterThan(HEADINGS.length + 1);
    await expect.poll(async () => (await model()).length).toBe(count + 2);

    const inserted = await model();
    expect(inserted[0]).toBe('已有内容');
    expect(inserted[1]).toBe(TITLE);
    expect(inserted.at(-1)).toBe('结尾');
    // The headings, as the page holds them, in the panel's order, each once.
    expect(inserted.filter((p) => HEADINGS.includes(p))).toEqual(HEADINGS);
    for (const heading of HEADINGS) expect(inserted.filter((p) => p === heading).length, heading).toBe(1);
    // Each heading is followed by its part's words: no two headings of a level-2 part run together.
    const at = HEADINGS.map((h) => inserted.indexOf(h));
    for (let i = 0; i < at.length; i++) {
      if (HEADINGS[i]!.startsWith('（')) expect(at[i + 1] ?? inserted.length - 1, `paragraphs under ${HEADINGS[i]}`).toBeGreaterThan(at[i]! + 1);
    }
    // The opening stands between the title and 一、.
    const opening = inserted.findIndex((p) => p.includes('现就基层党建工作述职如下'));
    expect(opening).toBeGreaterThan(1);
    expect(opening).toBeLessThan(at[0]!);
  });
});

declare global {
  interface Window {
    __model?: () => { paragraphs: string[] };
    __ready?: boolean;
  }
}
