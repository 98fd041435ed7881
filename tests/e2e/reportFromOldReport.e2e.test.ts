// A report made in the real panel from an old 年度工作总结 of the shapes an office sends
// (tests/fixtures/twelve-part-annual-report.txt): twelve parts (numbers past 十), headings ending in ： and
// 。, a 1. straight under 一、, and the old 落款 and date after 以上报告，请审议。. The panel must show
// the 落款 as the 落款, never last year's date, and say the date is still to set; a heading typed
// with its own number reads once numbered; the whole report goes into a textarea (numbered lines)
// and TinyMCE (bold numbered headings) as the panel shows it; the Word file reads back with a long
// title broken into even lines, twelve headings, the 落款 and date on the right — and rendered by
// LibreOffice its first page shows the title on lines of about one length
// (artifacts/old-report.docx, artifacts/old-report-page1.png).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickButtonAndWaitForStatus } from './support/panel.ts';
import { previewHeadings as panelHeadings, reportFromFile } from './support/seedReport.ts';

const WORK = ['园林绿化', '市政道路', '燃气安全', '供排水管网', '建筑市场监管', '物业服务管理', '住房保障', '房地产市场', '城建档案', '队伍建设'];
const NUMBERS = ['三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** The twelfth heading as the writer retypes it, with its number in front. */
const RETYPED = '十二、全年工作展望';
const HEADINGS = ['一、总体情况', '（一）老旧小区改造', '（二）背街小巷整治', '二、主要做法', '（一）强化统筹', '（二）压实责任', ...WORK.map((w, i) => `${NUMBERS[i]}、${w}`)];
const UNIT = '某某县住房和城乡建设局';
const OLD_DATE = '2025年12月30日';
const DATE = '2026年1月8日';
const LONG_TITLE = '关于2025年度全县城乡建设和住房保障重点工作推进落实情况以及2026年工作打算的报告';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const preview = () => panel.getByLabel('报告全文预览');
const previewHeadings = () => panelHeadings(panel);
const endLines = () => preview().locator('.report-line-end').allInnerTexts();
const expected = () => [...HEADINGS.slice(0, -1), RETYPED];

async function open(file: string): Promise<void> {
  await page.goto(`${inject('pagesUrl')}/pages/${file}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await open('fields.html');
  await page.locator('#textarea').click();
  panel = await browser.openSidePanel(page);
  await panel.getByRole('tab', { name: '片段' }).waitFor();
}, 60_000);
afterAll(async () => browser?.close());

describe('a report made from an old report of unusual shape', () => {
  it('numbers every part past 十, shows the old 落款 as the 落款, leaves out the old date and says so', async () => {
    await reportFromFile(panel, 'twelve-part-annual-report.txt');
    await expect.poll(previewHeadings).toEqual(HEADINGS);
    await expect.poll(endLines).toEqual([UNIT]);
    expect(await preview().innerText()).not.toContain(OLD_DATE);
    expect(await panel.locator('.report-unfilled').innerText()).toContain('还没有填成文日期');
  });

  it('a heading retyped with its own number reads with one number; the title and the date are set', async () => {
    const field = panel.getByLabel('十二、的标题');
    await field.fill(RETYPED);
    await field.press('Enter');
    await expect.poll(previewHeadings).toEqual(expected());
    await expect.poll(() => field.inputValue()).toBe('全年工作展望');

    const title = panel.getByLabel('报告标题');
    await title.fill(LONG_TITLE);
    await title.press('Tab');
    await preview().getByText(LONG_TITLE, { exact: true }).waitFor();
    await panel.locator('summary', { hasText: '署名、落款和日期' }).click();
    await panel.getByLabel('成文日期').fill('2026-01-08');
    await expect.poll(endLines).toEqual([UNIT, DATE]);
    await expect.poll(() => panel.locator('.report-unfilled').innerText()).not.toContain('成文日期');
  });

  it('into a textarea: every numbered heading once, in order, the 落款 and the new date last', async () => {
    await open('fields.html');
    await page.locator('#textarea').click();
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain('已插入全文');
    const lines = (await page.locator('#textarea').inputValue()).split('\n').map((l) => l.trim());
    expect(lines[0]).toBe(LONG_TITLE);
    expect(lines.filter((l) => expected().includes(l))).toEqual(expected());
    expect(lines.slice(-3)).toEqual(['以上报告，请审议。', UNIT, DATE]);
    expect(lines.join('\n')).not.toContain(OLD_DATE);
    expect(lines.join('\n')).not.toContain('十二、十二、');
  });

  it("into TinyMCE's iframe: its own content holds the headings bold and numbered, once, in order", async () => {
    await open('tinymce.html');
    const frame = (await (await page.waitForSelector('.tox-edit-area iframe')).contentFrame())!;
    await frame.locator('body').click();
    // On a new line after the page's own text.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain('已插入全文');
    const content = () => page.evaluate(() => (window as unknown as { tinymce: { activeEditor: { getContent(): string } } }).tinymce.activeEditor.getContent());
    await expect.poll(content).toContain(DATE);
    const saved = await content();
    const bold = [...saved.matchAll(/<(?:strong|b)>([^<]+)<\/(?:strong|b)>/g)].map((m) => m[1]);
    expect(bold.filter((b) => expected().includes(b!))).toEqual(expected());
    expect(saved).not.toContain(OLD_DATE);
  });

  it('exports a Word file: the long title on even lines, twelve 一、 headings, the 落款 and date on the right', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出 Word' }).click()]);
    mkdirSync('artifacts', { recursive: true });
    await download.saveAs('artifacts/old-report.docx');
    const zip = await JSZip.loadAsync(readFileSync('artifacts/old-report.docx'));
    const body = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...body.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const texts = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    // The title: one centred paragraph, broken by line breaks into lines of about one length.
    const title = texts(paragraphs[0]!);
    expect(title.join('')).toBe(LONG_TITLE);
    expect(paragraphs[0]!.match(/<w:br\/>/g)?.length).toBe(title.length - 1);
    expect(title.length).toBeGreaterThan(1);
    expect(Math.min(...title.map((l) => l.length)) * 2).toBeGreaterThan(Math.max(...title.map((l) => l.length)));
    const level1 = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map((p) => texts(p).join(''));
    expect(level1).toEqual(expected().filter((h) => /^[一二三四五六七八九十]+、/.test(h)));
    const last = paragraphs.slice(-2);
    expect(last.map((p) => texts(p).join(''))).toEqual([UNIT, DATE]);
    for (const p of last) expect(p).toContain('<w:jc w:val="right"/>');
    expect(body).not.toContain(OLD_DATE);
  });

  it('renders with LibreOffice: the title’s lines on page 1 are of about one length, no character left alone', () => {
    expect(existsSync('artifacts/old-report.docx'), 'the export test above saves artifacts/old-report.docx').toBe(true);
    const out = 'artifacts/render-old-report';
    const run = spawnSync('node', ['scripts/render-docx.mjs', 'artifacts/old-report.docx', '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr || run.stdout).toBe(0);
    const first = readdirSync(out).find((f) => /^old-report-0*1\.png$/.test(f));
    expect(first, readdirSync(out).join(', ')).toBeDefined();
    copyFileSync(`${out}/${first}`, 'artifacts/old-report-page1.png');
    expect(statSync('artifacts/old-report-page1.png').size).toBeGreaterThan(5_000);
    // The first page's text as laid out: the title's lines come before the opening paragraph.
    const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', `${out}/old-report.pdf`, '-'], { encoding: 'utf8' }).stdout;
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, '')).filter((l) => l !== '');
    const titleLines = lines.slice(0, lines.findIndex((l) => l.startsWith('今年以来')));
    expect(titleLines.join('')).toBe(LONG_TITLE);
    expect(Math.min(...titleLines.map((l) => l.length)) * 2, titleLines.join(' | ')).toBeGreaterThan(Math.max(...titleLines.map((l) => l.length)));
  }, 120_000);
});
