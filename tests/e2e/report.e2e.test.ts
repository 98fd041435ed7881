// The 报告 view in the real panel: the seed report imported and saved as snippets, a report made of
// it (its headings and numbers as the writer sees them), a figure filled in 指标 lowering the count
// of unfilled slots, parts moved by keyboard and by drag with the numbers following, 删除 to the
// 回收站 and back, and the Word export read back from the downloaded file and rendered by
// LibreOffice (artifacts/report.docx, artifacts/report-page1.png).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { openPartMenu, openTab } from './support/panel.ts';
import { reportFromSeed, SEED_HEADINGS, SEED_TITLE } from './support/seedReport.ts';

const TITLE = SEED_TITLE;
const HEADINGS = SEED_HEADINGS;

let browser: ExtensionBrowser;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: '片段' }).waitFor();
});
afterAll(async () => browser?.close());

const preview = () => panel.getByLabel('报告全文预览');
/** The headings of the full text, with their numbers, as the panel shows them. */
const previewHeadings = () => preview().locator('.report-line-heading').allInnerTexts();
const topHeadings = async () => (await previewHeadings()).filter((h) => /^[一二三四五六七八九十]+、/.test(h));
/** How many slots the report says are still unfilled. */
async function unfilled(): Promise<{ count: number; names: string[] }> {
  const line = await panel.locator('.report-unfilled').innerText();
  const match = /还有 (\d+) 处数值没有填：(.+?)。/.exec(line);
  return match ? { count: Number(match[1]), names: match[2]!.split('、') } : { count: 0, names: [] };
}

describe('a report made from the imported seed report', () => {
  it('imports the seed report, then makes a report of it with its headings, numbered as before', async () => {
    await reportFromSeed(panel);
    // The outline shows the same numbers beside each heading, and each part holds its paragraphs.
    const outline = panel.getByRole('list', { name: '提纲' });
    expect(await outline.locator('.part-marker').allInnerTexts()).toEqual(HEADINGS.map((h) => /^(.+?[、）])/.exec(h)![1]));
    await expect(outline.getByRole('listitem').filter({ has: panel.getByRole('button', { name: '移动「（一）落实责任，夯实党建基础」' }) }).locator('summary').first().innerText()).resolves.toMatch(/^内容：1 段，\d+ 字$/);
    // The opening paragraph stands before 一、, the body's words in the full text.
    const text = await preview().innerText();
    expect(text.indexOf('现就基层党建工作述职如下')).toBeGreaterThan(-1);
    expect(text.indexOf('现就基层党建工作述职如下')).toBeLessThan(text.indexOf('一、主要工作'));
    expect(text).not.toMatch(/QQ|酷乐文行/);
  });

  it('counts the unfilled slots at the top, and the count falls once a figure is entered in 指标', async () => {
    const before = await unfilled();
    expect(before.count).toBeGreaterThan(3);
    const name = before.names[0]!;
    await expect(preview().locator('mark.slot-missing', { hasText: `【${name}】` }).first().isVisible()).resolves.toBe(true);
    await openTab(panel, '指标');
    await panel.getByLabel('搜索指标').fill(name);
    const input = panel.getByLabel(`${name}的数值`, { exact: true });
    await input.fill('6');
    await input.press('Enter');
    await panel.getByRole('status').filter({ hasText: `已记下「${name}」` }).waitFor();
    await panel.getByLabel('搜索指标').fill('');
    // Back in 报告 the same report is still open, and reads the new figure.
    await openTab(panel, '报告');
    await expect.poll(async () => (await unfilled()).count).toBe(before.count - 1);
    expect((await unfilled()).names).not.toContain(name);
    expect(await preview().locator('mark.slot-missing', { hasText: `【${name}】` }).count()).toBe(0);
  });

  it('moves a part by keyboard (read out) and by drag, and every number follows', async () => {
    const handle = panel.getByRole('button', { name: '移动「二、存在问题」' });
    await handle.focus();
    await handle.press('Alt+ArrowUp');
    await expect.poll(topHeadings).toEqual(['一、存在问题', '二、主要工作', '三、下步工作思路及措施']);
    // The outline shows a move at once; the words come once it is saved.
    await expect.poll(() => panel.getByText('已移动，现在是：一、存在问题').count()).toBe(1);
    // The part's sub-parts came with it and are numbered under it.
    expect((await previewHeadings()).slice(0, 4)).toEqual(['一、存在问题', '（一）督促检查还不到位', '（二）党建工作开展不够均衡', '（三）党员队伍建设存在短板']);

    // Dragged onto the upper half of 二、: it goes before it. (A window tall enough to show both
    // parts, each with its 插入本部分 and 复制本部分: the test's mouse jumps where a hand would scroll
    // while dragging.)
    await panel.setViewportSize({ width: 360, height: 2600 });
    const dragged = panel.getByRole('button', { name: '移动「三、下步工作思路及措施」' });
    const target = panel.getByRole('list', { name: '提纲' }).locator('li.part', { has: panel.getByRole('button', { name: '移动「二、主要工作」' }) });
    await dragged.dragTo(target, { targetPosition: { x: 120, y: 4 } });
    await expect.poll(topHeadings).toEqual(['一、存在问题', '二、下步工作思路及措施', '三、主要工作']);
    expect((await previewHeadings()).slice(4, 6)).toEqual(['二、下步工作思路及措施', '（一）强化主体责任']);
    expect((await previewHeadings()).at(-1)).toBe('（三）拓宽思路，创新工作载体');
    await panel.setViewportSize({ width: 360, height: 900 });
  });

  it('exports a Word file in GB/T 9704 layout that reads back with its title, numbered headings and page numbers', async () => {
    await panel.getByText('署名、落款和日期', { exact: true }).click();
    await panel.getByLabel('落款（每行一项，如单位名称、姓名）').fill('某某街道党工委');
    await panel.getByLabel('成文日期').fill('2026-12-01');
    await expect.poll(() => preview().locator('.report-line-end').allInnerTexts()).toEqual(['某某街道党工委', '2026年12月1日']);
    const shown = await previewHeadings();

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出 Word' }).click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}-2026-12-01.docx`);
    mkdirSync('artifacts', { recursive: true });
    await download.saveAs('artifacts/report.docx');

    const zip = await JSZip.loadAsync(readFileSync('artifacts/report.docx'));
    const part = (name: string) => zip.file(name)!.async('string');
    const body = await part('word/document.xml');
    // A4, margins 37/35/28/26 mm, in twips.
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const styles = await part('word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toContain('w:eastAsia="楷体_GB2312"');
    const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? m[2] ?? '');
    const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(textOf(paragraphs[0]!)).toBe(TITLE);
    expect(paragraphs[0]).toMatch(/<w:jc w:val="center"\/>/);
    expect(paragraphs[0]).toContain('w:eastAsia="方正小标宋简体"');
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading[1-4]"\/>/.test(p)).map(textOf);
    expect(headings).toEqual(shown);
    expect(paragraphs.map(textOf).slice(-2)).toEqual(['某某街道党工委', '2026年12月1日']);
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(2);
    for (const name of footers) expect(await part(name)).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  });

  it('renders the exported file’s first page with LibreOffice', () => {
    const missing = [
      ['soffice', 'libreoffice-writer-nogui'],
      ['pdftoppm', 'poppler-utils'],
    ].filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0);
    if (missing.length > 0) {
      throw new Error(`Rendering the exported .docx needs ${missing.map(([c, p]) => `${c} (Debian package ${p})`).join(' and ')}: apt-get install -y --no-install-recommends ${missing.map(([, p]) => p).join(' ')}`);
    }
    expect(existsSync('artifacts/report.docx'), 'the export test above saves artifacts/report.docx').toBe(true);
    const out = 'artifacts/render-report';
    const run = spawnSync('node', ['scripts/render-docx.mjs', 'artifacts/report.docx', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr || run.stdout).toBe(0);
    const first = readdirSync(out).filter((f) => /^report-0*1\.png$/.test(f))[0];
    expect(first, readdirSync(out).join(', ')).toBeDefined();
    copyFileSync(`${out}/${first}`, 'artifacts/report-page1.png');
    expect(existsSync('artifacts/report-page1.png') && statSync('artifacts/report-page1.png').size).toBeGreaterThan(5_000);
  }, 180_000);

  it('goes to the 回收站 when deleted, and comes back from it', async () => {
    await panel.getByRole('button', { name: '← 返回报告列表' }).click();
    const list = panel.getByRole('list', { name: '我的报告' });
    await list.getByRole('button', { name: `删除「${TITLE}」（移到回收站）` }).click();
    await panel.getByRole('status').filter({ hasText: `已把「${TITLE}」移到回收站` }).waitFor();
    await expect(list.getByRole('button', { name: `打开「${TITLE}」` }).count()).resolves.toBe(0);

    await openTab(panel, '回收站');
    const trashed = panel.getByRole('list', { name: '回收站中的报告' });
    await trashed.getByRole('button', { name: `恢复「${TITLE}」` }).click();
    await panel.getByRole('status').filter({ hasText: `已恢复「${TITLE}」` }).waitFor();
    await openTab(panel, '报告');
    await panel.getByRole('list', { name: '我的报告' }).getByRole('button', { name: `打开「${TITLE}」` }).click();
    await expect.poll(topHeadings).toEqual(['一、存在问题', '二、下步工作思路及措施', '三、主要工作']);
  });

  it('takes a new sub-part with text and a snippet from the library, and removes a part after saying what goes with it', async () => {
    const outline = panel.getByRole('list', { name: '提纲' });
    const partOf = (heading: string) => outline.locator('li.part', { has: panel.getByRole('button', { name: `移动「${heading}」` }) });
    // The less common actions wait in each part's 更多.
    await openPartMenu(panel, '三、主要工作');
    await partOf('三、主要工作').getByRole('button', { name: '加小标题：三、主要工作' }).click();
    await expect.poll(previewHeadings).toContain('（四）新的一部分');
    // The new heading's words are selected once it is saved: typing replaces them.
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('新的一部分');
    await panel.keyboard.type('加强作风建设');
    await panel.keyboard.press('Enter');
    await expect.poll(previewHeadings).toContain('（四）加强作风建设');

    const sub = partOf('（四）加强作风建设');
    // 写一段文字 stands in sight under what the part holds, and opens it to show the new box.
    await sub.getByRole('button', { name: '写一段文字' }).click();
    // The new box takes the focus once the empty paragraph is saved: the user types when it shows.
    const box = sub.getByRole('textbox', { name: '第 1 段文字' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.keyboard.type('全年开展作风建设专项检查。');
    await sub.getByRole('button', { name: '选入片段' }).click();
    await sub.getByRole('searchbox', { name: '按标题或内容查找片段' }).fill('落实责任，夯实');
    await sub.getByRole('list', { name: '找到的片段' }).getByRole('button', { name: '落实责任，夯实党建基础' }).click();
    await expect.poll(() => sub.locator('summary').first().innerText()).toMatch(/^内容：2 段，\d+ 字$/);
    // The typed words reach the full text once they are saved: under the new heading, then the snippet.
    const order = async () => {
      const text = await preview().innerText();
      const at = text.indexOf('（四）加强作风建设');
      const typed = text.indexOf('全年开展作风建设专项检查。', at);
      return [at > -1, typed > at, text.indexOf('作为党工委书记', typed) > typed];
    };
    await expect.poll(order).toEqual([true, true, true]);

    await openPartMenu(panel, '二、下步工作思路及措施');
    await partOf('二、下步工作思路及措施').getByRole('button', { name: '删除这一部分：二、下步工作思路及措施' }).click();
    const confirm = panel.getByRole('alertdialog', { name: '确认删除「二、下步工作思路及措施」' });
    await expect(confirm.innerText()).resolves.toContain('它下面的 3 个小标题和 3 段内容也一起从报告里去掉');
    await confirm.getByRole('button', { name: '删除这一部分' }).click();
    await expect.poll(topHeadings).toEqual(['一、存在问题', '二、主要工作']);
  });
});
