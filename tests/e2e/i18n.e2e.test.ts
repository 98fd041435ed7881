// The panel in an English browser: the same extension, its texts from locales/en.yml. The user's
// data (the Chinese sample library, metric names) stays as written; only the panel speaks English.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser('en');
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  await page.locator('#textarea').click();
  panel = await browser.openSidePanel(page);
  await panel.getByRole('list', { name: 'Snippet list' }).getByRole('listitem').first().waitFor();
});
afterAll(async () => browser?.close());

/** Han characters and full-width punctuation: none may appear in the panel's own texts. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('an English browser', () => {
  it('names the extension in English', async () => {
    const name = await panel.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(n: string): string } } }).chrome.i18n.getMessage('app_name'));
    expect(name).toMatch(/^Report Drafter/);
    expect(await panel.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Report Drafter']);
  });

  it('shows the views, the search box and the filters in English', async () => {
    const tabs = await panel.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(['Snippets', 'Reports', 'Metrics', 'Compose', 'Import', 'Backup', 'Trash']);
    expect(await panel.getByRole('searchbox', { name: 'Search snippets' }).getAttribute('placeholder')).toMatch(/^Search: text or pinyin/);
    expect(await panel.getByRole('combobox', { name: 'Filter by category' }).locator('option').allInnerTexts()).toContain('Main work');
    expect(await panel.getByRole('combobox', { name: 'Sort' }).locator('option').allInnerTexts()).toEqual(['Best match', 'Recently used', 'Most used', 'My order']);
    await panel.getByLabel('Favourites only').waitFor();
    expect(await panel.getByRole('heading', { level: 1 }).innerText()).toBe('Report Drafter');
  });

  it('finds a Chinese snippet, inserts it and says so in English', async () => {
    await panel.getByLabel('Search snippets').fill('yszt');
    const first = panel.getByRole('list', { name: 'Snippet list' }).getByRole('button').first();
    await expect.poll(() => first.innerText()).toContain('压实主体责任');
    await first.click();
    const detail = panel.getByRole('article', { name: /^Snippet: .*压实主体责任/ });
    await detail.waitFor();
    for (const name of ['Insert', 'Copy', 'Edit', 'Delete', 'History']) await detail.getByRole('button', { name, exact: true }).waitFor();
    await detail.getByRole('button', { name: 'Insert', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Inserted 2 paragraphs. Note: the text has 5 sample values; change them to your real figures.' }).waitFor();
    // 首行缩进 (on by default) is the same in an English browser: the text is Chinese.
    expect(await page.locator('#textarea').inputValue()).toMatch(/^\u3000\u3000（一）压实责任链条/);
  });

  it('shows the metric notebook in English, with the metrics named as the user named them', async () => {
    await panel.getByRole('tab', { name: 'Metrics' }).click();
    await panel.getByRole('button', { name: 'New metric' }).waitFor();
    await expect(panel.getByLabel('Value of 发展党员', { exact: true }).inputValue()).resolves.toBe('5');
    const input = panel.getByLabel('Value of 发展党员', { exact: true });
    await input.fill('6');
    await input.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Noted “发展党员”: 6' }).waitFor();
    await panel.getByRole('radio', { name: 'Compare periods' }).click();
    await panel.getByRole('table', { name: 'Values by period' }).waitFor();
    await panel.getByRole('radio').first().click();
  });

  it('words consistency warnings and values that cannot be written in English', async () => {
    await panel.getByRole('tab', { name: 'Snippets' }).click();
    await panel.getByRole('button', { name: 'New snippet' }).click();
    await panel.getByLabel('Title').fill('Checks');
    await panel.getByLabel(/^Body/).fill('投入{{党建投入总额}}万元，其中经费{{党建工作经费}}万元、建设{{阵地建设经费}}万元。人均{{=党建工作经费/0}}万元。');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved “Checks”.' }).waitFor();
    await panel.getByRole('list', { name: 'Snippet list' }).getByRole('button', { name: 'Checks' }).click();
    const detail = panel.getByRole('article', { name: 'Snippet: Checks' });
    await detail.waitFor();
    await expect.poll(() => detail.getByRole('list', { name: 'Data warnings' }).innerText()).toBe(
      'The total 86.5万元 does not match the sum of its parts, 30 + 36.5 = 66.5万元; the difference is 20',
    );
    await expect.poll(() => detail.getByLabel('Preview').innerText()).toContain('人均【=党建工作经费/0：Division by zero】万元。');
    // The figures are the sample library's: the same note names them, in English around the data.
    await expect.poll(() => detail.getByRole('note', { name: 'Before you insert' }).innerText()).toBe(
      'One value cannot be computed (Division by zero); it will appear as a 【】 mark. Please check it.\n\n' +
        'The text uses 3 sample values: 党建投入总额, 党建工作经费, 阵地建设经费. They are made up by the sample library, not your figures; change them to your real ones under Metrics first.',
    );
  });

  it('has no Chinese in its own labels: every button, tab and field name outside the data is English', async () => {
    await panel.getByRole('tab', { name: 'Snippets' }).click();
    await panel.getByLabel('Search snippets').fill('');
    await panel.getByRole('list', { name: 'Snippet list' }).getByRole('button').first().click();
    // Every accessible name the panel gives its controls, minus the ones that quote the user's data.
    const names = await panel.evaluate(() =>
      [...document.querySelectorAll('[aria-label], button, [role=tab], label, legend, option[value=""], [placeholder]')]
        .filter((el) => !el.closest('#snippet-list') && !el.closest('.preview'))
        .map((el) => el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? (el as HTMLElement).innerText),
    );
    const quotingData = /^Snippet: |^Select: /;
    const chinese = names.filter((n) => CHINESE.test(n) && !quotingData.test(n));
    expect(chinese).toEqual([]);
  });

  it('speaks English in the reports, compose, import, backup and trash views too', async () => {
    for (const tab of ['Reports', 'Compose', 'Import', 'Backup', 'Trash']) {
      await panel.getByRole('tab', { name: tab }).click();
      await panel.locator('main section').first().waitFor();
      // The panel's own words: each element's own text and its accessible name. Snippet titles and
      // folder names (the user's data) sit in options and lists, which are left out.
      const texts = await panel.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => !el.closest('option:not([value=""]), ul, ol'))
          .flatMap((el) => [
            ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
            el.getAttribute('aria-label') ?? '',
            el.getAttribute('placeholder') ?? '',
          ]),
      );
      expect(texts.join(' '), tab).toMatch(/[A-Za-z]{4}/);
      // Compose lists the problems to choose by their titles (data, in Chinese) as checkbox labels;
      // there only text mixing English and Chinese would be an untranslated message.
      const untranslated = texts.filter((t) => CHINESE.test(t) && (tab !== 'Compose' || /[A-Za-z]/.test(t)));
      expect(untranslated, tab).toEqual([]);
    }
    await panel.getByRole('tab', { name: 'Import' }).click();
    await panel.getByRole('heading', { name: 'Import old documents' }).waitFor();
    await panel.getByRole('tab', { name: 'Backup' }).click();
    await panel.getByRole('button', { name: 'Export a backup file' }).waitFor();
  });
});
