// A library far larger than one screen, restored from a backup through the real panel: the panel
// paints its first screen from the order index (exactly the rows the whole library would put on
// top), then reads the rest, finds by pinyin across all of it, and follows a change made in
// another window without a reload.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { rankAll } from '../../lib/domain/search/index.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, findSnippets, libraryCount } from './support/panel.ts';

const GENERATED = 1500;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** Generated snippets with varied use, favourites and ages, so the library order is not trivial. */
function generated(): Snippet[] {
  return Array.from({ length: GENERATED }, (_, i) => {
    const used = i % 11 === 0 ? (i % 9) + 1 : 0;
    return {
      id: `large-${String(i).padStart(5, '0')}`,
      title: `大库片段${i}：${['队伍建设', '基层治理', '作风纪律', '民生实事'][i % 4]}`,
      body: `第${i}段正文，用于检验大库的读取与检索。${i === 7 ? '只在这一段里出现的词：藏书阁' : ''}`,
      role: 'work',
      folder: i % 3 === 0 ? '述职报告/大库' : '',
      tags: [],
      favorite: i % 97 === 5,
      useCount: used,
      createdAt: START,
      updatedAt: START + ((i * 7919) % GENERATED) * DAY / 100,
      lastUsedAt: used ? START + i * DAY / 10 : null,
      deletedAt: null,
      source: '',
    };
  });
}

let browser: ExtensionBrowser;
let panel: Page;
let library: Snippet[];

const listTitles = (page: Page) => page.getByRole('list', { name: '片段列表' }).locator('.title').allInnerTexts();

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  // The user's own backup with the generated snippets added, restored through the 备份 view.
  await panel.getByRole('tab', { name: '备份' }).click();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出备份文件' }).click()]);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
  backup.snippets.push(...generated());
  library = backup.snippets.filter((s: Snippet) => s.deletedAt === null);
  await panel.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name: '大库.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup), 'utf8') });
  await panel.getByRole('radio', { name: /^整个替换/ }).check();
  await panel.getByRole('button', { name: '替换为备份内容' }).click();
  await panel.getByRole('status').filter({ hasText: '已用备份替换全部资料' }).waitFor();
}, 60_000);
afterAll(async () => browser?.close());

describe(`a library of ${GENERATED.toLocaleString('en')}+ snippets`, () => {
  it('opens with the rows the whole library ranks first, in that order', async () => {
    await panel.reload();
    const list = panel.getByRole('list', { name: '片段列表' });
    await list.getByRole('listitem').first().waitFor();
    const expected = rankAll(library).map((h) => h.snippet.title);
    const shown = await listTitles(panel);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown).toEqual(expected.slice(0, shown.length));
    // Once the rest is read, the list stands for the whole library (virtualised rows say so).
    await expect.poll(() => list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(library.length));
    const whole = await listTitles(panel);
    expect(whole).toEqual(expected.slice(0, whole.length));
  });

  it('keeps the chosen row in view while ↓ walks down the list', async () => {
    const search = panel.getByLabel('搜索片段');
    await search.fill('');
    for (let i = 0; i < 40; i++) await search.press('ArrowDown');
    const selected = panel.locator('#snippet-list button.selected');
    expect(await selected.locator('.title').innerText()).toBe(rankAll(library)[39]!.snippet.title);
    const row = (await selected.boundingBox())!;
    const view = (await panel.locator('.snippet-list').boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(view.y - 1);
    expect(row.y + row.height).toBeLessThanOrEqual(view.y + view.height + 1);
  });

  it('finds a snippet far down the order, by a word only its body has', async () => {
    expect(await findSnippets(panel, '藏书阁')).toEqual(['大库片段7：民生实事']);
  });

  it('finds a snippet far down the order by pinyin initials, in the real side panel', async () => {
    // 'dkpd' matches 大库片段 only through pinyin keys, made in background slices for a library
    // this large (components/hooks/background.ts); '1477' narrows to one title by its text.
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const side = await browser.openSidePanel(page);
    await expect.poll(() => findSnippets(side, 'dkpd 1477'), { timeout: 15_000 }).toEqual(['大库片段1477：基层治理']);
    await page.close();
  });

  it('shows a snippet written in another window, without a reload', async () => {
    const other = await browser.context.newPage();
    await other.goto(browser.extensionUrl('sidepanel.html'));
    await createSnippet(other, { title: '另一个窗口写的片段', body: '别处新写的内容' });
    await other.close();
    await expect.poll(() => findSnippets(panel, '另一个窗口写的')).toEqual(['另一个窗口写的片段']);
    expect(await libraryCount(panel)).toBe(library.length + 1);
  });
});
