// A new user's first minutes in the real side panel: a three-step guide that says what to do first
// and how to open the panel again, closed once and then gone, and brought back from 帮助; picking
// several snippets by clicking their rows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';

let session: DemoSession;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#textarea');
  ({ panel } = session);
});
afterAll(async () => session?.browser.close());

const guide = () => panel.getByRole('region', { name: '三步用起来' });

describe('the first-run guide', () => {
  it('shows three steps and the shortcut on first open', async () => {
    await guide().waitFor();
    const steps = await guide().getByRole('listitem').allInnerTexts();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('先点一下');
    expect(steps[2]).toContain('插入');
    await expect(guide().innerText()).resolves.toContain('Alt+Shift+Y');
  });

  it('stays closed once closed, also when the panel opens again', async () => {
    await guide().getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => guide().count()).toBe(0);
    await panel.reload();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
    await expect.poll(() => panel.getByRole('button', { name: '帮助' }).getAttribute('aria-expanded')).toBe('false');
    expect(await guide().count()).toBe(0);
  });

  it('opens again from 帮助', async () => {
    await panel.getByRole('button', { name: '帮助' }).click();
    await guide().waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('三步用起来');
    await guide().getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => guide().count()).toBe(0);
  });
});

describe('picking several snippets', () => {
  it('ticks a row when it is clicked, in the order clicked, and opens nothing', async () => {
    const list = panel.getByRole('list', { name: '片段列表' });
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).check();
    await list.getByRole('button', { name: '结尾：表态' }).click();
    await list.getByRole('button', { name: '开头：年度总体情况' }).click();
    await expect(list.getByRole('checkbox', { name: '选择：结尾：表态' }).isChecked()).resolves.toBe(true);
    await expect(list.getByRole('checkbox', { name: '选择：开头：年度总体情况' }).isChecked()).resolves.toBe(true);
    await expect.poll(() => list.locator('.order').allInnerTexts()).toEqual(expect.arrayContaining(['1', '2']));
    expect(await panel.getByRole('article').count()).toBe(0);
    await list.getByRole('button', { name: '结尾：表态' }).click();
    await expect(list.getByRole('checkbox', { name: '选择：结尾：表态' }).isChecked()).resolves.toBe(false);
    await panel.getByRole('checkbox', { name: '多选，按顺序插入' }).uncheck();
  });
});
