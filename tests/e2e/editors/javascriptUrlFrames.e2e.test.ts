// Editors whose editing iframe a javascript: URL writes — the real UEditor 1.4.3 and two generic
// pages built the same ways, with no editor API — through the real side panel, for every place a
// caret can be: at the end of a paragraph, in its middle, over a selection, and twice in a row.
// Chromium gives such frames no content script of their own (lib/insertion/scriptlessFrames.ts);
// before the fix every one of these ended in "没有找到光标所在的输入框" and a copy.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';
import { HARNESS_EDITORS } from './editors.ts';
import { lastRoute } from '../support/editorChecks.ts';

const PARAGRAPHS = ['一是压实责任<链条>&清单。', '二是强化学习，开展专题学习8次。', '三是抓好整改，完成率100%。'];
const TITLE = 'javascript URL 三段';
const EDITORS = HARNESS_EDITORS.filter((e) => ['ueditor', 'javascript-url', 'javascript-url-parent'].includes(e.id));

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

// Empty paragraphs are kept: an insertion must not leave a blank line behind.
const tidy = (paragraphs: string[]) => paragraphs.map((p) => p.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim());
const model = async () => tidy(((await page.evaluate(() => window.__model!())) as { paragraphs: string[] }).paragraphs);

/**
 * The paragraphs an insertion may leave: the inserted ones as blocks of their own, where the text
 * before the caret may join the first and the text after it the last (editors differ there).
 */
function shapes(before: string[], head: string, inserted: string[], tail: string, after: string[]): string[][] {
  const heads = head === '' ? [false] : [false, true];
  const tails = tail === '' ? [false] : [false, true];
  return heads.flatMap((joinHead) =>
    tails.map((joinTail) => {
      const middle = [...inserted];
      if (joinHead) middle[0] = head + middle[0]!;
      if (joinTail) middle[middle.length - 1] += tail;
      return [...before, ...(head !== '' && !joinHead ? [head] : []), ...middle, ...(tail !== '' && !joinTail ? [tail] : []), ...after];
    }),
  );
}

const isOneOf = (options: string[][]) => (m: string[]) => options.some((o) => JSON.stringify(o) === JSON.stringify(m));

async function everywhereCount(text: string): Promise<number> {
  const texts = await Promise.all(page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
  return texts.join('\n').split(text).length - 1;
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/pages/contenteditable.html`);
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, { title: TITLE, body: PARAGRAPHS.join('\n') });
  await selectSnippet(panel, TITLE);
});
afterAll(async () => browser?.close());

// Where the caret goes in the paragraph 结尾, and what stays before and after it.
const PLACES = [
  { name: 'a caret at the end', keys: ['End'], head: '结尾', tail: '' },
  { name: 'a caret in the middle', keys: ['Home', 'ArrowRight'], head: '结', tail: '尾' },
  { name: 'a selection', keys: ['Home', 'ArrowRight', 'Shift+ArrowRight'], head: '结', tail: '' },
];

for (const editor of EDITORS) {
  describe(editor.label, () => {
    let frame: Frame;

    async function open(): Promise<void> {
      await page.goto(`${inject('pagesUrl')}/pages/${editor.page}`);
      await page.waitForFunction(() => window.__ready === true);
      frame = (await (await page.waitForSelector(editor.frame!)).contentFrame())!;
      expect(await model()).toEqual(['已有内容', '结尾']);
    }

    async function placeCaret(keys: string[]): Promise<void> {
      await frame.locator('body').getByText('结尾', { exact: true }).click();
      for (const key of keys) await page.keyboard.press(key);
    }

    for (const place of PLACES) {
      it(`${place.name}: the paragraphs once, as blocks, caret after them; one Ctrl+Z; typing goes on`, async () => {
        await open();
        await placeCaret(place.keys);
        expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
        expect(await lastRoute(panel)).toBe(editor.route);
        await expect.poll(model).toSatisfy(isOneOf(shapes(['已有内容'], place.head, PARAGRAPHS, place.tail, [])));
        expect(await everywhereCount(PARAGRAPHS[0]!)).toBe(1);

        // The caret is right after the inserted text.
        await page.keyboard.type('X');
        await expect.poll(async () => (await model()).join('\n')).toContain(`${PARAGRAPHS.at(-1)}X`);
        await page.keyboard.press('Control+z'); // the typed X
        await expect.poll(async () => (await model()).join('\n')).not.toContain('X');
        await page.keyboard.press('Control+z'); // the insertion, in one step
        await expect.poll(model).toEqual(['已有内容', '结尾']);
        // UEditor's own undo stack took it back (the browser's would leave UEditor nothing to redo).
        if (editor.id === 'ueditor') expect(await page.evaluate(() => window.__editorCanRedo!())).toBe(true);
        await page.keyboard.type('Y');
        await expect.poll(async () => (await model()).join('')).toContain('Y');
      });
    }

    it("after typing in the form's title field, a click in the editor moves the insertion there", async () => {
      await open();
      await page.locator('#title').fill('关于2024年工作的总结');
      await page.locator('#title').click();
      await placeCaret(['End']);
      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      await expect.poll(model).toSatisfy(isOneOf(shapes(['已有内容'], '结尾', PARAGRAPHS, '', [])));
      expect(await page.locator('#title').inputValue()).toBe('关于2024年工作的总结');
    });

    it('twice in a row: both land in order, each after the other; one Ctrl+Z takes back the second', async () => {
      await open();
      await placeCaret(['End']);
      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      await expect.poll(model).toSatisfy(isOneOf(shapes(['已有内容'], '结尾', PARAGRAPHS, '', [])));
      const once = await model();
      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      expect(await lastRoute(panel)).toBe(editor.route);
      await expect.poll(model).toSatisfy(isOneOf(shapes(once.slice(0, -1), once.at(-1)!, PARAGRAPHS, '', [])));
      expect(await everywhereCount(PARAGRAPHS[0]!)).toBe(2);
      await page.keyboard.press('Control+z');
      await expect.poll(model).toEqual(once);
      await page.keyboard.type('Z');
      await expect.poll(async () => (await model()).join('\n')).toContain(`${PARAGRAPHS.at(-1)}Z`);
    });
  });
}

declare global {
  interface Window {
    __model?: () => { paragraphs: string[] };
    __ready?: boolean;
    __editorCanRedo?: () => boolean;
  }
}
