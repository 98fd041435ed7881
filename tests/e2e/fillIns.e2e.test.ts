// The fill-ins as a user meets them in the real side panel: a snippet written through the `{{`
// suggestions with a choice, a sentence that can be left out, a date of the report period and
// another snippet inside it; filled (a word other than the first, the sentence left out, 单位
// from the writer's profile) and inserted into a contenteditable page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickInsert, createSnippet, openTab, selectSnippet } from './support/panel.ts';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/contenteditable.html`);
  await page.locator('#editor').evaluate((el) => (el.innerHTML = '<p><br></p>'));
  await page.locator('#editor p').click();
  panel = await browser.openSidePanel(page);
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  // The report period decides the dates: 2025年上半年.
  await panel.getByLabel('期间').selectOption('2025-H1');
});
afterAll(async () => browser?.close());

const preview = () => panel.getByRole('article').getByLabel('预览');
const suggestions = () => panel.getByRole('listbox', { name: '可以插入的内容' });

/**
 * The writer's profile, as the report view saves it (settings.authorProfile); written straight
 * into the database, so the panel is reloaded to read it as it would on its next opening.
 */
async function saveProfile(unit: string): Promise<void> {
  await panel.evaluate(
    (profile) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('report-drafter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'authorProfile', value: profile });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { unit, name: '', post: '' },
  );
  await panel.reload();
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
}

describe('fill-ins', () => {
  it('are offered after {{ by their Chinese names, each with an example', async () => {
    await createSnippet(panel, { title: '开头语', body: '{{本年}}年以来，{{单位}}坚持稳中求进。' });
    await openTab(panel, '片段');
    await panel.getByRole('button', { name: '新建片段' }).click();
    await panel.getByLabel('标题').fill('半年小结');
    const body = panel.getByLabel('正文', { exact: true });
    await body.click();

    // Another snippet: its name, then the snippets, picked with the arrow keys and Enter.
    await panel.keyboard.type('{{');
    const include = suggestions().getByRole('option', { name: /^放入另一个片段/ });
    await expect(include.innerText()).resolves.toMatch(/^放入另一个片段\n例：把「.+」的文字放在这里$/);
    await panel.keyboard.type('片段');
    await expect.poll(() => suggestions().locator('.suggestion-name').allInnerTexts()).toEqual(['放入另一个片段']);
    await panel.keyboard.press('Enter');
    await panel.keyboard.type('开头语');
    await expect.poll(() => suggestions().locator('.suggestion-name').allInnerTexts()).toEqual(['开头语']);
    await panel.keyboard.press('Enter');
    await expect.poll(() => body.inputValue()).toBe('{{>开头语}}');

    // A date of the report period, shown with its value for this period.
    await panel.keyboard.type('截至{{本期末');
    await expect.poll(() => suggestions().getByRole('option').allInnerTexts()).toEqual(['本期末\n例：截至2025年6月底']);
    await panel.keyboard.press('Enter');

    // A choice, picked with the mouse.
    await panel.keyboard.type('，营收同比{{');
    await suggestions().getByRole('option', { name: /^选一个词/ }).click();
    await panel.keyboard.type('。');

    // A sentence that can be left out: the caret waits for its words inside.
    await panel.keyboard.type('{{可选');
    await panel.keyboard.press('Enter');
    await panel.keyboard.type('今年还新建了两个服务站。');
    await panel.keyboard.press('End');
    await panel.keyboard.type('下一步继续努力。');
    await expect.poll(() => body.inputValue()).toBe('{{>开头语}}截至{{本期末}}，营收同比{{选:增长|下降|持平}}。{{?说明:今年还新建了两个服务站。}}下一步继续努力。');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('status').filter({ hasText: '已保存「半年小结」' }).waitFor();
  });

  it('are filled in the fill form and inserted as filled, 单位 from the profile', async () => {
    await saveProfile('东湖街道办事处');
    await selectSnippet(panel, '半年小结');
    await expect.poll(() => preview().innerText()).toBe('2025年以来，东湖街道办事处坚持稳中求进。截至2025年6月底，营收同比增长。今年还新建了两个服务站。下一步继续努力。');
    const choice = panel.getByLabel('从「增长、下降、持平」中选一个');
    await expect(choice.inputValue()).resolves.toBe('增长');
    await choice.selectOption('下降');
    await panel.getByRole('checkbox', { name: '写上「说明」这部分' }).uncheck();
    const filled = '2025年以来，东湖街道办事处坚持稳中求进。截至2025年6月底，营收同比下降。下一步继续努力。';
    await expect.poll(() => preview().innerText()).toBe(filled);
    expect(await clickInsert(panel)).toContain('已插入 1 段');
    await expect.poll(() => page.locator('#editor').innerText()).toBe(filled);
    expect(await page.evaluate(() => (window as unknown as { __model(): { paragraphs: string[] } }).__model().paragraphs)).toEqual([filled]);
  });

  it('start from the word used last time for that snippet', async () => {
    await selectSnippet(panel, '开头语');
    await selectSnippet(panel, '半年小结');
    await expect.poll(() => panel.getByLabel('从「增长、下降、持平」中选一个').inputValue()).toBe('下降');
    // Leaving a sentence out holds for one insert only.
    await expect(panel.getByRole('checkbox', { name: '写上「说明」这部分' }).isChecked()).resolves.toBe(true);
  });

  it('keep another snippet inside after it is renamed', async () => {
    await selectSnippet(panel, '开头语');
    await panel.getByRole('article').getByRole('button', { name: '编辑' }).click();
    await panel.getByLabel('标题').fill('开篇');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('status').filter({ hasText: '已保存「开篇」' }).waitFor();
    await selectSnippet(panel, '半年小结');
    await expect.poll(() => preview().innerText()).toMatch(/^2025年以来，东湖街道办事处坚持稳中求进。截至2025年6月底/);
  });

  it('refuse a snippet that would include itself, saying which snippets go round', async () => {
    await selectSnippet(panel, '开篇');
    await panel.getByRole('article').getByRole('button', { name: '编辑' }).click();
    await panel.getByLabel('正文', { exact: true }).fill('{{>半年小结}}');
    await panel.getByRole('alert').filter({ hasText: '片段互相套用，会没完没了：开篇 → 半年小结 → 开篇' }).waitFor();
    await expect(panel.locator('.template-backdrop mark.slot-error').allInnerTexts()).resolves.toEqual(['{{>半年小结}}']);
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('button', { name: '取消' }).click();
    await selectSnippet(panel, '开篇');
    await expect.poll(() => preview().innerText()).toBe('2025年以来，东湖街道办事处坚持稳中求进。');
  });
});
