// 公文校对 before an insert: the selected snippet's text is proofread beside its preview; a finding
// says in plain words what is wrong and what it becomes; 改正 changes the text the preview shows
// and 插入 puts in; 这一类全部改正 fixes every finding of that kind; 忽略 is remembered for that
// text, and 撤回改正 goes back to the text as written.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { clickInsert, createSnippet, openTab, selectSnippet } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

const TITLE = '校对测试';
const BODY = '全年召开会议12次,学习3次,调研2次。约100万元左右';

beforeAll(async () => {
  session = await openPanelBesideDemo('#editable');
  ({ page, panel } = session);
  await createSnippet(panel, { title: TITLE, body: BODY });
  await selectSnippet(panel, TITLE);
});
afterAll(async () => session?.browser.close());

const findings = () => panel.getByRole('region', { name: '校对结果' });
const items = () => findings().getByRole('listitem');
const preview = () => panel.getByLabel('预览');
const editable = () => page.locator('#editable');

describe('校对 before an insert', () => {
  it('lists each finding in plain words, with the text quoted and what it becomes', async () => {
    await expect.poll(() => items().count()).toBe(3);
    const first = items().first();
    await expect(first.innerText()).resolves.toContain('中文里用了英文标点，应改用中文标点。');
    await expect(first.innerText()).resolves.toContain('改为“，”');
    await expect(first.innerText()).resolves.toContain('依据 GB/T 15834-2011');
    await expect(first.getByRole('button', { name: '这一类全部改正（2 处）' }).isVisible()).resolves.toBe(true);
    await expect(items().nth(2).innerText()).resolves.toContain('删去“左右”');
  });

  it('忽略 hides a finding, and it stays hidden when the snippet is opened again', async () => {
    await items().first().getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => items().count()).toBe(2);
    await expect(findings().innerText()).resolves.toContain('已忽略 1 处');
    await openTab(panel, '指标');
    await selectSnippet(panel, TITLE);
    await expect.poll(() => items().count()).toBe(2);
    await findings().getByRole('button', { name: '重新提示已忽略的' }).click();
    await expect.poll(() => items().count()).toBe(3);
  });

  it('改正 fixes one finding: the preview shows the corrected text', async () => {
    await items().nth(2).getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(() => preview().innerText()).toContain('约100万元');
    await expect(preview().innerText()).resolves.not.toContain('左右');
    await expect.poll(() => items().count()).toBe(2);
  });

  it('这一类全部改正 fixes the rest of that kind, and 插入 puts the corrected text into the page', async () => {
    await expect.poll(() => items().count()).toBe(2);
    await items().first().getByRole('button', { name: '这一类全部改正（2 处）' }).click();
    await expect.poll(() => items().count()).toBe(0);
    await expect(findings().innerText()).resolves.toContain('没有发现问题');
    await editable().evaluate((el) => (el.innerHTML = '<p><br></p>'));
    await editable().locator('p').click();
    expect(await clickInsert(panel)).toContain('已插入');
    await expect.poll(() => editable().innerText()).toContain('全年召开会议12次，学习3次，调研2次。约100万元');
  });

  it('撤回改正 goes back to the text as written, with its findings', async () => {
    await panel.getByRole('button', { name: '撤回改正' }).click();
    await expect.poll(() => preview().innerText()).toContain('12次,学习');
    await expect.poll(() => items().count()).toBe(3);
  });
});

// 校对网页中的文字: the text of the editable that holds the caret, read on the click, fixed in the
// page through the insertion routes, each fix one step of the editor's own undo.
describe('校对网页中的文字', () => {
  let browser: ExtensionBrowser;
  let web: Page;
  let side: Page;
  const WRITTEN = ['全年召开会议12次,学习3次。', '约100万元左右'];
  const FIXED = ['全年召开会议12次，学习3次。', '约100万元'];
  const model = async (): Promise<string[]> => ((await web.evaluate(() => (window as unknown as { __model(): { paragraphs: string[] } }).__model())).paragraphs);
  const pageItems = () => side.getByRole('region', { name: '校对网页中的文字' }).getByRole('region', { name: '校对结果' }).getByRole('listitem');

  async function open(file: string) {
    await web.goto(`${inject('pagesUrl')}/pages/${file}`);
    await web.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  }

  async function proofreadAndFix(): Promise<void> {
    await openTab(side, '校对');
    await side.getByRole('button', { name: '校对网页中的文字' }).click();
    await expect.poll(() => pageItems().count()).toBe(2);
    await expect(side.getByText(/校对的是光标所在输入框里的全部文字/).isVisible()).resolves.toBe(true);
    await pageItems().first().getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(model).toEqual([FIXED[0], WRITTEN[1]]);
    await expect.poll(() => pageItems().count()).toBe(1);
    await pageItems().first().getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(model).toEqual(FIXED);
    await expect.poll(() => pageItems().count()).toBe(0);
    // One Ctrl+Z takes back the last fix only.
    await web.keyboard.press('Control+z');
    await expect.poll(model).toEqual([FIXED[0], WRITTEN[1]]);
  }

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    web = await browser.context.newPage();
    await open('contenteditable.html');
    await web.locator('#editor').click();
    side = await browser.openSidePanel(web);
  });
  afterAll(async () => browser?.close());

  it('a contenteditable: two fixes applied in the page, one undone with Ctrl+Z', async () => {
    await web.locator('#editor').evaluate((el, paragraphs) => (el.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('')), WRITTEN);
    await web.locator('#editor p').last().click();
    await proofreadAndFix();
  });

  it('TinyMCE: the same, in the editor\'s model and its own undo', async () => {
    await open('tinymce.html');
    await web.evaluate((paragraphs) => (window as unknown as { tinymce: { activeEditor: { setContent(html: string): void } } }).tinymce.activeEditor.setContent(paragraphs.map((p) => `<p>${p}</p>`).join('')), WRITTEN);
    const frame = (await (await web.waitForSelector('.tox-edit-area iframe')).contentFrame())!;
    await frame.locator('body p').last().click();
    await proofreadAndFix();
  });

  /** 这一类全部改正 of two fixes in one line: both land, and one Ctrl+Z takes both back. */
  async function fixAllThenUndo(): Promise<void> {
    await openTab(side, '校对');
    await side.getByRole('button', { name: '校对网页中的文字' }).click();
    await expect.poll(() => pageItems().count()).toBe(2);
    await pageItems().first().getByRole('button', { name: '这一类全部改正（2 处）' }).click();
    await expect.poll(model).toEqual(['会议要求,学习要实,工作要细。'.replaceAll(',', '，')]);
    await expect.poll(() => pageItems().count()).toBe(0);
    await side.getByText('已在网页中改正 2 处，按一次 Ctrl+Z 可以全部撤回。').waitFor();
    await web.keyboard.press('Control+z');
    await expect.poll(model).toEqual(['会议要求,学习要实,工作要细。']);
  }

  it('a contenteditable: 这一类全部改正 is one step of the undo', async () => {
    await open('contenteditable.html');
    await web.locator('#editor').evaluate((el) => (el.innerHTML = '<p>会议要求,学习要实,工作要细。</p>'));
    await web.locator('#editor p').click();
    await fixAllThenUndo();
  });

  it('TinyMCE: 这一类全部改正 is one step of its own undo', async () => {
    await open('tinymce.html');
    // The text as if typed: a level of TinyMCE's own undo (setContent alone makes none).
    await web.evaluate(() => {
      const editor = (window as unknown as { tinymce: { activeEditor: { setContent(html: string): void; undoManager: { add(): void } } } }).tinymce.activeEditor;
      editor.setContent('<p>会议要求,学习要实,工作要细。</p>');
      editor.undoManager.add();
    });
    const frame = (await (await web.waitForSelector('.tox-edit-area iframe')).contentFrame())!;
    await frame.locator('body p').click();
    await fixAllThenUndo();
  });

  it('a contenteditable: over formatted text, 这一类全部改正 goes in one fix at a time and keeps the formatting', async () => {
    await open('contenteditable.html');
    await web.locator('#editor').evaluate((el) => (el.innerHTML = '<p>会议要求,<b>学习要实</b>,工作要细。</p>'));
    await web.locator('#editor p').click();
    await openTab(side, '校对');
    await side.getByRole('button', { name: '校对网页中的文字' }).click();
    await expect.poll(() => pageItems().count()).toBe(2);
    await pageItems().first().getByRole('button', { name: '这一类全部改正（2 处）' }).click();
    await expect.poll(model).toEqual(['会议要求，学习要实，工作要细。']);
    await expect(web.locator('#editor b').innerText()).resolves.toBe('学习要实');
    await side.getByText('已在网页中改正 2 处，按 Ctrl+Z 可以撤回一处。').waitFor();
  });

  it('a text box: a deletion in the middle and one at the end, each applied once', async () => {
    await web.goto(`${inject('pagesUrl')}/demo/index.html`);
    const box = web.locator('#textarea');
    await box.fill('学习、培训、和考核。约100万元左右');
    await box.click();
    await openTab(side, '校对');
    await side.getByRole('button', { name: '校对网页中的文字' }).click();
    await expect.poll(() => pageItems().count()).toBe(2);
    await pageItems().first().getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(() => box.inputValue()).toBe('学习、培训和考核。约100万元左右');
    await expect.poll(() => pageItems().count()).toBe(1);
    await pageItems().first().getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(() => box.inputValue()).toBe('学习、培训和考核。约100万元');
    await expect.poll(() => pageItems().count()).toBe(0);
  });
});
