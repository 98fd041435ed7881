// The core loop in a real browser: a snippet with slots and stored values, filled, inserted from
// the real side panel at the caret of a textarea, a contenteditable and iframe editors.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { clickInsert, createMetric, createSnippet, INDENT, selectSnippet } from './support/panel.ts';
import { fixtureText, SEED_REPORT } from '../support/fixtures.ts';

/** The first 主要工作 paragraph of the seed report, its X's turned into slots with values. */
function seedParagraphAsTemplate() {
  const lines = fixtureText(SEED_REPORT).split(/\r?\n/);
  const paragraph = lines[lines.findIndex((l) => l.trim() === '一、主要工作') + 1]!;
  const pieces = paragraph.split('X');
  const metrics = pieces.slice(1).map((_, i) => ({ name: `述职指标${i + 1}`, unit: '', value: 11 + i * 7 }));
  const body = pieces.map((piece, i) => (i === 0 ? piece : `{{${metrics[i - 1]!.name}}}${piece}`)).join('');
  const expected = pieces.map((piece, i) => (i === 0 ? piece : `${metrics[i - 1]!.value}${piece}`)).join('');
  return { metrics, body, expected };
}

const seed = seedParagraphAsTemplate();
let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  await page.locator('#textarea').click();
  panel = await browser.openSidePanel(page);
});
afterAll(async () => browser?.close());

const blankFrame = () => page.frame({ url: 'about:blank' })!;
const designFrame = (): Frame => page.frames().find((f) => f.url().startsWith('about:srcdoc'))!;

describe('first run', () => {
  it('offers the sample library: at least 10 snippets, and metrics with values', async () => {
    const items = panel.getByRole('list', { name: '片段列表' }).getByRole('listitem');
    // The sample library is written after the panel's first paint, on a machine that may be busy:
    // wait as long as for any control, not the poll's default second.
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(10);
    await panel.getByRole('tab', { name: '指标' }).click();
    await expect.poll(() => panel.locator('.metric-row').count()).toBeGreaterThanOrEqual(15);
    await expect(panel.getByLabel('发展党员的数值', { exact: true }).inputValue()).resolves.toBe('5');
  });
});

describe('the seed report paragraph, written as a template', () => {
  beforeAll(async () => {
    for (const metric of seed.metrics) await createMetric(panel, metric);
    await createSnippet(panel, { title: '落实责任', body: seed.body });
    await selectSnippet(panel, '落实责任');
  });

  it('previews filled, with no unfilled slot', async () => {
    await expect(panel.getByLabel('预览').innerText()).resolves.toBe(seed.expected);
  });

  it('is inserted filled into a textarea at the caret', async () => {
    await page.locator('#textarea').fill('前文。');
    await page.locator('#textarea').click();
    await page.keyboard.press('End');
    expect(await clickInsert(panel)).toContain('已插入 1 段');
    expect(await page.locator('#textarea').inputValue()).toBe(`前文。${seed.expected}`);
  });

  it('is inserted filled into a contenteditable', async () => {
    await page.locator('#editable').click();
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await page.locator('#editable p').allInnerTexts()).toContain(seed.expected);
  });

  it('is inserted filled into a designMode iframe', async () => {
    await designFrame().locator('body').click();
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await designFrame().locator('body p').allInnerTexts()).toContain(seed.expected);
  });

  it('is inserted filled into an about:blank iframe written with document.write, and only there', async () => {
    const elsewhere = await page.locator('#editable').innerHTML();
    await blankFrame().locator('body').click();
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await blankFrame().locator('body p').allInnerTexts()).toContain(seed.expected);
    expect(await page.locator('#editable').innerHTML()).toBe(elsewhere);
  });
});

describe('a two-paragraph snippet', () => {
  const TITLE = '主要工作：压实主体责任';
  beforeAll(() => selectSnippet(panel, TITLE));

  it('lands in a textarea as two lines; one Ctrl+Z removes it; typing goes on after it', async () => {
    const field = page.locator('#textarea');
    await field.fill('开头');
    await field.click();
    await page.keyboard.press('End');
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    const value = await field.inputValue();
    // The first paragraph continues 开头's line; the second starts one, with 首行缩进 (on by default).
    expect(value).toMatch(new RegExp(`^开头（一）压实责任链条[^\\n]*完成有时限。\\n${INDENT}三是把考核用到实处[^\\n]*挂钩。$`));
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe('开头');
    expect(await clickInsert(panel)).toContain('已插入 2 段');
    await page.keyboard.type('尾');
    expect(await field.inputValue()).toBe(`${value}尾`);
  });

  for (const [name, locate] of [
    ['a contenteditable', () => page.locator('#editable')],
    ['a designMode iframe', () => designFrame().locator('body')],
    ['an about:blank iframe', () => blankFrame().locator('body')],
  ] as const) {
    it(`lands in ${name} as two <p> paragraphs; one Ctrl+Z removes both`, async () => {
      const editor = locate();
      // The caret on an empty line after existing text, where a writer starts a new section.
      await editor.evaluate((el) => (el.innerHTML = '<p>已有内容</p><p><br></p>'));
      await editor.locator('p').last().click();
      const before = await editor.innerHTML();
      expect(await clickInsert(panel)).toContain('已插入 2 段');
      const texts = await editor.locator('p').allInnerTexts();
      expect(texts).toHaveLength(3);
      expect(texts[0]).toBe('已有内容');
      expect(texts[1]).toMatch(/^（一）压实责任链条.*完成有时限。$/);
      expect(texts[2]).toBe('三是把考核用到实处。坚持季度考核、年终述职，考核结果与评先评优直接挂钩。');
      await page.keyboard.press('Control+z');
      expect(await editor.innerHTML()).toBe(before);
      expect(await clickInsert(panel)).toContain('已插入 2 段');
      await page.keyboard.type('尾');
      expect(await editor.locator('p').last().innerText()).toMatch(/挂钩。尾$/);
    });
  }
});
