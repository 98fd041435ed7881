// The third round of editors (editors.ts THIRD_EDITORS) and page setups officials meet, in a real
// browser through the real side panel: three paragraphs land once, in order, each a paragraph of
// the editor's own model (read back through its API, or what the page saves); the caret is after
// them; one Ctrl+Z takes them all away; typing goes on after them.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';
import { HARNESS_EDITORS, THIRD_EDITORS, THIRD_FIELDS, type ThirdEditor } from './editors.ts';
import { lastRoute } from '../support/editorChecks.ts';

// Figures, markup characters and quotes on purpose: they must arrive as text, digits intact.
const PARAGRAPHS = ['一、推进重点项目建设，完成投资4.2亿元。', '二是<优化>营商环境&办结事项1,035件。', '三是做好“民生实事”，满意度98.6%。'];
const LAST = PARAGRAPHS.at(-1)!;
const TITLE = '第三轮编辑器三段';

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

type Model = { paragraphs: string[] };
const nonEmpty = (paragraphs: string[]) => paragraphs.map((p) => p.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()).filter((p) => p !== '');
const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b);

async function open(url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
}

async function frameOf(editor: ThirdEditor): Promise<Frame> {
  if (!editor.frame) return page.mainFrame();
  const frame = (await (await page.waitForSelector(editor.frame)).contentFrame())!;
  // A harness page of its own in the frame: wait until its editor is ready too.
  if (editor.host) await frame.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  return frame;
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await open(`${inject('pagesUrl')}/pages/contenteditable.html`);
  panel = await browser.openSidePanel(page);
  await createSnippet(panel, { title: TITLE, body: PARAGRAPHS.join('\n') });
  await selectSnippet(panel, TITLE);
});
afterAll(async () => browser?.close());

describe('third-round editors: the caret at the start of the last paragraph', () => {
  beforeAll(() => panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck());
  for (const editor of THIRD_EDITORS) {
    it(`${editor.label}: once, in order, in the model; caret after it; ${editor.undo ? 'one Ctrl+Z' : 'no undo'}; typing goes on`, async () => {
      const url = `${editor.otherOrigin ? inject('otherOriginUrl') : inject('pagesUrl')}/pages/${editor.page}`;
      await open(editor.host ? `${inject('pagesUrl')}/pages/${editor.host}?src=${encodeURIComponent(url)}` : url);
      const frame = await frameOf(editor);
      // The model is read where the editor's page is: the frame for a hosted page, else the top.
      const home = editor.host ? frame : page.mainFrame();
      const model = async () => nonEmpty(((await home.evaluate((name) => (window as unknown as Record<string, () => Model>)[name]!(), editor.model ?? '__model')) as Model).paragraphs);
      const caretAtLast = async () => {
        await frame.locator(editor.editable).first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Home');
      };
      await caretAtLast();
      const baseline = await model();
      expect(baseline).toEqual(['已有内容', '结尾']);

      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      expect(await lastRoute(panel)).toBe(editor.route);
      const inserted = [
        ['已有内容', ...PARAGRAPHS.slice(0, -1), `${LAST}结尾`],
        ['已有内容', ...PARAGRAPHS, '结尾'],
      ];
      await expect.poll(model).toSatisfy((m: string[]) => inserted.some((shape) => same(shape, m)));
      // The page's other editors are left as they were (a shared document used to send it there).
      for (const other of editor.others ?? []) {
        const theirs = nonEmpty(((await home.evaluate((name) => (window as unknown as Record<string, () => Model>)[name]!(), other)) as Model).paragraphs);
        expect(theirs.join('\n')).not.toContain(PARAGRAPHS[0]);
      }
      const everywhere = await Promise.all(page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
      expect(everywhere.join('\n').split(PARAGRAPHS[0]!).length - 1).toBe(1);

      if (editor.undo) {
        await page.keyboard.press('Control+z');
        await expect.poll(model).toEqual(baseline);
        await caretAtLast();
        expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      }
      await page.keyboard.type('尾');
      await expect.poll(async () => (await model()).join('\n')).toMatch(new RegExp(`${LAST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}尾\n?结尾$`));
      expect((await model()).join('\n').split(PARAGRAPHS[1]!).length - 1).toBe(1);
    });
  }
});

/** The main harness's editors reached through their own insert call, where a leading <p> split the line. */
const API_EDITORS: Record<string, 'style' | 'spaces'> = { ueditor: 'style', tinymce: 'style', ckeditor4: 'spaces', kindeditor: 'style' };
const MID_LINE: ThirdEditor[] = [
  ...HARNESS_EDITORS.filter((e) => e.id in API_EDITORS).map((e) => ({ ...e, undo: true, indent: API_EDITORS[e.id] })),
  ...THIRD_EDITORS.filter((e) => e.indent && !e.host),
];

describe('the caret partway along a line, 首行缩进 on', () => {
  beforeAll(() => panel.getByRole('checkbox', { name: /^首行缩进/ }).check());
  for (const editor of MID_LINE) {
    it(`${editor.label}: the first paragraph continues the line (TinyMCE, CKEditor 4 and UEditor used to split it off), the next ones indented (${editor.indent})`, async () => {
      await open(`${inject('pagesUrl')}/pages/${editor.page}`);
      const frame = await frameOf(editor);
      const model = async () => nonEmpty(((await page.evaluate((name) => (window as unknown as Record<string, () => Model>)[name]!(), editor.model ?? '__model')) as Model).paragraphs);
      await frame.locator(editor.editable).first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      const [P0, P1, P2] = PARAGRAPHS as [string, string, string];
      const shapes = [
        [`已有${P0}`, P1, `${P2}内容`, '结尾'],
        [`已有${P0}`, P1, P2, '内容', '结尾'],
      ];
      await expect.poll(model).toSatisfy((m: string[]) => shapes.some((shape) => same(shape, m)));
      const middle = await frame
        .locator(editor.editable)
        .first()
        .evaluate((root, wanted) => {
          let block = [...root.querySelectorAll('*')].find((e) => (e.textContent ?? '').includes(wanted) && ![...e.children].some((c) => (c.textContent ?? '').includes(wanted)));
          while (block && getComputedStyle(block).display === 'inline') block = block.parentElement ?? undefined;
          const style = getComputedStyle(block!);
          // A plain-text editable holds every line in one block: the line is what counts there.
          const line = (block!.textContent ?? '').split('\n').find((l) => l.includes(wanted))!;
          return { start: line.slice(0, 3), indent: parseFloat(style.textIndent) / parseFloat(style.fontSize) };
        }, P1.slice(0, 6));
      expect(middle).toEqual(editor.indent === 'style' ? { start: P1.slice(0, 3), indent: 2 } : { start: `\u3000\u3000${P1[0]}`, indent: 0 });
      await page.keyboard.press('Control+z');
      await expect.poll(model).toEqual(['已有内容', '结尾']);
    });
  }
});

describe('a selection at the end of a line is replaced, and the first paragraph continues the line', () => {
  beforeAll(() => panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck());
  const [P0, P1, P2] = PARAGRAPHS as [string, string, string];
  for (const editor of MID_LINE.filter((e) => ['ueditor', 'tinymce', 'ckeditor4', 'kindeditor', 'ckeditor4-inline', 'trix', 'squire', 'toastui'].includes(e.id))) {
    it(`${editor.label}: 内容 selected, replaced by the paragraphs; one Ctrl+Z brings it back`, async () => {
      await open(`${inject('pagesUrl')}/pages/${editor.page}`);
      const frame = await frameOf(editor);
      const model = async () => nonEmpty(((await page.evaluate((name) => (window as unknown as Record<string, () => Model>)[name]!(), editor.model ?? '__model')) as Model).paragraphs);
      await frame.locator(editor.editable).first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
      await expect.poll(model).toEqual([`已有${P0}`, P1, P2, '结尾']);
      await page.keyboard.press('Control+z');
      await expect.poll(model).toEqual(['已有内容', '结尾']);
    });
  }
});

describe('form fields a page keeps its own copy of', () => {
  beforeAll(() => panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck());
  type VueState = { body: string; summary: string; title: string; count: string };
  const vue = () => page.evaluate(() => (window as unknown as { __vue(): VueState }).__vue());

  it(`Vue 3 v-model textarea: Vue's data and the count follow; one Ctrl+Z; typing goes on (${THIRD_FIELDS[0]!.route})`, async () => {
    await open(`${inject('pagesUrl')}/pages/vue.html`);
    await page.locator('#body').click();
    expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
    expect(await lastRoute(panel)).toBe(THIRD_FIELDS[0]!.route);
    const text = PARAGRAPHS.join('\n');
    await expect.poll(vue).toMatchObject({ body: text, count: `已输入 ${text.length} / 500 字` });
    await page.keyboard.press('Control+z');
    await expect.poll(vue).toMatchObject({ body: '', count: '已输入 0 / 500 字' });
    expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
    await page.keyboard.type('尾');
    await expect.poll(vue).toMatchObject({ body: `${text}尾` });
  });

  it('Vue 3 v-model.lazy: Vue takes the text when the field is left, as it does after typing', async () => {
    await page.locator('#lazy').click();
    expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
    await page.locator('#title').click();
    await expect.poll(vue).toMatchObject({ summary: PARAGRAPHS.join('\n') });
  });

  it(`Vue 3 v-model.trim input: the paragraphs joined by spaces (${THIRD_FIELDS[1]!.route})`, async () => {
    await page.locator('#title').click();
    expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
    expect(await lastRoute(panel)).toBe(THIRD_FIELDS[1]!.route);
    await expect.poll(vue).toMatchObject({ title: PARAGRAPHS.join(' ') });
  });

  it(`a textarea whose page counts and saves on input: the saved copy and the count follow, undo too (${THIRD_FIELDS[2]!.route})`, async () => {
    type Counted = { paragraphs: string[]; count: string };
    const saved = () => page.evaluate(() => (window as unknown as { __model(): Counted }).__model());
    await open(`${inject('pagesUrl')}/pages/counter.html`);
    await page.locator('#field').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    expect(await clickInsert(panel)).toContain(`已插入 ${PARAGRAPHS.length} 段`);
    expect(await lastRoute(panel)).toBe(THIRD_FIELDS[2]!.route);
    const value = `已有内容\n${PARAGRAPHS.join('\n')}结尾`;
    expect(await page.locator('#field').inputValue()).toBe(value);
    await expect.poll(saved).toEqual({ paragraphs: value.split('\n'), count: `已输入 ${value.length} 字` });
    await page.keyboard.press('Control+z');
    await expect.poll(saved).toEqual({ paragraphs: ['已有内容', '结尾'], count: '已输入 7 字' });
  });

  it('a long text (past the browser-undo limit, set in directly) still reaches a page that reads the field on change (v-model.lazy)', async () => {
    const lines = Array.from({ length: 230 }, (_, i) => `第${i + 1}行：落实责任，按期办结。`);
    await createSnippet(panel, { title: '很长的一段', body: lines.join('\n') });
    await selectSnippet(panel, '很长的一段');
    await open(`${inject('pagesUrl')}/pages/vue.html`);
    await page.locator('#lazy').click();
    expect(await clickInsert(panel)).toContain(`已插入 ${lines.length} 段`);
    expect(await lastRoute(panel)).toBe('text-field: setRangeText');
    await page.locator('#title').click();
    await expect.poll(async () => (await vue()).summary).toBe(lines.join('\n'));
  });
});

describe('the panel tells the truth', () => {
  it('text the page put into another field than the caret’s is not reported as inserted, and goes in nowhere else', async () => {
    await panel.getByRole('checkbox', { name: /^首行缩进/ }).uncheck();
    await selectSnippet(panel, TITLE);
    await open(`${inject('pagesUrl')}/pages/wrong-field.html`);
    await page.locator('#editor').getByText('结尾', { exact: true }).click();
    const message = await clickInsert(panel);
    expect(message).not.toContain('已插入');
    expect(message).toContain('请先检查文中');
    const read = async (name: string) => nonEmpty(((await page.evaluate((n) => (window as unknown as Record<string, () => Model>)[n]!(), name)) as Model).paragraphs);
    expect(await read('__model')).toEqual(['已有内容', '结尾']);
    expect(await read('__other')).toEqual(['另一个框', ...PARAGRAPHS]);
  });
});
