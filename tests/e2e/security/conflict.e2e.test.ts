// Two side panels (two windows) editing the same snippet: the second save does not silently
// overwrite the first. The panel says 「这段内容已在别处修改」 and offers 保留我的 / 采用对方的.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { createSnippet, selectSnippet } from '../support/panel.ts';

let browser: ExtensionBrowser;
let a: Page;
let b: Page;

async function openPanel(): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: '片段' }).waitFor();
  return panel;
}

async function edit(panel: Page, title: string): Promise<void> {
  await selectSnippet(panel, title);
  await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: '编辑', exact: true }).click();
  await panel.getByRole('form', { name: '编辑片段' }).waitFor();
}

const save = (panel: Page) => panel.getByRole('form', { name: '编辑片段' }).getByRole('button', { name: '保存', exact: true }).click();
const saved = (panel: Page, title: string) => panel.getByRole('status').filter({ hasText: `已保存「${title}」` }).waitFor();

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  a = await openPanel();
  b = await openPanel();
});
afterAll(async () => browser?.close());

describe('two panels edit one snippet', () => {
  it('the later save is stopped and shows the other version; 保留我的 saves mine', async () => {
    await createSnippet(a, { title: '共同编辑', body: '原来的正文。' });
    await edit(a, '共同编辑');
    await edit(b, '共同编辑');
    await b.getByLabel(/^正文/).fill('B 窗口改过的正文。');
    await save(b);
    await saved(b, '共同编辑');

    await a.getByLabel('标题').fill('A 窗口改过的标题');
    await save(a);
    const conflict = a.getByRole('alert', { name: '修改冲突' });
    await expect(conflict.innerText()).resolves.toContain('这段内容已在别处修改');
    await expect(conflict.getByLabel('别处保存的版本').innerText()).resolves.toContain('B 窗口改过的正文。');

    await conflict.getByRole('button', { name: '保留我的' }).click();
    await saved(a, 'A 窗口改过的标题');
    await selectSnippet(b, 'A 窗口改过的标题');
    await expect(b.getByLabel('预览').innerText()).resolves.toBe('原来的正文。');
  });

  it('采用对方的 drops my edit and keeps the other window\'s', async () => {
    await edit(a, 'A 窗口改过的标题');
    await edit(b, 'A 窗口改过的标题');
    await a.getByLabel(/^正文/).fill('A 再改的正文。');
    await save(a);
    await saved(a, 'A 窗口改过的标题');

    await b.getByLabel(/^正文/).fill('B 想覆盖的正文。');
    await save(b);
    const conflict = b.getByRole('alert', { name: '修改冲突' });
    await conflict.getByRole('button', { name: '采用对方的' }).click();
    await b.getByRole('status').filter({ hasText: '已采用' }).waitFor();
    await selectSnippet(b, 'A 窗口改过的标题');
    await expect(b.getByLabel('预览').innerText()).resolves.toBe('A 再改的正文。');
  });
});
