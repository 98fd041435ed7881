// A keyboard-only user: finds a snippet by pinyin initials, fills what it lacks and inserts it,
// all from the real side panel, without touching the mouse there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { INDENT } from './support/panel.ts';
import { measureReadability } from './support/readability.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#textarea');
  ({ page, panel } = session);
});
afterAll(async () => session?.browser.close());

const search = () => panel.getByLabel('搜索片段');
const field = () => page.locator('#textarea');

describe('keyboard flow', () => {
  it('finds by pinyin initials, highlights the match, and Enter inserts the first hit', async () => {
    await search().focus();
    await panel.keyboard.type('yszt');
    const first = panel.getByRole('list', { name: '片段列表' }).getByRole('button').first();
    await expect.poll(() => first.innerText()).toContain('压实主体责任');
    await expect(first.locator('mark').innerText()).resolves.toBe('压实主体');
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: '已插入 2 段' }).waitFor();
    expect(await field().inputValue()).toMatch(new RegExp(`^${INDENT}（一）压实责任链条`));
  });

  it('ignores Enter while an input method is composing', async () => {
    await field().fill('');
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('jiewei'); // 结尾：表态 — a hit that Enter would insert
    await expect.poll(() => panel.getByRole('list', { name: '片段列表' }).getByRole('button').first().innerText()).toContain('表态');
    await search().evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true })));
    await panel.waitForTimeout(300);
    expect(await field().inputValue()).toBe('');
  });

  it('Esc clears the search; ↓ chooses; Tab reaches the fill form; the filled text is inserted', async () => {
    await search().focus();
    await panel.keyboard.press('Escape');
    expect(await search().inputValue()).toBe('');
    await panel.keyboard.type('cthdd'); // 常态化督导
    await panel.keyboard.press('ArrowDown');
    const detail = panel.getByRole('article', { name: /常态化督导/ });
    await detail.waitFor();
    await panel.getByLabel('填写计划督导次数').focus();
    await panel.keyboard.type('2');
    await expect.poll(() => panel.getByLabel('预览').innerText()).toContain('每月至少安排2次');
    await panel.getByRole('button', { name: '插入', exact: true }).focus();
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: '已插入 1 段' }).waitFor();
    expect(await field().inputValue()).toBe(`${INDENT}推行常态化督导。每月至少安排2次不打招呼的实地督导，建立问题台账，逐项对账销号。`);
  });

  it('Enter in the search box inserts the snippet whose detail is already open, once', async () => {
    await field().fill('');
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('cthdd'); // 常态化督导, its value kept from the fill form above
    await panel.keyboard.press('ArrowDown');
    await panel.getByRole('article', { name: /常态化督导/ }).getByRole('button', { name: '插入', exact: true }).waitFor();
    await search().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => field().inputValue()).toBe(`${INDENT}推行常态化督导。每月至少安排2次不打招呼的实地督导，建立问题台账，逐项对账销号。`);
    await panel.waitForTimeout(300);
    expect(await field().inputValue()).toBe(`${INDENT}推行常态化督导。每月至少安排2次不打招呼的实地督导，建立问题台账，逐项对账销号。`);
  });

  it('Ctrl+Enter copies instead of inserting', async () => {
    await field().fill('');
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('jwbt'); // 结尾：表态 — the colon does not break initials
    await panel.keyboard.press('Control+Enter');
    await panel.getByRole('status').filter({ hasText: '已复制' }).waitFor();
    expect(await field().inputValue()).toBe('');
  });
});

describe('searching paragraph text', () => {
  const list = () => panel.getByRole('list', { name: '片段列表' });

  it('finds initials that only a paragraph holds, and marks them in the row and in the preview', async () => {
    await search().fill('');
    await search().focus();
    // 主题党日: in the paragraph of 主要工作：党员教育管理, in no title, folder or tag.
    await panel.keyboard.type('ztdr');
    const rows = list().getByRole('button');
    await expect.poll(() => rows.allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('党员教育管理')]);
    const row = rows.first();
    expect(await row.locator('.title mark').count()).toBe(0);
    await expect(row.locator('.excerpt mark').allInnerTexts()).resolves.toEqual(['主题党日']);
    await expect(row.locator('.excerpt').innerText()).resolves.toMatch(/组织主题党日活动/);
    // The excerpt fits in the row: the row is as tall as before, and the excerpt inside it.
    const [rowBox, excerptBox] = await Promise.all([row.boundingBox(), row.locator('.excerpt').boundingBox()]);
    expect(excerptBox!.y + excerptBox!.height).toBeLessThanOrEqual(rowBox!.y + rowBox!.height + 0.5);
    await panel.keyboard.press('ArrowDown');
    const preview = panel.getByRole('article', { name: /党员教育管理/ }).locator('.preview');
    await expect.poll(() => preview.locator('mark.found').allInnerTexts()).toEqual(['主题党日']);
    // Full pinyin finds it too.
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('zhutidangri');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('党员教育管理')]);
  });

  it('marks the value standing in for a slot whose metric name matched', async () => {
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('djgz'); // 党建工作: in 经费保障's paragraph only as the slot {{党建工作经费}}
    const row = list().getByRole('button', { name: /经费保障/ });
    await expect.poll(() => row.locator('.excerpt').innerText(), { timeout: 15_000 }).toContain('【党建工作经费');
    await expect(row.locator('.excerpt mark').allInnerTexts()).resolves.toEqual(['党建工作']);
    await row.click();
    const preview = panel.getByRole('article', { name: /经费保障/ }).locator('.preview');
    // Its title names the metric (a sample figure's title says so and names it too).
    await expect.poll(() => preview.locator('mark.found-slot').evaluateAll((marks) => marks.map((m) => m.getAttribute('title')))).toEqual([expect.stringContaining('党建工作经费')]);
  });

  it('the search box’s own example (its tooltip) finds a title and marks it', async () => {
    const example = /（如 ([a-z]+)）/.exec((await search().getAttribute('title')) ?? '')?.[1];
    expect(example).toBeTruthy();
    await search().fill('');
    await search().focus();
    await panel.keyboard.type(example!);
    const first = list().getByRole('button').first();
    await expect.poll(() => first.locator('.title mark').allInnerTexts()).toEqual([expect.stringMatching(/^\p{Script=Han}+$/u)]);
  });

  it('keeps a row with a paragraph’s words readable and whole at 320 px and 特大', async () => {
    await search().fill('');
    await search().focus();
    await panel.keyboard.type('djgz'); // 党建工作: in four paragraphs, in no title
    await expect.poll(() => list().locator('.excerpt mark').count(), { timeout: 15_000 }).toBe(4);
    for (const [width, size] of [
      [320, '特大'],
      [420, '标准'],
    ] as const) {
      await panel.setViewportSize({ width, height: 760 });
      await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: size });
      const found = await measureReadability(panel);
      expect(found.smallText, `${width} ${size}`).toEqual([]);
      expect(found.clipped, `${width} ${size}`).toEqual([]);
      expect(found.truncated, `${width} ${size}`).toEqual([]);
      expect(found.sideways, `${width} ${size}`).toEqual([]);
      for (const row of await list().getByRole('button').all()) {
        const [box, excerpt, mark] = await Promise.all([row.boundingBox(), row.locator('.excerpt').boundingBox(), row.locator('.excerpt mark').boundingBox()]);
        // The excerpt lies inside its row, and the matched words are in view, not behind the ….
        expect(excerpt!.y + excerpt!.height, `${width} ${size}`).toBeLessThanOrEqual(box!.y + box!.height + 0.5);
        expect(mark!.x + mark!.width / 2, `${width} ${size}`).toBeLessThan(excerpt!.x + excerpt!.width);
      }
    }
    await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: '标准' });
    await panel.setViewportSize({ width: 360, height: 760 }); // the panel's usual width
  });

  it('says what fits the query when nothing is found', async () => {
    await search().fill('qxqx');
    await expect.poll(() => list().innerText()).toBe('没有找到“qxqx”。请检查拼写，或直接输入汉字。');
    await search().fill('组织生活会议记录');
    await expect.poll(() => list().innerText()).toBe('没有找到“组织生活会议记录”。可以少输几个字，或换个说法。');
    await search().fill('');
  });
});
