// Backup, restore, library packs and the trash through the real panel UI.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, selectSnippet, findSnippets as panelFindSnippets, libraryCount as panelLibraryCount } from './support/panel.ts';

let browser: ExtensionBrowser;
let panel: Page;
let backupJson: string;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  // the first-run sample library
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').nth(3).waitFor();
});
afterAll(async () => browser?.close());

const status = () => panel.getByRole('status');

const libraryCount = () => panelLibraryCount(panel);
const findSnippets = (query: string) => panelFindSnippets(panel, query);

/** Opens the library's first snippet and deletes it as a user does; returns its title. */
async function deleteFirstSnippet(): Promise<string> {
  await panel.getByRole('tab', { name: '片段' }).click();
  const item = panel.getByRole('list', { name: '片段列表' }).getByRole('button').first();
  const title = (await item.locator('.title').innerText()).trim();
  await item.click();
  await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: '删除' }).click();
  await status().filter({ hasText: `已删除「${title}」` }).waitFor();
  return title;
}

async function download(button: string): Promise<string> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: button }).click()]);
  return readFile((await file.path())!, 'utf8');
}

async function openFile(name: string, text: string): Promise<void> {
  await panel.getByRole('tab', { name: '备份' }).click();
  await panel.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

describe('backup and restore', () => {
  it('exports the whole library as a versioned file', async () => {
    const live = await libraryCount();
    backupJson = await download('导出备份文件');
    const file = JSON.parse(backupJson);
    expect(file).toMatchObject({ format: 'report-drafter-backup', version: 3 });
    expect(file.snippets.filter((s: { deletedAt: number | null }) => s.deletedAt === null)).toHaveLength(live);
    expect(file.metrics.length).toBeGreaterThan(0);
  });

  it('refuses a damaged file, names the bad field, and changes nothing', async () => {
    const before = await libraryCount();
    const bad = JSON.parse(backupJson);
    bad.snippets[3].title = '';
    await openFile('坏的备份.json', JSON.stringify(bad));
    const alert = await panel.getByRole('alert').innerText();
    expect(alert).toContain('文件中有错误：snippets[3].title：标题不能为空。');
    expect(alert).toContain('没有任何改动');
    expect(await libraryCount()).toBe(before);
  });

  it('找回 says what it will do, then brings back a deleted snippet and a changed value', async () => {
    const live = await libraryCount();
    const title = await deleteFirstSnippet();
    await panel.getByRole('tab', { name: '指标' }).click();
    const value = panel.getByLabel('发展党员的数值', { exact: true });
    const before = await value.inputValue();
    await value.fill('777');
    await value.press('Enter');
    await status().filter({ hasText: '已记下「发展党员」' }).waitFor();

    await openFile('备份.json', backupJson);
    const plan = panel.getByLabel('点下面的按钮后，会这样做：');
    await expect.poll(() => plan.innerText()).toContain('改回备份里的样子');
    expect(await plan.innerText()).toContain('其中 1 个片段会从回收站里找回');
    await panel.getByRole('button', { name: '找回备份内容' }).click();
    await status().filter({ hasText: '已找回备份内容' }).waitFor();
    expect(await libraryCount()).toBe(live);
    expect(await findSnippets(title)).toContain(title);
    await panel.getByRole('tab', { name: '指标' }).click();
    await expect.poll(() => panel.getByLabel('发展党员的数值', { exact: true }).inputValue()).toBe(before);
  });

  it('replaces the library with the backup, and the restore can be undone', async () => {
    await createSnippet(panel, { title: '备份之后新写的', body: '新内容' });
    const withNew = await libraryCount();
    await openFile('备份.json', backupJson);
    await panel.getByRole('table', { name: '备份内容' }).waitFor();
    await panel.getByRole('radio', { name: /^整个替换/ }).check();
    await panel.getByRole('button', { name: '替换为备份内容' }).click();
    await status().filter({ hasText: '已用备份替换全部资料' }).waitFor();
    expect(await findSnippets('备份之后新写的')).not.toContain('备份之后新写的');
    expect(await libraryCount()).toBe(withNew - 1);
    await status().getByRole('button', { name: '撤销恢复' }).click();
    await expect.poll(() => libraryCount()).toBe(withNew);
    expect(await findSnippets('备份之后新写的')).toContain('备份之后新写的');
  });
});

describe('library packs', () => {
  it('exports a folder and imports it back without overwriting: same titles are renamed', async () => {
    const before = await libraryCount();
    const pack = JSON.parse(await download('导出资料包'));
    expect(pack.format).toBe('report-drafter-pack');
    expect(pack.metricValues).toEqual([]);
    await openFile('资料包.json', JSON.stringify(pack));
    await panel.getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包' }).waitFor();
    expect(await libraryCount()).toBe(before + pack.snippets.length);
    const first: string = pack.snippets[0].title;
    expect(await findSnippets(first)).toEqual(expect.arrayContaining([first, `${first}（导入）`]));
    await status().getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(() => libraryCount()).toBe(before);
  });
});

describe('trash', () => {
  it('a deleted snippet waits in 回收站 and can be restored or deleted for good', async () => {
    const live = await libraryCount();
    const title = await deleteFirstSnippet();

    await panel.getByRole('tab', { name: '回收站' }).click();
    const trash = panel.getByRole('list', { name: '回收站中的片段' });
    await expect(trash.innerText()).resolves.toContain('30 天后删除');
    await panel.getByRole('button', { name: `恢复「${title}」` }).click();
    await status().filter({ hasText: `已恢复「${title}」` }).waitFor();
    expect(await libraryCount()).toBe(live);

    await panel.getByRole('tab', { name: '片段' }).click();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: title }).first().click();
    await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: '删除' }).click();
    await panel.getByRole('tab', { name: '回收站' }).click();
    await panel.getByRole('button', { name: `永久删除「${title}」` }).click();
    await panel.getByRole('alertdialog', { name: '确认永久删除' }).getByRole('button', { name: '取消' }).click();
    await expect(trash.innerText()).resolves.toContain(title);
    await panel.getByRole('button', { name: `永久删除「${title}」` }).click();
    await panel.getByRole('alertdialog', { name: '确认永久删除' }).getByRole('button', { name: '确定删除' }).click();
    await panel.getByText('回收站是空的。').waitFor();
  });
});

describe('revision history', () => {
  it('an edit keeps the words before it; 恢复此版本 puts them back, and that can be undone', async () => {
    await createSnippet(panel, { title: '历史版本测试', body: '第一稿的文字。' });
    await selectSnippet(panel, '历史版本测试');
    const detail = panel.getByRole('article', { name: '片段：历史版本测试' });
    await detail.getByRole('button', { name: '编辑' }).click();
    await panel.getByLabel(/^正文/).fill('第二稿的文字。');
    await panel.getByRole('button', { name: '保存' }).click();
    await status().filter({ hasText: '已保存「历史版本测试」' }).waitFor();
    await expect(detail.getByLabel('预览').innerText()).resolves.toBe('第二稿的文字。');

    await detail.getByRole('button', { name: '历史版本' }).click();
    const history = detail.getByRole('region', { name: '历史版本' });
    await history.getByRole('button', { name: /^恢复 .* 之前的版本$/ }).click();
    await status().filter({ hasText: '已恢复到' }).waitFor();
    await expect.poll(() => detail.getByLabel('预览').innerText()).toBe('第一稿的文字。');
    await expect.poll(() => history.getByRole('button', { name: /^恢复 .* 之前的版本$/ }).count()).toBe(2);

    await status().getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => detail.getByLabel('预览').innerText()).toBe('第二稿的文字。');
  });
});
