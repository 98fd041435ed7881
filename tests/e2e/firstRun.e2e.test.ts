// A new user's first minutes in the real side panel: a three-step guide that says what to do first
// and how to open the panel again, closed once and then gone, and brought back from 帮助; picking
// several snippets by clicking their rows; the sample library's invented figures marked 示例 until
// the user enters their own.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { clickInsert, openTab, selectSnippet } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#textarea');
  ({ page, panel } = session);
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

describe('the sample library’s figures', () => {
  const SNIPPET = '主要工作：压实主体责任';
  const detail = () => panel.getByRole('article', { name: `片段：${SNIPPET}` });
  const valueField = () => panel.getByLabel('基层调研的数值', { exact: true });
  /** The words a field's description points to: here, the 示例 mark beside it. */
  const describedAs = async (field: ReturnType<Page['getByLabel']>) => {
    const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
    return Promise.all(ids.map((id) => panel.locator(`[id="${id}"]`).innerText()));
  };

  it('are marked 示例 beside each value in the notebook', async () => {
    await openTab(panel, '指标');
    await expect.poll(() => valueField().inputValue()).toBe('26');
    expect(await describedAs(valueField())).toEqual(['示例']);
    const row = panel.locator('.metric-row').filter({ has: valueField() });
    await expect(row.locator('.sample-mark').innerText()).resolves.toBe('示例');
    const tally = panel.locator('.metric-row').filter({ has: panel.getByLabel('党组织专题会议合计') });
    await expect(tally.locator('.sample-mark').innerText()).resolves.toBe('示例');
  });

  it('are marked in the preview and named in the warning before inserting, and again after', async () => {
    await selectSnippet(panel, SNIPPET);
    const marked = detail().locator('mark.slot-sample');
    await expect.poll(() => marked.count()).toBe(5);
    const survey = detail().getByTitle('示例数值（基层调研）：示例库编的，不是本单位的，请改成实际数字');
    // Seen as the figure, underlined; a screen reader also hears that it is a sample.
    await expect(survey.evaluate((el) => getComputedStyle(el).textDecorationStyle)).resolves.toBe('dotted');
    await expect(survey.textContent()).resolves.toBe('26（示例）');
    const warning = detail().getByRole('note', { name: '插入前请注意' });
    await expect(warning.innerText()).resolves.toBe(
      '这段文字用了 5 个示例数值：党组织专题会议、基层联系点、基层调研、签订责任书社区、考核细则条目。这些数字是示例库编的，不是本单位的，请先到“指标”里改成实际数字。',
    );
    await page.locator('#textarea').fill('');
    expect(await clickInsert(panel)).toContain('注意：文中有 5 个示例数值，请改成本单位的实际数字。');
    // The text itself carries no mark: that is why the panel says so.
    await expect(page.locator('#textarea').inputValue()).resolves.toContain('深入滨河社区等基层一线调研26次');
  });

  it('lose the mark once the user enters their own value', async () => {
    await openTab(panel, '指标');
    await valueField().fill('31');
    await valueField().press('Enter');
    await panel.getByRole('status').filter({ hasText: '已记下「基层调研」' }).waitFor();
    await expect.poll(() => describedAs(valueField())).toEqual([]);
    await expect(panel.locator('.metric-row').filter({ has: valueField() }).locator('.sample-mark').count()).resolves.toBe(0);
    await selectSnippet(panel, SNIPPET);
    await expect.poll(() => detail().locator('mark.slot-sample').count()).toBe(4);
    await expect(detail().getByTitle('基层调研', { exact: true }).innerText()).resolves.toBe('31');
    await expect(detail().getByRole('note', { name: '插入前请注意' }).innerText()).resolves.toMatch(/^这段文字用了 4 个示例数值：党组织专题会议、基层联系点、签订责任书社区、考核细则条目。/);
  });
});
