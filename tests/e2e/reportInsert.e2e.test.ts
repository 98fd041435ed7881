// A whole report, and one part of it, inserted through the real side panel's 报告 view: the
// report is made with the view's own buttons (新建 from the 述职报告 outline, text written under
// its headings, a 落款 and a date), then inserted into a contenteditable page, into UEditor's
// iframe, and — one part — into a textarea, and copied. Each editor's own model must hold the
// title, every heading with its number in order, the paragraphs under them, nothing twice, the
// caret after it; one Ctrl+Z takes it all out. Then one part goes into every editor of the harness,
// and every third-round editor but those in another page's frame (editors.ts THIRD_EDITORS), to see
// which keep headings bold (lib/domain/paragraphs.ts: bold paragraphs, not <h2>).
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HARNESS_EDITORS, THIRD_EDITORS, type ThirdEditor } from './editors/editors.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickButtonAndWaitForStatus, INDENT, openPartMenu, openTab } from './support/panel.ts';
import { boldIn } from './support/editorChecks.ts';
import { writeReport } from './support/writeReport.ts';

// Original sample text; markup characters on purpose, they must arrive as text.
const OPENING = '根据安排，现将本人一年来履职情况报告如下：';
const TEXTS: Record<string, string[]> = {
  '（一）加强学习，提升能力': ['全年参加集中学习24次，撰写心得<体会>6篇。'],
  '（二）围绕中心，推动工作': ['牵头推进重点项目9个&全部按期完成。', '协调解决群众反映问题31件。'],
  '二、存在的不足': ['调查研究还不够深入。'],
  '三、今后努力方向': ['持续加强理论学习，提高履职本领。'],
};
const SIGNATURE = '张某某';
const DATE = '2026年1月5日';

/** The part 一、 with its sub-parts, as inserted: headings with their numbers, paragraphs under them. */
const PART_ONE = ['一、履职尽责情况', '（一）加强学习，提升能力', ...TEXTS['（一）加强学习，提升能力']!, '（二）围绕中心，推动工作', ...TEXTS['（二）围绕中心，推动工作']!, '（三）严于律己，廉洁自守'];
const HEADINGS = ['一、履职尽责情况', '（一）加强学习，提升能力', '（二）围绕中心，推动工作', '（三）严于律己，廉洁自守', '二、存在的不足', '三、今后努力方向'];
/** Bold in a 公文 stands in for 黑体 and 楷体: the title and the level-1 and level-2 headings. */
const BOLD_HEADINGS = HEADINGS;

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let title: string;
let whole: string[];

const nonEmpty = (paragraphs: string[]) => paragraphs.map((p) => p.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()).filter((p) => p !== '');
const model = async () => nonEmpty(((await page.evaluate(() => window.__model!())) as { paragraphs: string[] }).paragraphs);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(file: string): Promise<void> {
  await page.goto(`${inject('pagesUrl')}/pages/${file}`);
  await page.waitForFunction(() => window.__ready === true);
}


/** 插入本部分 for 一、, from the part's 更多. */
async function insertPartOne(): Promise<string> {
  await openPartMenu(panel, '一、履职尽责情况');
  return clickButtonAndWaitForStatus(panel, '插入本部分：一、履职尽责情况');
}


beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('pagesUrl')).origin });
  page = await browser.context.newPage();
  await open('contenteditable.html');
  await page.locator('#editor').click();
  panel = await browser.openSidePanel(page);

  await openTab(panel, '报告');
  await panel.getByRole('button', { name: '述职报告', exact: true }).click();
  const titleField = panel.getByLabel('报告标题');
  await titleField.waitFor();
  title = await titleField.inputValue();
  expect(title).toMatch(/述职报告$/);
  await writeReport(panel, { opening: OPENING, texts: TEXTS, signature: SIGNATURE, typedDate: '2026-01-05', date: DATE });
  whole = [title, OPENING, ...PART_ONE, '二、存在的不足', ...TEXTS['二、存在的不足']!, '三、今后努力方向', ...TEXTS['三、今后努力方向']!, SIGNATURE, DATE];
}, 60_000);
afterAll(async () => browser?.close());

describe('the whole report', () => {
  it('into a contenteditable page: title, numbered headings and paragraphs once, in order, at the caret; bold headings, title centred, 落款 and date right; one Ctrl+Z', async () => {
    await open('contenteditable.html');
    // On an empty line of its own, as a report is written into an empty form: no line of it
    // merges with the text around, so the 落款 keeps its own alignment.
    await page.locator('#editor').getByText('结尾', { exact: true }).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    const baseline = await model();
    expect(baseline).toEqual(['已有内容', '结尾']);
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain(`已插入全文，共 ${whole.length} 段`);
    await expect.poll(model).toEqual(['已有内容', ...whole, '结尾']);
    const text = (await model()).join('\n');
    for (const line of whole) expect(text.split(line).length - 1, line).toBe(1);
    expect(await boldIn(page.mainFrame(), '#editor', [title, ...HEADINGS, OPENING, SIGNATURE])).toEqual([title, ...BOLD_HEADINGS]);
    const align = (t: string) => page.locator('#editor p', { hasText: t }).first().evaluate((p) => getComputedStyle(p).textAlign);
    expect(await align(title)).toBe('center');
    expect(await align(SIGNATURE)).toBe('right');
    expect(await align(DATE)).toBe('right');
    // Headings indented like the paragraphs (首行缩进 is on), the title not.
    const indent = (t: string) => page.locator('#editor p', { hasText: t }).first().evaluate((p) => parseFloat(getComputedStyle(p).textIndent) / parseFloat(getComputedStyle(p).fontSize));
    expect(await indent('二、存在的不足')).toBe(2);
    expect(await indent(OPENING)).toBe(2);
    expect(await indent(title)).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(model).toEqual(baseline);
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain('已插入全文');
    await page.keyboard.type('尾');
    await expect.poll(async () => (await model()).join('\n')).toMatch(new RegExp(`${escapeRegExp(DATE)}尾\n?结尾$`));
  });

  it("into UEditor's iframe, through its own API: its model holds it all once, in order; the caret after it; one Ctrl+Z", async () => {
    await open('ueditor.html');
    const frame = (await (await page.waitForSelector('#ueditor_0')).contentFrame())!;
    await frame.locator('body').getByText('结尾', { exact: true }).click();
    await page.keyboard.press('Home');
    const baseline = await model();
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain(`已插入全文，共 ${whole.length} 段`);
    await expect.poll(model).toSatisfy((m: string[]) => [JSON.stringify(['已有内容', ...whole, '结尾']), JSON.stringify(['已有内容', ...whole.slice(0, -1), `${DATE}结尾`])].includes(JSON.stringify(m)));
    // The editor's own content, as the OA system will save it.
    const saved = await page.evaluate(() => (window as unknown as { UE: { getEditor(id: string): { getContent(): string } } }).UE.getEditor('editor').getContent());
    for (const heading of [title, ...BOLD_HEADINGS]) expect(saved).toMatch(new RegExp(`<(strong|b)>${escapeRegExp(heading)}</(strong|b)>`));
    expect(saved).toMatch(/text-align:\s*center/);
    expect(saved).toContain('&lt;体会&gt;');
    const everywhere = await Promise.all(page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
    expect(everywhere.join('\n').split(HEADINGS[1]!).length - 1).toBe(1);

    await page.keyboard.press('Control+z');
    await expect.poll(model).toEqual(baseline);
    expect(await clickButtonAndWaitForStatus(panel, '插入全文')).toContain('已插入全文');
    await page.keyboard.type('尾');
    await expect.poll(async () => (await model()).join('\n')).toMatch(new RegExp(`${escapeRegExp(DATE)}尾\n?结尾$`));
  });

  it('复制全文 puts the same on the clipboard: numbered plain lines, and HTML with the headings bold', async () => {
    await open('contenteditable.html');
    expect(await clickButtonAndWaitForStatus(panel, '复制全文')).toContain(`已复制全文，共 ${whole.length} 段`);
    const indented = new Set([OPENING, ...PART_ONE, '二、存在的不足', ...TEXTS['二、存在的不足']!, '三、今后努力方向', ...TEXTS['三、今后努力方向']!]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(whole.map((l) => (indented.has(l) ? INDENT + l : l)).join('\n'));
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html).toContain('<strong>一、履职尽责情况</strong>');
    expect(html).toContain('&lt;体会&gt;');
  });
});

describe('one part', () => {
  it('into a textarea: its heading and exactly its sub-parts, as numbered lines at the caret; one Ctrl+Z; typing goes on', async () => {
    await open('fields.html');
    const field = page.locator('#textarea');
    await field.fill('开头');
    await field.click();
    await page.keyboard.press('End');
    expect(await insertPartOne()).toContain(`已插入「一、履职尽责情况」，共 ${PART_ONE.length} 段`);
    // The caret was at the end of 开头: the first line continues it, without an indent.
    const lines = PART_ONE.map((l, i) => (i === 0 ? l : INDENT + l)).join('\n');
    expect(await field.inputValue()).toBe(`开头${lines}`);
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe('开头');
    expect(await insertPartOne()).toContain('已插入');
    await page.keyboard.type('尾');
    expect(await field.inputValue()).toBe(`开头${lines}尾`);
  });

  // Which editors keep a heading bold: all that take HTML; the two fed plain text (Slate,
  // wangEditor) get numbered plain lines, as a text field does.
  // medium-editor turns every paste into plain text, and a plain-text editable keeps no bold.
  const PLAIN = new Set(['slate', 'wangeditor', 'medium-editor', 'plaintext-only']);
  for (const editor of [...HARNESS_EDITORS, ...THIRD_EDITORS.filter((e) => !e.host)] as (ThirdEditor | (typeof HARNESS_EDITORS)[number])[]) {
    const model = async () => nonEmpty(((await page.evaluate((name) => (window as unknown as Record<string, () => { paragraphs: string[] }>)[name]!(), ('model' in editor && editor.model) || '__model')) as { paragraphs: string[] }).paragraphs);
    it(`${editor.label}: the part's numbered headings and paragraphs once, in order, in the model; headings ${PLAIN.has(editor.id) ? 'plain' : 'bold'}`, async () => {
      await open(editor.page);
      const frame: Frame = editor.frame ? (await (await page.waitForSelector(editor.frame)).contentFrame())! : page.mainFrame();
      // The start of the last line (a plain-text editable holds both lines in one text node).
      await frame.locator(editor.editable).first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Home');
      expect(await insertPartOne()).toContain(`共 ${PART_ONE.length} 段`);
      const last = PART_ONE.at(-1)!;
      await expect.poll(model).toSatisfy((m: string[]) =>
        [JSON.stringify(['已有内容', ...PART_ONE, '结尾']), JSON.stringify(['已有内容', ...PART_ONE.slice(0, -1), `${last}结尾`])].includes(JSON.stringify(m)),
      );
      const headings = PART_ONE.filter((l) => HEADINGS.includes(l));
      expect(await boldIn(frame, editor.editable, headings.filter((h) => h !== last))).toEqual(PLAIN.has(editor.id) ? [] : headings.filter((h) => h !== last));
    });
  }
});

declare global {
  interface Window {
    __model?: () => { paragraphs: string[] };
    __ready?: boolean;
  }
}
