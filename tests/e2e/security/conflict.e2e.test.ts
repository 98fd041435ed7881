// Two side panels (two windows) working on the same library: the second save does not silently
// overwrite the first. The panel says 「这段内容已在别处修改」 and offers 保留我的 / 采用对方的;
// 保留我的 writes only what this window changed. A snippet deleted or replaced away in the other
// window is not "saved" into nowhere, and a value being typed is not replaced by the other's save.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { createSnippet, openTab, selectSnippet } from '../support/panel.ts';

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
  it('the later save is stopped and shows the other version; 保留我的 saves what I changed and keeps what they changed', async () => {
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
    // A changed the title only: B's body stays.
    await selectSnippet(b, 'A 窗口改过的标题');
    await expect(b.getByLabel('预览').innerText()).resolves.toBe('B 窗口改过的正文。');
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

  it('a ★ set in the other window survives 保留我的', async () => {
    await createSnippet(a, { title: '要收藏的', body: '正文。' });
    await edit(a, '要收藏的');
    await selectSnippet(b, '要收藏的');
    await b.getByRole('article', { name: '片段：要收藏的' }).getByRole('button', { name: '☆ 收藏' }).click();
    await b.getByRole('article', { name: '片段：要收藏的' }).getByRole('button', { name: '★ 已收藏' }).waitFor();

    await a.getByLabel('标题').fill('要收藏的·改');
    await save(a);
    await a.getByRole('alert', { name: '修改冲突' }).getByRole('button', { name: '保留我的' }).click();
    await saved(a, '要收藏的·改');
    await selectSnippet(a, '要收藏的·改');
    await expect(a.getByRole('article', { name: '片段：要收藏的·改' }).getByRole('button', { name: /收藏/ }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('a snippet deleted in the other window is not saved into the trash: the panel says so and offers 恢复并保存', async () => {
    await createSnippet(a, { title: '被删的', body: '原来的。' });
    await edit(a, '被删的');
    await selectSnippet(b, '被删的');
    await b.getByRole('article', { name: '片段：被删的' }).getByRole('button', { name: '删除', exact: true }).click();
    await b.getByRole('status').filter({ hasText: '已删除「被删的」' }).waitFor();

    await a.getByLabel(/^正文/).fill('删之前改好的正文。');
    const before = await a.getByRole('status').getAttribute('data-message-id');
    await save(a);
    const form = a.getByRole('form', { name: '编辑片段' });
    const alert = form.getByRole('alert').filter({ hasText: '回收站' });
    await expect(alert.innerText()).resolves.toContain('「被删的」没有保存');
    // No new message claims it was saved.
    await expect(a.locator(`[role=status]:not([data-message-id="${before}"])`).filter({ hasText: '已保存' }).count()).resolves.toBe(0);
    await expect(form.getByLabel(/^正文/).inputValue()).resolves.toBe('删之前改好的正文。');
    await alert.getByRole('button', { name: '恢复并保存' }).click();
    await a.getByRole('status').filter({ hasText: '已从回收站恢复并保存「被删的」' }).waitFor();
    await selectSnippet(b, '被删的');
    await expect(b.getByLabel('预览').innerText()).resolves.toBe('删之前改好的正文。');
  });

  it('a snippet gone after a replace-restore in the other window can be kept as a new one', async () => {
    await openTab(b, '备份');
    const [file] = await Promise.all([b.waitForEvent('download'), b.getByRole('button', { name: '导出备份文件' }).click()]);
    const backup = await readFile((await file.path())!, 'utf8');
    await createSnippet(a, { title: '备份后写的', body: '备份之后写的。' });
    await edit(a, '备份后写的');

    await b.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name: '备份.json', mimeType: 'application/json', buffer: Buffer.from(backup, 'utf8') });
    await b.getByRole('radio', { name: /^整个替换/ }).check();
    await b.getByRole('button', { name: '替换为备份内容' }).click();
    await b.getByRole('status').filter({ hasText: '已用备份替换全部资料' }).waitFor();

    await a.getByLabel(/^正文/).fill('恢复时正在写的正文。');
    await save(a);
    const form = a.getByRole('form', { name: '编辑片段' });
    const alert = form.getByRole('alert').filter({ hasText: '已不在片段库里' });
    await expect(alert.innerText()).resolves.not.toMatch(/Error|片段不存在|[0-9a-f]{8}-/);
    await alert.getByRole('button', { name: '另存为新片段' }).click();
    await saved(a, '备份后写的');
    await selectSnippet(b, '备份后写的');
    await expect(b.getByLabel('预览').innerText()).resolves.toBe('恢复时正在写的正文。');
  });
});

describe('two panels and one metric value', () => {
  it('a value being typed is not replaced by the other window\'s save', async () => {
    await openTab(a, '指标');
    await openTab(b, '指标');
    const mine = a.getByLabel('发展党员的数值', { exact: true });
    const theirs = b.getByLabel('发展党员的数值', { exact: true });
    await mine.fill('88');
    await theirs.fill('99');
    await theirs.press('Enter');
    await b.getByRole('status').filter({ hasText: '已记下「发展党员」' }).waitFor();
    // A is told about the other value, and keeps what it is typing.
    await a.getByText('另一个窗口刚存了「99名」').waitFor();
    await expect(mine.inputValue()).resolves.toBe('88');
    await mine.press('Enter');
    await a.getByRole('status').filter({ hasText: '已记下「发展党员」：88名' }).waitFor();
    await expect.poll(() => theirs.inputValue()).toBe('88');
  });
});
