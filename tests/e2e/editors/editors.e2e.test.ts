// Every editor of the harness, in a real browser, through the real side panel: a three-paragraph
// snippet lands once at the caret, as paragraphs, in the editor's own model, indented as that
// editor keeps 首行缩进 (on by default); one Ctrl+Z removes it; typing goes on after it. Then the
// awkward places — React inputs, maxlength, read-only and disabled fields, shadow roots, nested
// iframes, an IME composition — with 首行缩进 off, so their exact text is about the field alone.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';
import { HARNESS_EDITORS, HARNESS_FIELDS } from './editors.ts';
import { lastRoute } from '../support/editorChecks.ts';

// Markup characters and quotes on purpose: they must arrive as text, never as markup.
const PARAGRAPHS = ['（一）压实责任链条。签订<责任书>12份&明确清单。', '二是强化“两个维护”，开展专题学习8次。', '三是抓好整改落实，完成率100%。'];
const TITLE = '编辑器测试三段';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

const nonEmpty = (paragraphs: string[]) => paragraphs.map((p) => p.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()).filter((p) => p !== '');
const model = async () => nonEmpty(((await page.evaluate(() => window.__model!())) as { paragraphs: string[] }).paragraphs);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How 首行缩进 arrives in each editor: as its own paragraph indent (text-indent), as two full-width
 * spaces (editors that drop paragraph styles: EditorAdapter.indentBy), as a tab (Quill's reading of
 * text-indent), or not at all (Draft.js drops both).
 */
const INDENT: Record<string, 'style' | 'spaces' | 'tab' | 'none'> = {
  contenteditable: 'style',
  designmode: 'style',
  ueditor: 'style',
  'javascript-url': 'style',
  'javascript-url-parent': 'style',
  tinymce: 'style',
  ckeditor4: 'spaces',
  kindeditor: 'style',
  ckeditor5: 'spaces',
  quill: 'tab',
  prosemirror: 'spaces',
  tiptap: 'spaces',
  slate: 'spaces',
  wangeditor: 'spaces',
  lexical: 'spaces',
  draft: 'none',
};

/** The paragraph holding `text` in the editor: how it starts, and its first line's indent in characters. */
function paragraphOf(frame: Frame, editable: string, text: string) {
  return frame
    .locator(editable)
    .first()
    .evaluate((root, wanted) => {
      let block = [...root.querySelectorAll('*')].find((e) => (e.textContent ?? '').includes(wanted) && ![...e.children].some((c) => (c.textContent ?? '').includes(wanted)));
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement ?? undefined;
      const style = getComputedStyle(block!);
      return { start: (block!.textContent ?? '').slice(0, 3), indent: parseFloat(style.textIndent) / parseFloat(style.fontSize) };
    }, text);
}

async function open(file: string): Promise<void> {
  await page.goto(`${inject('pagesUrl')}/pages/${file}`);
  await page.waitForFunction(() => window.__ready === true);
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await open('contenteditable.html');
  await page.locator('#editor').click();
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, { title: TITLE, body: PARAGRAPHS.join('\n') });
  await selectSnippet(panel, TITLE);
});
afterAll(async () => browser?.close());

describe('rich editors', () => {
  for (const editor of HARNESS_EDITORS) {
    it(`${editor.label}: paragraphs once at the caret, in the model; one Ctrl+Z; typing goes on after it`, async () => {
      await open(editor.page);
      const frame: Frame = editor.frame ? (await (await page.waitForSelector(editor.frame)).contentFrame())! : page.mainFrame();
      // The caret at the start of the last paragraph, so "after the insertion" is not "at the end".
      await frame.locator(editor.editable).first().getByText('结尾', { exact: true }).click();
      await page.keyboard.press('Home');
      const baseline = await model();
      expect(baseline).toEqual(['已有内容', '结尾']);

      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      expect(await lastRoute(panel)).toBe(editor.route);
      // The last inserted paragraph either takes in the text after the caret or stays apart from it.
      const last = PARAGRAPHS.at(-1)!;
      const inserted = [
        ['已有内容', ...PARAGRAPHS.slice(0, -1), `${last}结尾`],
        ['已有内容', ...PARAGRAPHS, '结尾'],
      ];
      await expect.poll(model).toSatisfy((m: string[]) => inserted.some((shape) => JSON.stringify(shape) === JSON.stringify(m)));
      const second = PARAGRAPHS[1]!;
      const indented = {
        style: { start: second.slice(0, 3), indent: 2 },
        spaces: { start: `\u3000\u3000${second[0]}`, indent: 0 },
        tab: { start: `\t${second.slice(0, 2)}`, indent: 0 },
        none: { start: second.slice(0, 3), indent: 0 },
      }[INDENT[editor.id]!];
      expect(await paragraphOf(frame, editor.editable, second.slice(0, 6))).toEqual(indented);
      // Once, in the whole page (about:blank iframes share the parent's URL: one frame only).
      const everywhere = await Promise.all(page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
      expect(everywhere.join('\n').split(PARAGRAPHS[0]!).length - 1).toBe(1);

      await page.keyboard.press('Control+z');
      await expect.poll(model).toEqual(baseline);

      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      await page.keyboard.type('尾');
      // The caret was right after the inserted text, before what followed it.
      await expect.poll(async () => (await model()).join('\n')).toMatch(new RegExp(`${escapeRegExp(last)}尾\n?结尾$`));
      expect((await model()).join('\n').split(PARAGRAPHS[1]!).length - 1).toBe(1);
    });
  }
});

describe('hidden-input document suites', () => {
  it('Google Docs (a model of its input iframe): the paste route fills the model, and the panel also copies, since it cannot confirm', async () => {
    await open('gdocs.html');
    await page.locator('#surface').click();
    await page.keyboard.press('Enter');
    const message = await clickInsert(panel);
    expect(message).toContain('Google 文档无法确认是否已插入');
    expect(message).toMatch(/Ctrl\+V/);
    await expect.poll(model).toEqual(['已有内容', ...PARAGRAPHS]);
    await page.keyboard.press('Control+z');
    await expect.poll(model).toEqual(['已有内容']);
  });
});

describe('an editor that refuses every route', () => {
  it('is left as it was; the panel copies the paragraphs and says to press Ctrl+V', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('pagesUrl')).origin });
    await open('refusing.html');
    await page.locator('#editor p').click();
    const message = await clickInsert(panel);
    expect(message).toContain('编辑器没有接受插入');
    expect(message).toContain('Ctrl+V');
    expect(await model()).toEqual(['已有内容']);
    // Copied as it would have been inserted: 首行缩进 is on.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PARAGRAPHS.map((p) => `\u3000\u3000${p}`).join('\n'));
  });
});

describe('fields and awkward places', () => {
  beforeAll(async () => {
    await panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck();
    await open('fields.html');
  });

  it(`textarea: three lines at the caret; one Ctrl+Z; typing goes on (${HARNESS_FIELDS[0]!.route})`, async () => {
    const field = page.locator('#textarea');
    await field.fill('开头');
    await field.click();
    await page.keyboard.press('End');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await lastRoute(panel)).toBe(HARNESS_FIELDS[0]!.route);
    expect(await field.inputValue()).toBe(`开头${PARAGRAPHS.join('\n')}`);
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe('开头');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    await page.keyboard.type('尾');
    expect(await field.inputValue()).toBe(`开头${PARAGRAPHS.join('\n')}尾`);
  });

  it('a single-line input gets the paragraphs joined by spaces', async () => {
    const field = page.locator('#input');
    await field.click();
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await lastRoute(panel)).toBe(HARNESS_FIELDS[1]!.route);
    expect(await field.inputValue()).toBe(PARAGRAPHS.join(' '));
  });

  it("a React-controlled input: React's own state has the text", async () => {
    await page.locator('#react-input').click();
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    await expect.poll(() => page.evaluate(() => window.__reactValue!())).toBe(PARAGRAPHS.join(' '));
    await page.keyboard.type('尾');
    await expect.poll(() => page.evaluate(() => window.__reactValue!())).toBe(`${PARAGRAPHS.join(' ')}尾`);
  });

  it('maxlength: text that does not fit is refused with a message, nothing inserted', async () => {
    const field = page.locator('#limited');
    await field.click();
    expect(await clickInsert(panel)).toContain('最多能写 20 个字');
    expect(await field.inputValue()).toBe('');
  });

  it('read-only and disabled fields are refused with a message', async () => {
    await page.locator('#readonly').click();
    expect(await clickInsert(panel)).toContain('只读');
    expect(await page.locator('#readonly').inputValue()).toBe('只读内容');
    await page.locator('#disabled').click({ force: true });
    expect(await clickInsert(panel)).toContain('禁用');
    expect(await page.locator('#disabled').inputValue()).toBe('禁用内容');
  });

  it('an editable inside an open shadow root', async () => {
    const editable = page.locator('#shadow-editable');
    await editable.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await lastRoute(panel)).toBe(HARNESS_FIELDS[2]!.route);
    expect(nonEmpty(await editable.locator('p').allInnerTexts())).toEqual(['已有内容', ...PARAGRAPHS]);
  });

  it('an editable inside a closed shadow root (a web component): the content script finds the caret there', async () => {
    const at = await page.evaluate(() => window.__closedFirstParagraph!());
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await lastRoute(panel)).toBe(HARNESS_FIELDS[4]!.route);
    expect(nonEmpty(await page.evaluate(() => window.__closedParagraphs!()))).toEqual(['已有内容', ...PARAGRAPHS]);
    await page.keyboard.press('Control+z');
    expect(nonEmpty(await page.evaluate(() => window.__closedParagraphs!()))).toEqual(['已有内容']);
  });

  it('an iframe inside an iframe: only the innermost, where the caret is', async () => {
    const outer = (await (await page.waitForSelector('#outer')).contentFrame())!;
    const inner = (await (await outer.waitForSelector('#inner')).contentFrame())!;
    await inner.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await lastRoute(panel)).toBe(HARNESS_FIELDS[3]!.route);
    expect(nonEmpty(await inner.locator('body p').allInnerTexts())).toEqual(['已有内容', ...PARAGRAPHS]);
    expect(await outer.locator('body > p').allInnerTexts()).toEqual(['外层']);
    await page.keyboard.press('Control+z');
    expect(nonEmpty(await inner.locator('body p').allInnerTexts())).toEqual(['已有内容']);
  });

  it('nothing happens while an IME is composing; it works once the composition ends', async () => {
    const field = page.locator('#textarea');
    await field.fill('');
    await field.click();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    await page.waitForFunction(() => window.__composing === true);
    expect(await clickInsert(panel)).toContain('输入法正在输入');
    expect(await field.inputValue()).toBe('zhong');
    await cdp.send('Input.insertText', { text: '中' });
    await cdp.detach();
    await page.waitForFunction(() => window.__composing === false);
    expect(await field.inputValue()).toBe('中');
    expect(await clickInsert(panel)).toContain('已插入 3 段');
    expect(await field.inputValue()).toBe(`中${PARAGRAPHS.join('\n')}`);
  });
});

declare global {
  interface Window {
    __model?: () => { paragraphs: string[] };
    __ready?: boolean;
    __reactValue?: () => string;
    __composing?: boolean;
    __closedParagraphs?: () => string[];
    __closedFirstParagraph?: () => { x: number; y: number };
  }
}
