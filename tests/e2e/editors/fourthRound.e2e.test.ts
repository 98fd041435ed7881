// The fourth round of editors (editors.ts FOURTH_EDITORS): older editors Chinese OA systems and
// sites still carry, in a real browser through the real side panel. A snippet goes in between two
// words: the first paragraph continues the line, the last runs into the words after the caret,
// each paragraph its own block of what the form saves, no blank one; one Ctrl+Z takes it away. A
// whole report (title, numbered headings, paragraphs, 落款, date) goes in at the start of a line,
// with 首行缩进: every line once, in order, the headings bold; one Ctrl+Z takes it away.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickButtonAndWaitForStatus, clickInsert, createSnippet, openTab, selectSnippet } from '../support/panel.ts';
import { FOURTH_EDITORS, type FourthEditor } from './editors.ts';
import { boldIn, lastRoute } from '../support/editorChecks.ts';
import { writeReport } from '../support/writeReport.ts';

// Figures, markup characters and quotes on purpose: they must arrive as text, digits intact.
const PARAGRAPHS = ['一、推进重点项目建设，完成投资4.2亿元。', '二是<优化>营商环境&办结事项1,035件。', '三是做好“民生实事”，满意度98.6%。'];
const [P0, P1, P2] = PARAGRAPHS as [string, string, string];
const SNIPPET = '第四轮编辑器三段';
// Original sample text for the report.
const OPENING = '根据安排，现将本人一年来履职情况报告如下：';
const TEXTS: Record<string, string[]> = {
  '（一）加强学习，提升能力': ['全年参加集中学习24次，撰写心得<体会>6篇。'],
  '二、存在的不足': ['调查研究还不够深入。', '统筹协调能力有待提高。'],
};
const HEADINGS = ['一、履职尽责情况', '（一）加强学习，提升能力', '（二）围绕中心，推动工作', '（三）严于律己，廉洁自守', '二、存在的不足', '三、今后努力方向'];
const SIGNATURE = '王某某';
const DATE = '2026年1月5日';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;
let whole: string[];
let title: string;

// Indent spaces and the editors' filler characters are not what a reader sees.
const clean = (text: string) => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
/** What the form saves, block by block; a blank block counts (a user sees an empty line). */
const saved = async () => (await page.evaluate(() => window.__model!().paragraphs)).map(clean);
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

async function open(editor: FourthEditor): Promise<Frame> {
  await page.goto(`${inject('pagesUrl')}/pages/${editor.page}`);
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 20_000 });
  return editor.frame ? (await (await page.waitForSelector(editor.frame)).contentFrame())! : page.mainFrame();
}


beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/contenteditable.html`);
  await page.locator('#editor').click();
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, { title: SNIPPET, body: PARAGRAPHS.join('\n') });

  await openTab(panel, '报告');
  await panel.getByRole('button', { name: '述职报告', exact: true }).click();
  const titleField = panel.getByLabel('报告标题');
  await titleField.waitFor();
  title = await titleField.inputValue();
  await writeReport(panel, { opening: OPENING, texts: TEXTS, signature: SIGNATURE, typedDate: '2026-01-05', date: DATE });
  const [h1, h11, h12, h13, h2, h3] = HEADINGS as [string, string, string, string, string, string];
  whole = [title, OPENING, h1, h11, ...TEXTS[h11]!, h12, h13, h2, ...TEXTS[h2]!, h3, SIGNATURE, DATE];
}, 90_000);
afterAll(async () => browser?.close());

for (const editor of FOURTH_EDITORS) {
  describe(editor.label, () => {
    it(`a snippet between two words: the line continued, each paragraph a block, none blank; ${editor.undo ? 'one Ctrl+Z' : 'no undo'}`, async () => {
      await selectSnippet(panel, SNIPPET);
      await panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck();
      const frame = await open(editor);
      await frame.locator(editor.editable).first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const baseline = await saved();
      expect(baseline).toEqual(['已有内容', '结尾']);
      const message = await clickInsert(panel);
      expect(message).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      await expect.poll(saved).toEqual([`已有${P0}`, P1, `${P2}内容`, '结尾']);
      expect(await lastRoute(panel)).toBe(editor.route);
      if (editor.undo) {
        await page.keyboard.press('Control+z');
        await expect.poll(saved).toEqual(baseline);
      }
    });

    it(`a whole report at the start of a line, 首行缩进 on: every line once, in order, headings ${editor.bold ? 'bold' : 'plain'}; ${editor.undo ? 'one Ctrl+Z' : 'no undo'}`, async () => {
      await openTab(panel, '报告');
      await panel.getByRole('checkbox', { name: /^首行缩进/ }).check();
      const frame = await open(editor);
      // On the last line's words (Ctrl+End in Vditor goes past the last paragraph).
      await frame.locator(editor.editable).first().getByText('结尾', { exact: true }).click();
      await page.keyboard.press('Home');
      const baseline = await saved();
      const message = await clickButtonAndWaitForStatus(panel, '插入全文');
      expect(message).toContain(`已插入全文，共 ${whole.length} 段`);
      await expect.poll(saved).toSatisfy((m: string[]) => same(m, ['已有内容', ...whole, '结尾']) || same(m, ['已有内容', ...whole.slice(0, -1), `${DATE}结尾`]));
      if (editor.bold) expect(await boldIn(frame, editor.editable, [title, ...HEADINGS.slice(0, -1)])).toEqual([title, ...HEADINGS.slice(0, -1)]);
      if (editor.undo) {
        await page.keyboard.press('Control+z');
        await expect.poll(saved).toEqual(baseline);
      }
    });
  });
}

describe('an editor whose instance cannot be reached', () => {
  it('Trumbowyg: nothing is written behind it (it would show the text and save the old one); the panel copies and says to press Ctrl+V', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('pagesUrl')).origin });
    await selectSnippet(panel, SNIPPET);
    await panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck();
    const trumbowyg = FOURTH_EDITORS.find((e) => e.id === 'trumbowyg')!;
    const frame = await open({ ...trumbowyg, page: 'trumbowyg.html?lost' });
    await frame.locator(trumbowyg.editable).getByText('结尾', { exact: true }).click();
    const message = await clickInsert(panel);
    expect(message).not.toContain('已插入');
    expect(message).toContain('Ctrl+V');
    // Neither what the form saves nor what the user sees has changed.
    expect(await saved()).toEqual(['已有内容', '结尾']);
    expect(await frame.locator(trumbowyg.editable).innerText()).not.toContain(P0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PARAGRAPHS.join('\n'));
  });
});
