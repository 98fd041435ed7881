// Organising the library: several snippets picked and inserted in order; the user's own order;
// most used first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { clickButtonAndWaitForStatus, createSnippet, INDENT } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#textarea');
  ({ page, panel } = session);
});
afterAll(async () => session?.browser.close());

const listTitles = () => panel.getByRole('list', { name: '片段列表' }).locator('.title').allInnerTexts();

describe('the library', () => {
  it('inserts several picked snippets in the order they were picked', async () => {
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).check();
    await panel.getByRole('checkbox', { name: '选择：结尾：表态' }).check();
    await panel.getByRole('checkbox', { name: '选择：开头：年度总体情况' }).check();
    expect(await clickButtonAndWaitForStatus(panel, '按顺序插入')).toContain('已按顺序插入 2 个片段、2 段');
    const lines = (await page.locator('#textarea').inputValue()).split('\n');
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${INDENT}下一步，我将`)), expect.stringMatching(new RegExp(`^${INDENT}今年以来，在上级党委`))]);
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).uncheck();
  });

  it('lists the most used first', async () => {
    await panel.getByLabel('排序').selectOption({ label: '最常用' });
    // The uses the insert recorded reach the list a moment after its message.
    await expect.poll(async () => (await listTitles()).slice(0, 2).sort()).toEqual(['开头：年度总体情况', '结尾：表态']);
  });

  it('keeps the user’s own order, moved with 上移 / 下移', async () => {
    await panel.getByLabel('排序').selectOption({ label: '我的顺序' });
    const before = await listTitles();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: before[0]! }).click();
    await panel.getByRole('button', { name: '下移' }).click();
    await expect.poll(async () => (await listTitles()).slice(0, 3)).toEqual([before[1], before[0], before[2]]);
    await panel.reload();
    await panel.getByLabel('排序').selectOption({ label: '我的顺序' });
    await expect.poll(async () => (await listTitles()).slice(0, 2)).toEqual([before[1], before[0]]);
  });
});

describe('plain or rich', () => {
  it('inserts as plain text when chosen (lines, no markup of ours), and remembers the choice', async () => {
    const editor = page.locator('#editable');
    await editor.evaluate((el) => (el.innerHTML = '<p>已有内容</p>'));
    await editor.locator('p').click();
    await page.keyboard.press('End');
    await panel.getByLabel('排序').selectOption({ label: '最相关' });
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '主要工作：压实主体责任' }).click();
    await panel.getByLabel('格式').selectOption({ label: '纯文本' });
    // 插入 lays out as the stored choice says: the line under the box says it once the library has it.
    await panel.getByText(/^纯文本：只输入文字/).waitFor();
    expect(await clickButtonAndWaitForStatus(panel, '插入')).toContain('已插入 2 段');
    // Typed-in text: the editor itself decides how a line break looks (here, a new <p>, as Enter).
    // The first paragraph continues 已有内容's line; the second starts one, with 首行缩进.
    expect((await editor.innerText()).split(/\n+/)).toEqual([
      expect.stringMatching(/^已有内容（一）压实责任链条.*完成有时限。$/),
      expect.stringMatching(new RegExp(`^${INDENT}三是把考核用到实处.*挂钩。$`)),
    ]);
    await panel.reload();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '主要工作：压实主体责任' }).click();
    // The choice is read from the library after the reload: wait for it as a user would see it.
    await expect.poll(() => panel.getByLabel('格式').inputValue()).toBe('plain');
    await panel.getByLabel('格式').selectOption({ label: '保留段落' });
  });

  it('says before a multi-insert which values are still missing, as for one snippet', async () => {
    await createSnippet(panel, { title: '多选未填测试', body: '全年新发展党员{{多选测试未录入}}名。' });
    await panel.getByLabel('搜索片段').fill('多选未填测试');
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).check();
    await panel.getByRole('checkbox', { name: '选择：多选未填测试' }).check();
    const warning = panel.getByRole('region', { name: '已选片段' }).getByRole('note', { name: '插入前请注意' });
    await expect.poll(() => warning.innerText()).toContain('【多选测试未录入】');
    await page.locator('#textarea').fill('');
    expect(await clickButtonAndWaitForStatus(panel, '按顺序插入')).toContain('有 1 处没有数值');
    expect(await page.locator('#textarea').inputValue()).toBe(`${INDENT}全年新发展党员【多选测试未录入】名。`);
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).uncheck();
    await panel.getByLabel('搜索片段').fill('');
  });
});
