// The metric notebook and the template language as a user meets them in the panel: quick tally,
// the fill form, filters and computed values, consistency warnings, switching the period.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPeriod } from '../../lib/db/settings.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, INDENT, openTab, selectSnippet } from './support/panel.ts';

let browser: ExtensionBrowser;
let panel: Page;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
});
afterAll(async () => browser?.close());

const preview = () => panel.getByLabel('预览');
/**
 * The sample library writes its figures for the default period of the day the panel first opens
 * (this year; last year until the end of March), 发展党员 for the year before too, and the period
 * picker starts there: the years below follow the calendar.
 */
const YEAR = Number(defaultPeriod());

/** 复制 in the panel, then what the user gets pasting it into a web page's text box with Ctrl+V. */
async function copiedAndPasted(): Promise<string> {
  await panel.getByRole('button', { name: '复制', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: '已复制' }).waitFor();
  const page = await browser.context.newPage();
  await page.setContent('<textarea></textarea>');
  await page.locator('textarea').focus();
  await page.keyboard.press('Control+V');
  const text = await page.locator('textarea').inputValue();
  await page.close();
  return text;
}

describe('quick tally', () => {
  it('adds one with a single click, dated today', async () => {
    await openTab(panel, '指标');
    const total = panel.getByLabel('党组织专题会议合计');
    const before = Number(await total.textContent());
    await panel.getByRole('button', { name: '＋1 党组织专题会议记一笔' }).click();
    await expect.poll(async () => Number(await total.textContent())).toBe(before + 1);
  });

  it('logs an amount with a note, and deletes an entry once the user has read which, with undo', async () => {
    await panel.getByRole('button', { name: '党组织专题会议的记录' }).click();
    const log = panel.getByRole('region', { name: '党组织专题会议的记录' });
    const heading = log.getByRole('heading');
    const entries = log.getByRole('list', { name: '记录列表' }).getByRole('listitem');
    // Six sample entries this year, plus the one just added.
    await expect.poll(() => entries.count()).toBe(7);
    const before = 7;
    await expect.poll(() => heading.textContent()).toContain(`共 ${before} 次`);
    await log.getByLabel('数量').first().fill('2');
    await log.getByLabel('备注').first().fill('两次专题会');
    await log.getByRole('button', { name: '记一笔' }).click();
    await expect.poll(() => heading.textContent()).toContain(`共 ${before + 2} 次`);
    await expect.poll(() => entries.count()).toBe(8);
    // The entry just logged, by its note: the list puts the latest date first, and a sample entry
    // may be dated later in the year than today.
    const remove = entries.filter({ has: panel.locator('input[value="两次专题会"]') }).getByRole('button', { name: /^删除 \d{4}年\d{1,2}月\d{1,2}日 的记录$/ });
    await remove.click();
    const ask = log.getByRole('alertdialog', { name: /^确认删除 .* 的记录$/ });
    await expect(ask.innerText()).resolves.toMatch(/^删除这条记录：\d{4}年\d{1,2}月\d{1,2}日 两次专题会（2 次）？/);
    // Both answers are targets an unsteady hand can hit.
    for (const name of ['删除', '取消']) expect((await ask.getByRole('button', { name, exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(36);
    await ask.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await entries.count()).toBe(8);
    await expect.poll(() => heading.textContent()).toContain(`共 ${before + 2} 次`);
    await remove.click();
    await ask.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => heading.textContent()).toContain(`共 ${before} 次`);
    await expect.poll(() => entries.count()).toBe(7);
    await panel.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => heading.textContent()).toContain(`共 ${before + 2} 次`);
    await log.getByRole('button', { name: '返回' }).click();
  });
});

describe('templates in the panel', () => {
  it('renders filters and computed values from the store', async () => {
    await createSnippet(panel, { title: '格式测试', body: '发展党员{{发展党员|中文}}名，同比{{=同比(发展党员)}}；经费{{=党建工作经费+阵地建设经费}}万元。' });
    await selectSnippet(panel, '格式测试');
    // The values come from the sample library's figures: each says so to a screen reader (（示例）).
    await expect.poll(() => preview().textContent()).toBe('发展党员五（示例）名，同比增长25%（示例）；经费66.5（示例）万元。');
  });

  it('offers metric names after {{ and counts unfilled slots while typing', async () => {
    await openTab(panel, '片段');
    await panel.getByRole('button', { name: '新建片段' }).click();
    await panel.getByLabel('标题').fill('自动补全');
    const body = panel.getByLabel('正文', { exact: true });
    await body.click();
    await panel.keyboard.type('今年发展新党员{{发展');
    const options = panel.getByRole('listbox', { name: '可以插入的内容' }).locator('.suggestion-name');
    await expect.poll(() => options.allInnerTexts()).toEqual(['发展党员']);
    await panel.keyboard.press('Enter');
    await expect.poll(() => body.inputValue()).toBe('今年发展新党员{{发展党员}}');
    await panel.keyboard.type('名，{{没有这个指标}}。');
    expect(await body.inputValue()).toBe('今年发展新党员{{发展党员}}名，{{没有这个指标}}。');
    await expect.poll(() => panel.getByText(/本期还有 1 个空位没有数值/).count()).toBe(1);
    await expect(panel.locator('.template-backdrop mark').allInnerTexts()).resolves.toEqual(['{{发展党员}}', '{{没有这个指标}}']);
    await panel.getByRole('button', { name: '取消' }).click();
  });

  it('warns before inserting when a total differs from its parts', async () => {
    await createSnippet(panel, { title: '合计不符', body: '投入{{党建投入总额}}万元，其中经费{{党建工作经费}}万元、建设{{阵地建设经费}}万元。' });
    await selectSnippet(panel, '合计不符');
    await expect.poll(() => panel.getByRole('list', { name: '数据提醒' }).innerText()).toBe('总数 86.5万元 与其中各项之和 30 + 36.5 = 66.5万元 不符，相差 20');
  });

  it('says why a value cannot be written, in the preview and before inserting', async () => {
    await createSnippet(panel, { title: '算不出来', body: '人均经费{{=党建工作经费/0}}万元。' });
    await selectSnippet(panel, '算不出来');
    await expect.poll(() => preview().innerText()).toBe('人均经费【=党建工作经费/0：除数为零】万元。');
    const note = panel.getByRole('article', { name: '片段：算不出来' }).getByRole('note', { name: '插入前请注意' });
    await expect.poll(() => note.innerText()).toBe('有 1 处数值算不出来（除数为零），插入后会显示成【】标记，请检查。');
    // The report gets the mark alone: the reason is the panel's word to the user, not document text.
    // Copied as 插入 would put it: with 首行缩进 (on by default).
    expect(await copiedAndPasted()).toBe(`${INDENT}人均经费【=党建工作经费/0】万元。`);
  });

  it('asks for missing values, fills them in, and keeps them in the notebook', async () => {
    await createSnippet(panel, { title: '缺数值', body: '全年新建党群服务站{{新建服务站}}个。' });
    await selectSnippet(panel, '缺数值');
    await expect.poll(() => preview().innerText()).toBe('全年新建党群服务站【新建服务站】个。');
    await panel.getByLabel('填写新建服务站').fill('3');
    await expect.poll(() => preview().innerText()).toBe('全年新建党群服务站3个。');
    expect(await copiedAndPasted()).toBe(`${INDENT}全年新建党群服务站3个。`);
    await openTab(panel, '指标');
    await expect(panel.getByLabel('新建服务站的数值', { exact: true }).inputValue()).resolves.toBe('3');
  });

  it('renders another period’s values when the period changes', async () => {
    await selectSnippet(panel, '格式测试');
    await panel.getByLabel('期间').selectOption(String(YEAR - 1));
    // The year before that has no value in the sample: the 同比 shows visibly what it lacks.
    await expect.poll(() => preview().textContent()).toBe('发展党员四（示例）名，同比【发展党员@去年】；经费54（示例）万元。');
    await panel.getByLabel('期间').selectOption(String(YEAR));
    await expect.poll(() => preview().textContent()).toMatch(/^发展党员五（示例）名/);
  });
});

describe('the notebook by period', () => {
  it('shows five periods side by side, edits a past value in place, and draws a trend', async () => {
    await openTab(panel, '指标');
    await panel.getByRole('radio', { name: '各期对比' }).click();
    const table = panel.getByRole('table', { name: '各期数值' });
    const years = [4, 3, 2, 1, 0].map((back) => `${YEAR - back}年`);
    await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toEqual(['指标', ...years]);
    await expect(table.getByLabel(`发展党员（${years[3]}）`).inputValue()).resolves.toBe('4');
    const past = table.getByLabel(`发展党员（${years[2]}）`);
    await past.fill('3');
    await past.press('Enter');
    await table.getByRole('button', { name: '发展党员的趋势' }).click();
    const chart = table.getByRole('img', { name: /发展党员近5期趋势/ });
    await expect.poll(() => chart.getAttribute('aria-label')).toBe(`发展党员近5期趋势：${years[0]}：未填，${years[1]}：未填，${years[2]}：3名，${years[3]}：4名，${years[4]}：5名`);
    await expect.poll(() => chart.locator('canvas').count()).toBe(1);
  });

  it('filters metrics by tag', async () => {
    await panel.getByRole('radio', { name: `${YEAR}年`, exact: true }).click();
    await panel.getByRole('button', { name: '编辑指标发展党员' }).click();
    await panel.getByLabel(/^标签/).fill('党员，组织');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByLabel('按标签筛选').selectOption('组织');
    await expect.poll(() => panel.locator('.metric-row .metric-name').allInnerTexts()).toEqual(['发展党员']);
    await panel.getByLabel('按标签筛选').selectOption('');
  });
});

describe('the metric list', () => {
  const names = () => panel.locator('.metric-row .metric-name').allInnerTexts();

  it('keeps one order by name, a new metric landing in its place, and finds metrics by pinyin initials', async () => {
    await openTab(panel, '指标');
    await panel.getByRole('radio', { name: `${YEAR}年`, exact: true }).click();
    const before = await names();
    await panel.getByRole('button', { name: '新建指标' }).click();
    await panel.getByLabel(/^名称/).fill('安全检查');
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(names).toEqual([...before, '安全检查'].sort(new Intl.Collator('zh-Hans-CN', { numeric: true }).compare));
    await panel.getByLabel('搜索指标').fill('fzdy');
    await expect.poll(names).toEqual(['发展党员']);
    await panel.getByLabel('搜索指标').fill('');
  });

  it('says at the field why a value was refused', async () => {
    const input = panel.getByLabel('党建投入总额的数值', { exact: true });
    await input.fill('92.3万');
    await input.press('Enter');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    // The field is described by the reason and by its 示例 mark (a sample figure until now).
    const ids = (await input.getAttribute('aria-describedby'))!.split(' ');
    await expect.poll(() => Promise.all(ids.map((id) => panel.locator(`[id="${id}"]`).innerText()))).toEqual([expect.stringContaining('「92.3万」不是数字'), '示例']);
    await input.fill('92.3');
    await input.press('Enter');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
    // Saved: the figure is the user's own now, and nothing describes it any more.
    await expect.poll(() => input.getAttribute('aria-describedby')).toBeNull();
  });

  it('deletes a metric with values only once the user has read how many go with it', async () => {
    const row = panel.locator('.metric-row').filter({ hasText: '培训党员人次' });
    await panel.getByRole('button', { name: '删除指标培训党员人次' }).click();
    const confirm = panel.getByRole('alertdialog', { name: '确认删除指标培训党员人次' });
    await expect(confirm.innerText()).resolves.toMatch(/会同时删掉它记下的 \d+ 条数值/);
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => row.count()).toBe(1);
    await panel.getByRole('button', { name: '删除指标培训党员人次' }).click();
    await confirm.getByRole('button', { name: /^删除指标和 \d+ 条数值$/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    await panel.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => row.count()).toBe(1);
  });

  it('shows each unit once in the comparison, where a name already carries it', async () => {
    await panel.getByRole('button', { name: '新建指标' }).click();
    await panel.getByLabel(/^名称/).fill('报酬(万元)');
    await panel.getByLabel('单位').fill('万元');
    await panel.getByRole('button', { name: '保存' }).click();
    await panel.getByRole('radio', { name: '各期对比' }).click();
    const header = panel.getByRole('table', { name: '各期数值' }).getByRole('rowheader').filter({ hasText: '报酬' });
    await expect.poll(() => header.innerText()).toMatch(/^报酬\(万元\)\s*趋势$/);
    await panel.getByRole('radio', { name: `${YEAR}年`, exact: true }).click();
  });
});
