// The page context menu's two commands, run through the background's real handler (a native
// context menu cannot be opened headless; the handler is the code the menu click runs).
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickContextMenu, snippetIdByTitle } from './support/contextMenu.ts';
import { createSnippet, INDENT, openTab } from './support/panel.ts';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let worker: Worker;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  worker = browser.context.serviceWorkers()[0]!;
});
afterAll(async () => browser?.close());

const clickMenu = (menuItemId: string, selectionText = '') => clickContextMenu(worker, page, menuItemId, selectionText);

/** The toolbar's tooltip once it starts with `start`: it says so for a few seconds only, so it is
 * watched from before the click. */
function tooltipStarting(start: string): Promise<string> {
  return worker.evaluate(
    async ({ url, start }) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getTitle(d: object): Promise<string> } } };
      const [tab] = await chrome.tabs.query({ url });
      for (;;) {
        const title = await chrome.action.getTitle({ tabId: tab!.id });
        if (title.startsWith(start)) return title;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    { url: page.url(), start },
  );
}

describe('the context menu', () => {
  it('saves the selected text as a snippet, with the page as its source', async () => {
    await page.evaluate(() => {
      const p = document.querySelector('body > p')!;
      getSelection()!.selectAllChildren(p);
    });
    const selected = await page.evaluate(() => getSelection()!.toString());
    await clickMenu('save-selection', selected);
    await openTab(panel, '片段');
    await panel.getByLabel('按文件夹筛选').selectOption('网页摘录');
    const item = panel.getByRole('list', { name: '片段列表' }).getByRole('button').first();
    await expect.poll(() => item.innerText()).toContain(selected.slice(0, 10));
    await item.click();
    await expect(panel.getByLabel('预览').innerText()).resolves.toBe(selected.trim());
    await panel.getByLabel('按文件夹筛选').selectOption('');
  });

  it('inserts a favourite, filled, where the user right-clicked', async () => {
    const title = '主要工作：党员教育管理';
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: title }).click();
    await panel.getByRole('button', { name: '☆ 收藏' }).click();
    const id = await snippetIdByTitle(worker, title);
    await page.locator('#textarea').click();
    const tooltip = tooltipStarting('已插入');
    await clickMenu(`insert:${id}`);
    await expect.poll(() => page.locator('#textarea').inputValue()).toMatch(new RegExp(`^${INDENT}（二）抓实教育管理，党员队伍更有活力。组织主题党日活动48次`));
    // Its figures are the sample library's, and nothing in the text shows it: the toolbar says so.
    expect(await tooltip).toBe('已插入，但文中有 5 个示例数值，请改成本单位的实际数字。');
  });
});

describe('a favourite with unfilled values, from the context menu', () => {
  it('is inserted with its 【】 marks visible and the toolbar says what is missing', async () => {
    const title = '菜单未填数值';
    await createSnippet(panel, { title, body: '本季度开展活动{{菜单测试未录入指标}}次。' });
    await panel.getByRole('button', { name: '☆ 收藏' }).click();
    const id = await snippetIdByTitle(worker, title);
    await page.locator('#textarea').fill('');
    await page.locator('#textarea').click();
    const tooltip = tooltipStarting('已插入，但有');
    await clickMenu(`insert:${id}`);
    await expect.poll(() => page.locator('#textarea').inputValue()).toBe(`${INDENT}本季度开展活动【菜单测试未录入指标】次。`);
    expect(await tooltip).toBe('已插入，但有 1 处没有数值，已在文中用【】标出，请补上。');
  });
});

describe('the context menu, when the panel is set to 纯文本', () => {
  it('inserts typed lines with full-width spaces, as 插入 in the panel would, not styled paragraphs', async () => {
    const title = '主要工作：党员教育管理';
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: title }).click();
    await panel.getByLabel('格式').selectOption({ label: '纯文本' });
    // The menu reads the stored choice: the line under the box says it once the library has it.
    await panel.getByText(/^纯文本：只输入文字/).waitFor();
    const id = await snippetIdByTitle(worker, title);
    const editor = page.locator('#editable');
    await editor.evaluate((el) => (el.innerHTML = '<p><br></p>'));
    await editor.click();
    await clickMenu(`insert:${id}`);
    await expect.poll(() => editor.innerText()).toMatch(new RegExp(`^${INDENT}（二）抓实教育管理`));
    // 保留段落 would have indented by the editor's own style, with no spaces in the text.
    expect(await editor.locator('[style*="text-indent"]').count()).toBe(0);
    await panel.getByLabel('格式').selectOption({ label: '保留段落' });
  });
});
