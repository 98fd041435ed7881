// Importing the seed report through the real panel UI: the .txt, the GBK .txt and the .docx each
// parse in the worker to a preview; the writer edits a title, renames a slot, leaves one snippet
// out and imports; the snippets and metrics are in the library; the import can be undone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { findSnippets as panelFindSnippets, libraryCount as panelLibraryCount } from './support/panel.ts';
import { fixturePath } from '../support/fixtures.ts';

const fixture = (name: string) => fixturePath(name);

let browser: ExtensionBrowser;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: '片段' }).waitFor();
});
afterAll(async () => browser?.close());

const status = () => panel.getByRole('status');
const proposals = () => panel.getByRole('list', { name: '识别出的片段' }).getByRole('listitem');

async function chooseFile(name: string): Promise<void> {
  await panel.getByRole('tab', { name: '导入' }).click();
  await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles(fixture(name));
  await panel.getByRole('heading', { name: '检查后导入' }).waitFor();
}

async function previewTitles(): Promise<string[]> {
  const count = await proposals().count();
  const titles: string[] = [];
  for (let i = 1; i <= count; i++) titles.push(await panel.getByLabel(`第 ${i} 段的标题`).inputValue());
  return titles;
}

const libraryCount = () => panelLibraryCount(panel);
const findSnippets = (query: string) => panelFindSnippets(panel, query);

describe('import the seed report', () => {
  let txtTitles: string[];

  it('previews the UTF-8 .txt: snippets with roles and slots, advertising removed', async () => {
    await chooseFile('seed-report-party-building.txt');
    expect(await proposals().count()).toBeGreaterThanOrEqual(8);
    txtTitles = await previewTitles();
    expect(txtTitles).toContain('落实责任，夯实党建基础');
    const work = proposals().filter({ has: panel.getByRole('textbox', { name: /的标题$/ }).and(panel.locator('[value="落实责任，夯实党建基础"]')) });
    await expect(work.getByRole('combobox').inputValue()).resolves.toBe('work');
    await expect(work.locator('mark').first().innerText()).resolves.toBe('【党建专题会议(次)】');
    // the advertising is listed, not in any snippet
    await panel.getByText(/去掉的广告、水印行/).click();
    await expect(panel.getByRole('list', { name: '去掉的行' }).innerText()).resolves.toContain('QQ206157060');
    const bodies = await panel.locator('.import-body').allInnerTexts();
    expect(bodies.join('\n')).not.toMatch(/QQ|酷乐文行|[XＸ×]/);
    await expect(panel.getByLabel('空位“党建专题会议(次)”的名称').inputValue()).resolves.toBe('党建专题会议(次)');
    // the parse ran in a Web Worker, not on the panel's thread
    expect(panel.workers().map((w) => w.url()).some((url) => /\/assets\/worker-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('imports with edits: a new title, a renamed slot, one snippet left out', async () => {
    const before = await libraryCount();
    await chooseFile('seed-report-party-building.txt');
    await panel.getByLabel('导入第 1 段').uncheck();
    await panel.getByLabel('第 2 段的标题').fill('落实主体责任（导入）');
    await panel.getByLabel('第 2 段的类别').selectOption('work');
    await panel.getByLabel('空位“党建专题会议(次)”的名称').fill('导入·党建专题会议');
    await expect(panel.locator('.import-body').nth(1).innerText()).resolves.toContain('【导入·党建专题会议】');
    const count = (await proposals().count()) - 1;
    await panel.getByRole('button', { name: `导入所选的 ${count} 段` }).click();
    await status().filter({ hasText: `已导入 ${count} 段` }).waitFor();
    expect(await libraryCount()).toBe(before + count);
    expect(await findSnippets('落实主体责任（导入）')).toContain('落实主体责任（导入）');
    expect((await findSnippets('开头：2020年')).some((t) => t.startsWith('开头：2020年'))).toBe(false); // the unticked first snippet
  });

  it('the GBK .txt gives the same preview', async () => {
    await chooseFile('seed-report-party-building.gbk.txt');
    await expect(panel.getByText(/旧式中文编码/).isVisible()).resolves.toBe(true);
    expect(await previewTitles()).toEqual(txtTitles);
    // the slot renamed in the last import is now a metric: naming a slot so binds it to that metric
    const slot = panel.getByRole('list', { name: '空位列表' }).getByRole('listitem').filter({ has: panel.getByLabel('空位“党建专题会议(次)”的名称') });
    await expect(slot.innerText()).resolves.toContain('将新建指标');
    await panel.getByLabel('空位“党建专题会议(次)”的名称').fill('导入·党建专题会议');
    await expect.poll(() => slot.innerText()).toContain('已有指标，直接使用');
    await panel.getByRole('button', { name: '放弃，重新选择' }).click();
  });

  it('the .docx gives the same preview, imports, and the import can be undone', async () => {
    const before = await libraryCount();
    await chooseFile('seed-report-party-building.docx');
    expect(await previewTitles()).toEqual(txtTitles);
    const count = await proposals().count();
    await panel.getByRole('button', { name: `导入所选的 ${count} 段` }).click();
    await status().filter({ hasText: `已导入 ${count} 段` }).waitFor();
    expect(await libraryCount()).toBe(before + count);
    await status().getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(() => libraryCount()).toBe(before);
  });

  it('a long text shows progress, keeps the panel responsive, and pages the preview', async () => {
    const seed = readFileSync(fixture('seed-report-party-building.txt'), 'utf8');
    const long = Array.from({ length: 40 }, () => seed).join('\n');
    await panel.getByRole('tab', { name: '导入' }).click();
    await panel.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress[aria-label="识别进度"]');
        if (bar) seen.push(bar.getAttribute('value') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles({ name: '合订本.txt', mimeType: 'text/plain', buffer: Buffer.from(long, 'utf8') });
    await panel.getByRole('heading', { name: '检查后导入' }).waitFor({ timeout: 30_000 });
    const progress = await panel.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(await proposals().count()).toBe(50);
    await panel.getByRole('button', { name: /^再显示 50 段/ }).click();
    expect(await proposals().count()).toBe(100);
    await panel.getByRole('button', { name: '放弃，重新选择' }).click();
  });

  it('pasted text imports too; a file that is not a report says so and changes nothing', async () => {
    await panel.getByRole('tab', { name: '导入' }).click();
    await panel.getByLabel('或者粘贴正文').fill('一、主要工作\n全年召开X次专题会议，发展党员X名。\n二、存在问题\n学习不够深入。');
    await panel.getByRole('button', { name: '识别粘贴的文字' }).click();
    await panel.getByRole('heading', { name: '检查后导入' }).waitFor();
    expect(await proposals().count()).toBeGreaterThanOrEqual(2);
    await panel.getByRole('button', { name: '放弃，重新选择' }).click();
    await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles({ name: '旧报告.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    await expect(panel.getByRole('alert').innerText()).resolves.toMatch(/另存为.*\.docx.*没有任何改动/);
  });
});
