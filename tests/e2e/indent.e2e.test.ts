// 首行缩进, chosen beside 插入 and remembered: on by default, the rich editor indents each inserted
// paragraph itself (text-indent), a text box gets two full-width spaces in front of each; the
// preview shows it; turned off it stays off after a reload, for the panel and the context menu.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickContextMenu, snippetIdByTitle } from './support/contextMenu.ts';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { clickInsert, createSnippet, INDENT, selectSnippet } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;
let worker: Worker;
let snippetId: string;

const TITLE = '缩进测试';
// The second paragraph was indented by hand: it must not come out indented twice.
const BODY = '一、总体情况\n\u3000\u3000全年工作平稳推进。';
const PLAIN = ['一、总体情况', '全年工作平稳推进。'];
const INDENTED = PLAIN.map((p) => `${INDENT}${p}`);

beforeAll(async () => {
  session = await openPanelBesideDemo('#editable');
  ({ page, panel } = session);
  worker = session.browser.context.serviceWorkers()[0]!;
  await createSnippet(panel, { title: TITLE, body: BODY });
  await selectSnippet(panel, TITLE);
  await panel.getByRole('button', { name: '☆ 收藏' }).click();
  snippetId = await snippetIdByTitle(worker, TITLE);
});
afterAll(async () => session?.browser.close());

const indentBox = () => panel.getByRole('checkbox', { name: /^首行缩进/ });
const textarea = () => page.locator('#textarea');
const editable = () => page.locator('#editable');

/** How far in each preview paragraph's first line starts, in font sizes (2 = two characters). */
const previewIndents = () =>
  panel
    .getByLabel('预览')
    .locator('p')
    .evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).textIndent) / parseFloat(getComputedStyle(p).fontSize)));

/** The rich editor's paragraphs with text: what they say and how far their first line is indented (in characters). */
const editorParagraphs = () =>
  editable()
    .locator('p')
    .evaluateAll((ps) =>
      ps
        .filter((p) => (p.textContent ?? '').trim() !== '')
        .map((p) => ({ text: p.textContent, indent: parseFloat(getComputedStyle(p).textIndent) / parseFloat(getComputedStyle(p).fontSize) })),
    );

async function caretInEmptyEditable() {
  await editable().evaluate((el) => (el.innerHTML = '<p><br></p>'));
  await editable().locator('p').click();
}

async function caretInEmptyTextarea() {
  await textarea().fill('');
  await textarea().click();
}

describe('首行缩进, on by default', () => {
  it('is offered beside 插入, checked, with a plain line saying what 保留段落 does; the preview shows the indent', async () => {
    await expect.poll(() => indentBox().isChecked()).toBe(true);
    await expect(panel.getByText(/^保留段落：一段是一段/).isVisible()).resolves.toBe(true);
    await panel.getByLabel('格式').selectOption({ label: '纯文本' });
    await panel.getByText(/^纯文本：只输入文字/).waitFor();
    await panel.getByLabel('格式').selectOption({ label: '保留段落' });
    await panel.getByText(/^保留段落：一段是一段/).waitFor();
    // The hand-typed spaces are not shown: the preview indents every paragraph by two characters.
    await expect.poll(previewIndents).toEqual([2, 2]);
    await expect(panel.getByLabel('预览').locator('p').allInnerTexts()).resolves.toEqual(PLAIN);
  });

  it('a rich editor gets each paragraph indented by the editor itself, no spaces typed in', async () => {
    await caretInEmptyEditable();
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    expect(await editorParagraphs()).toEqual(PLAIN.map((text) => ({ text, indent: 2 })));
  });

  it('a text box gets two full-width spaces before each paragraph, and only two', async () => {
    await caretInEmptyTextarea();
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    expect(await textarea().inputValue()).toBe(INDENTED.join('\n'));
  });

  it('a paragraph that continues the line the caret is on takes no indent; the next ones do', async () => {
    await textarea().fill('前文。');
    await textarea().click();
    await page.keyboard.press('End');
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    expect(await textarea().inputValue()).toBe(`前文。${PLAIN[0]}\n${INDENTED[1]}`);
  });

  it('the context menu indents as the panel does', async () => {
    await caretInEmptyTextarea();
    await clickContextMenu(worker, page, `insert:${snippetId}`);
    await expect.poll(() => textarea().inputValue()).toBe(INDENTED.join('\n'));
  });
});

describe('首行缩进 turned off', () => {
  it('the preview drops the indent at once, and the choice is still off after the panel reloads', async () => {
    await indentBox().uncheck();
    await expect.poll(previewIndents).toEqual([0, 0]);
    await panel.reload();
    await selectSnippet(panel, TITLE);
    // Read back from the library after the reload: wait for it as a user would see it.
    await expect.poll(() => indentBox().isChecked()).toBe(false);
    await expect.poll(previewIndents).toEqual([0, 0]);
  });

  it('a text box gets the paragraphs as they are', async () => {
    await caretInEmptyTextarea();
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    expect(await textarea().inputValue()).toBe(PLAIN.join('\n'));
  });

  it('a rich editor gets paragraphs without an indent', async () => {
    await caretInEmptyEditable();
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    expect(await editorParagraphs()).toEqual(PLAIN.map((text) => ({ text, indent: 0 })));
  });

  it('the context menu follows the choice', async () => {
    await caretInEmptyTextarea();
    await clickContextMenu(worker, page, `insert:${snippetId}`);
    await expect.poll(() => textarea().inputValue()).toBe(PLAIN.join('\n'));
  });
});
