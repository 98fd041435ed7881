// The panel in the states an older reader meets after months of real use, which the usual views do
// not show: very long titles, folder names, metric names and units; sixty folders; a report of
// thirty parts; every question, menu and plan that opens in place; empty states; 特大 in a 320 px
// panel. Each state is measured in the real side panel at 320, 360, 420 and 600 px: text size,
// targets, sideways scrolling, controls cut off, text cut off with no way to read it whole, controls
// under the status line — and axe-core. Pictures go to artifacts/readability-states for a person.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { openPartMenu, openTab } from './support/panel.ts';
import { measureReadability, seriousAxeViolations } from './support/readability.ts';
import { cutOffWithoutTitle } from './support/readabilityStates.ts';
import { longLibrary, longPack, LONG } from './support/longLibrary.ts';

const DIR = 'artifacts/readability-states';
const WIDTHS = [320, 360, 420, 600];

let browser: ExtensionBrowser;
let page: Page;
let panel: Page;

/** The user's own backup with the long library added, restored through 备份 in a tab of the panel page. */
async function restoreLongLibrary() {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 400, height: 800 });
  await tab.goto(browser.extensionUrl('sidepanel.html'));
  await tab.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
  // A report made by the panel itself, so its shape is the real one; the backup then lengthens it.
  await openTab(tab, '报告');
  await tab.getByRole('button', { name: '述职报告', exact: true }).click();
  await tab.getByRole('list', { name: '提纲' }).waitFor();
  await openTab(tab, '备份');
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: '导出备份文件' }).click()]);
  const backup = longLibrary(JSON.parse(await readFile((await download.path())!, 'utf8')));
  await tab.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name: '长资料.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup), 'utf8') });
  await tab.getByRole('radio', { name: /^整个替换/ }).check();
  await tab.getByRole('button', { name: '替换为备份内容' }).click();
  await tab.getByRole('status').filter({ hasText: '已用备份替换全部资料' }).waitFor();
  await tab.close();
}

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  browser = await launchExtensionBrowser();
  await restoreLongLibrary();
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  await page.locator('#textarea').click();
  panel = await browser.openSidePanel(page);
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
}, 60_000);
afterAll(async () => browser?.close());

async function atWidth(width: number, height = 760) {
  await panel.setViewportSize({ width, height });
  await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function setSize(label: string) {
  await panel.getByRole('combobox', { name: '字号' }).selectOption({ label });
}

/** Everything a reader with older eyes would trip over in the panel as it is now, at each width. */
interface Options {
  widths?: number[];
  height?: number;
  /** A drop-down list is open over the form, as it should be while it is used: nothing under it counts as covered. */
  popup?: boolean;
  /** What the state is about, pictured once more in a screen's height around it (a long page's picture is too small to read). */
  focus?: () => Locator;
}

async function failures(state: string, { widths = WIDTHS, height = 760, popup = false, focus }: Options = {}): Promise<string[]> {
  const found: string[] = [];
  for (const width of widths) {
    await atWidth(width, height);
    const m = await measureReadability(panel);
    const at = `${state} @${width}`;
    if (m.bodyPx < 16) found.push(`${at}: body ${m.bodyPx}px`);
    for (const [rule, list] of Object.entries({ small: m.smallText, target: m.smallTargets, sideways: m.sideways, clipped: m.clipped, truncated: m.truncated, covered: popup ? [] : m.covered })) {
      for (const item of list) found.push(`${at} ${rule}: ${item}`);
    }
    for (const item of await panel.evaluate(cutOffWithoutTitle)) found.push(`${at} cut: ${item}`);
    if (width === 320) {
      await panel.evaluate(() => document.documentElement.style.setProperty('scrollbar-width', 'none'));
      await panel.screenshot({ path: `${DIR}/${state.replace(/[\s/：]+/g, '-')}-${width}.png`, fullPage: true });
      await panel.evaluate(() => document.documentElement.style.removeProperty('scrollbar-width'));
      if (focus) {
        await focus().first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await panel.screenshot({ path: `${DIR}/${state.replace(/[\s/：]+/g, '-')}-${width}-near.png` });
      }
    }
  }
  for (const v of await seriousAxeViolations(panel)) found.push(`${state} axe: ${v}`);
  return found;
}

async function closeGuideIfShown() {
  const close = panel.getByRole('button', { name: '知道了' });
  if (await close.count()) await close.click();
}

const snippetList = () => panel.getByRole('list', { name: '片段列表' });

async function openSnippet(title: string) {
  await openTab(panel, '片段');
  await panel.getByLabel('搜索片段').fill(title.slice(0, 12));
  await snippetList().getByRole('button', { name: title }).click();
  await panel.getByRole('article', { name: `片段：${title}` }).waitFor();
}

async function openLongReport() {
  await openTab(panel, '报告');
  const outline = panel.getByRole('list', { name: '提纲' });
  const open = panel.getByRole('button', { name: `打开「${LONG.reportTitle}」` });
  await outline.or(open).first().waitFor();
  if ((await outline.count()) === 0) await open.click();
  await outline.waitFor();
}

/**
 * How many characters of each snippet title the list shows, against how many the title has (at
 * most eight): a row that shows four characters reads 主要工作… like every other row.
 */
const titlesShown = () =>
  panel.evaluate(() =>
    [...document.querySelectorAll('.snippet-list li .title')].map((title) => {
      const px = parseFloat(getComputedStyle(title).fontSize);
      const lines = Math.max(1, Math.round(title.clientHeight / (px * 1.2)));
      return { shown: Math.floor(title.clientWidth / px) * lines, wanted: Math.min(8, (title.textContent ?? '').length), title: title.textContent };
    }),
  );

/** Each state as a user reaches it. Run at 特大 (the hardest case), then again at 标准. */
const STATES: [string, () => Promise<void>, Options?][] = [
  [
    '首次使用的说明',
    async () => {
      await openTab(panel, '片段');
      const guide = panel.getByRole('region', { name: '三步用起来' });
      if ((await guide.count()) === 0) await panel.getByRole('button', { name: '帮助' }).click();
      await guide.waitFor();
    },
  ],
  [
    '片段库：长标题和六十个文件夹',
    async () => {
      await closeGuideIfShown();
      await openTab(panel, '片段');
      await panel.getByLabel('搜索片段').fill('');
      await panel.getByRole('combobox', { name: '按文件夹筛选' }).selectOption(LONG.deepFolder);
      await snippetList().getByRole('button', { name: LONG.snippetTitle }).waitFor();
      await panel.getByRole('combobox', { name: '按文件夹筛选' }).selectOption('');
      await snippetList().getByRole('listitem').nth(4).waitFor();
      for (const width of WIDTHS) {
        await atWidth(width);
        for (const row of await titlesShown()) expect(row.shown, `${row.title} @${width}`).toBeGreaterThanOrEqual(row.wanted);
      }
      await panel.getByRole('combobox', { name: '按文件夹筛选' }).selectOption(LONG.deepFolder);
    },
  ],
  [
    '片段：长标题长文件夹',
    async () => {
      await panel.getByRole('combobox', { name: '按文件夹筛选' }).selectOption('');
      await openSnippet(LONG.snippetTitle);
    },
  ],
  [
    '片段：填选项、可选句和日期',
    async () => {
      await openSnippet(LONG.choiceTitle);
      await panel.getByRole('checkbox', { name: /^写上「/ }).first().waitFor();
    },
    { focus: () => panel.locator('.fill-form') },
  ],
  [
    '片段编辑：大括号的提示列表',
    async () => {
      await openSnippet(LONG.snippetTitle);
      await panel.getByRole('article').getByRole('button', { name: '编辑' }).click();
      const body = panel.getByLabel('正文', { exact: true });
      await body.click();
      await body.press('End');
      await panel.keyboard.type('{{');
      await panel.getByRole('listbox').getByRole('option').first().waitFor();
    },
    { popup: true },
  ],
  [
    '片段搜索：没有找到',
    async () => {
      await panel.keyboard.press('Escape');
      await panel.getByRole('button', { name: '取消' }).click();
      await panel.getByLabel('搜索片段').fill('没有这样的一段话呀');
      await panel.getByText(/^没有找到“没有这样的一段话呀”/).waitFor();
    },
  ],
  [
    '指标：长名称长单位',
    async () => {
      await panel.getByLabel('搜索片段').fill('');
      await openTab(panel, '指标');
      await panel.getByRole('radio', { name: '列表' }).or(panel.getByRole('radio').first()).first().click();
      await panel.getByLabel(`${LONG.metricName}的数值`, { exact: true }).waitFor();
    },
    { focus: () => panel.getByLabel(`${LONG.metricName}的数值`, { exact: true }) },
  ],
  [
    '指标：删除前的确认',
    async () => {
      await panel.getByRole('button', { name: `删除指标${LONG.metricName}` }).click();
      await panel.getByRole('alertdialog', { name: `确认删除指标${LONG.metricName}` }).waitFor();
    },
    { focus: () => panel.getByRole('alertdialog') },
  ],
  [
    '指标：各期对比长名称',
    async () => {
      await panel.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
      await panel.getByRole('radio', { name: '各期对比' }).click();
      await panel.getByRole('table', { name: '各期数值' }).waitFor();
      const trend = panel.getByRole('button', { name: `${LONG.metricName}的趋势` });
      if ((await trend.getAttribute('aria-expanded')) !== 'true') await trend.click();
      await panel.getByRole('img', { name: new RegExp(`^${LONG.metricName}近`) }).locator('canvas').waitFor();
      // Every figure reads whole in its box (the last year's is ten digits and two decimals).
      for (const width of WIDTHS) {
        await atWidth(width);
        const cut = await panel.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('.period-table input')].filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.value),
        );
        expect(cut, `figures cut off @${width}`).toEqual([]);
      }
    },
    { focus: () => panel.getByRole('img', { name: new RegExp(`^${LONG.metricName}近`) }) },
  ],
  [
    '报告列表：长标题',
    async () => {
      await openTab(panel, '报告');
      // The view keeps the report open from the last visit: back to the list from there.
      const back = panel.getByRole('button', { name: '← 返回报告列表' });
      const open = panel.getByRole('button', { name: `打开「${LONG.reportTitle}」` });
      await back.or(open).first().waitFor();
      if (await back.count()) await back.click();
      await open.waitFor();
    },
  ],
  [
    '报告：三十部分长标题',
    async () => {
      await openLongReport();
      await expect.poll(() => panel.getByRole('list', { name: '提纲' }).locator('summary').count()).toBeGreaterThanOrEqual(30);
      // The title and every heading read whole where they are edited, at every width.
      for (const width of WIDTHS) {
        await atWidth(width);
        const hidden = await panel.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#report-title, .part-heading')]
            .filter((field) => field.scrollWidth > field.clientWidth + 1 || field.scrollHeight > field.clientHeight + 1)
            .map((field) => field.value.slice(0, 12)),
        );
        expect(hidden, `headings cut off @${width}`).toEqual([]);
      }
    },
    { focus: () => panel.getByRole('list', { name: '提纲' }) },
  ],
  [
    '报告：长标题的更多操作',
    async () => {
      await openPartMenu(panel, `一、${LONG.partHeading}`);
    },
    { focus: () => panel.locator('details.part-more[open]') },
  ],
  [
    '报告：删除一部分前的确认',
    async () => {
      await panel.getByRole('button', { name: `删除这一部分：一、${LONG.partHeading}` }).click();
      await panel.getByRole('alertdialog', { name: `确认删除「一、${LONG.partHeading}」` }).waitFor();
    },
    { focus: () => panel.getByRole('alertdialog') },
  ],
  [
    '报告：校对全文长文字',
    async () => {
      await panel.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
      const proofread = panel.getByRole('button', { name: /^(校对全文|收起校对)$/ });
      if ((await proofread.getAttribute('aria-expanded')) !== 'true') await proofread.click();
      await panel.getByRole('region', { name: '校对结果' }).waitFor();
    },
    { focus: () => panel.getByRole('region', { name: '校对结果' }) },
  ],
  [
    '校对：网页里的长文字',
    async () => {
      await page.locator('#textarea').fill(LONG.proofreadText);
      await page.locator('#textarea').click();
      await openTab(panel, '校对');
      await panel.getByRole('button', { name: '校对网页中的文字' }).click();
      await panel.getByText(/^发现 \d+ 处可能要改的地方/).waitFor();
    },
    { focus: () => panel.getByText(/^发现 \d+ 处可能要改的地方/) },
  ],
  [
    '指标搜索：没有找到',
    async () => {
      await openTab(panel, '指标');
      await panel.getByLabel('搜索指标').fill('没有这样的指标呀');
      await panel.getByText('没有找到这样的指标。换个字试试，或清空搜索框看全部。').waitFor();
    },
  ],
  [
    '导入：空',
    async () => {
      await panel.getByLabel('搜索指标').fill('');
      await openTab(panel, '导入');
    },
  ],
  [
    '备份：恢复方式',
    async () => {
      await openTab(panel, '备份');
      await chooseFile(`${LONG.folder}的备份.json`, await backupNow());
      await panel.getByRole('radio', { name: /^整个替换/ }).waitFor();
    },
    { focus: () => panel.getByRole('radiogroup', { name: '恢复方式' }) },
  ],
  [
    '备份：第一次导入资料包',
    async () => {
      await chooseFile(`${LONG.folder}资料包.json`, await packNow());
      await panel.getByRole('group', { name: '导入资料包' }).waitFor();
    },
    { focus: () => panel.getByRole('group', { name: '导入资料包' }) },
  ],
  [
    '备份：资料包新版的合并计划',
    async () => {
      // The plan of the state before goes, untaken.
      await panel.getByRole('group', { name: '导入资料包' }).getByRole('button', { name: '取消' }).click();
      await takeLongPackAndEditIt();
      await chooseFile(`${LONG.packName}-新版.json`, JSON.stringify(longPack(2)));
      await panel.getByRole('radiogroup', { name: `对“${LONG.packTitles[0]}”怎么办` }).waitFor();
      await panel.getByRole('radiogroup', { name: `对“${LONG.packTitles[2]}”怎么办` }).waitFor();
    },
    { focus: () => panel.getByRole('group', { name: '导入资料包' }) },
  ],
  [
    '备份：单位共享设置',
    async () => {
      await panel.getByRole('region', { name: '单位共享' }).or(panel.getByRole('heading', { name: '单位共享' })).first().scrollIntoViewIfNeeded();
      await panel.getByLabel('网盘地址（向信息科要）').fill('http://192.168.10.20/webdav/写材料助手/述职报告/党建/第一季度/单位共享资料');
    },
    { focus: () => panel.getByLabel('网盘地址（向信息科要）') },
  ],
  [
    '回收站：永久删除前的确认',
    async () => {
      await openTab(panel, '回收站');
      await panel.getByRole('button', { name: /^永久删除「/ }).first().click();
      await panel.getByRole('alertdialog').waitFor();
    },
    { focus: () => panel.getByRole('alertdialog') },
  ],
  [
    '报告：来自资料包，先读后改',
    async () => {
      await panel.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();
      await openTab(panel, '报告');
      const back = panel.getByRole('button', { name: '← 返回报告列表' });
      const open = panel.getByRole('button', { name: new RegExp(`^打开「${LONG.packReportTitle.replace(/[()（）]/g, '.')}」`) });
      await back.or(open).first().waitFor();
      if (await back.count()) await back.click();
      await open.click();
      await panel.getByRole('note').filter({ hasText: `这份报告来自资料包“${LONG.packName}”` }).waitFor();
      expect(await panel.getByLabel('报告标题').isDisabled()).toBe(true);
    },
    { focus: () => panel.getByRole('note').filter({ hasText: '这份报告来自资料包' }) },
  ],
];

const chooseFile = (name: string, text: string) => panel.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

let packTaken = false;
/** The office's pack taken once, and one of its snippets then changed here (so its new version asks). */
async function takeLongPackAndEditIt() {
  if (packTaken) return;
  await chooseFile(`${LONG.packName}.json`, JSON.stringify(longPack(1)));
  const plan = panel.getByRole('group', { name: '导入资料包' }).filter({ hasText: `资料包“${LONG.packName}”` });
  await plan.getByRole('button', { name: '导入资料包' }).click();
  await panel.getByRole('status').filter({ hasText: '已导入资料包' }).waitFor();
  await openSnippet(LONG.packTitles[0]);
  await panel.getByRole('article').getByRole('button', { name: '仍然直接改这一条' }).click();
  await panel.getByLabel(/^正文/).fill('坚持每月召开两次党建工作例会。');
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.getByRole('status').filter({ hasText: '已保存「' }).waitFor();
  await panel.getByLabel('搜索片段').fill('');
  await openTab(panel, '备份');
  packTaken = true;
}

/** A backup of the library as it is now, as the 备份 view exports it. */
async function backupNow(): Promise<string> {
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出备份文件' }).click()]);
  return readFile((await download.path())!, 'utf8');
}

/** A library pack of the deep folder, as 分享资料包 exports it. */
async function packNow(): Promise<string> {
  await panel.getByRole('combobox', { name: '文件夹', exact: true }).selectOption(LONG.deepFolder);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出资料包' }).click()]);
  return readFile((await download.path())!, 'utf8');
}

for (const size of ['特大', '标准']) {
  describe(`字号 ${size}`, () => {
    beforeAll(async () => {
      await atWidth(360);
      await setSize(size);
    });
    for (const [state, open, options] of STATES) {
      it(`${state}: readable, every control whole and reachable, from 320 to 600 px`, async () => {
        await atWidth(360);
        await open();
        expect(await failures(`${size}-${state}`, options)).toEqual([]);
      });
    }
  });
}

/** The views a window of its own or a zoomed panel shows most: each measured as it opens. */
const VIEWS_AGAIN: [string, () => Promise<void>][] = [
  ['片段', async () => openSnippet(LONG.choiceTitle)],
  ['报告', openLongReport],
  ['指标', async () => openTab(panel, '指标')],
  ['备份', async () => openTab(panel, '备份')],
];

describe('特大 in a window of its own of 320 × 600 (browsers without the side panel)', () => {
  beforeAll(async () => setSize('特大'));
  for (const [view, open] of VIEWS_AGAIN) {
    it(`${view}: readable, whole and reachable in the short window`, async () => {
      await atWidth(320, 600);
      await open();
      expect(await failures(`窗口-${view}`, { widths: [320], height: 600 })).toEqual([]);
    });
  }
});

describe('标准 at 200 % zoom (a 640 px panel showing 320 CSS px)', () => {
  beforeAll(async () => setSize('标准'));
  for (const [view, open] of VIEWS_AGAIN) {
    it(`${view}: readable, whole and reachable when zoomed`, async () => {
      await atWidth(360);
      await open();
      const session = await panel.context().newCDPSession(panel);
      await session.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 380, deviceScaleFactor: 2, mobile: false });
      try {
        const found = await measureReadability(panel);
        const all = [...found.smallText, ...found.smallTargets, ...found.sideways, ...found.clipped, ...found.truncated, ...found.covered, ...(await panel.evaluate(cutOffWithoutTitle))];
        await panel.screenshot({ path: `${DIR}/放大200-${view}.png` });
        expect(all, `${view} at 200 %`).toEqual([]);
      } finally {
        await session.send('Emulation.clearDeviceMetricsOverride');
        await session.detach();
      }
    });
  }
});

describe('the English panel at Extra large', () => {
  let english: ExtensionBrowser;
  beforeAll(async () => {
    english = await launchExtensionBrowser('en');
    const demo = await english.context.newPage();
    await demo.goto(`${inject('pagesUrl')}/demo/index.html`);
    await demo.locator('#textarea').click();
    panel = await english.openSidePanel(demo);
    await panel.getByRole('list', { name: 'Snippet list' }).getByRole('listitem').first().waitFor();
    await panel.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Extra large' });
  }, 60_000);
  afterAll(async () => english?.close());

  const TABS = ['Snippets', 'Reports', 'Metrics', 'Compose', 'Proofread', 'Import', 'Backup', 'Trash'];
  it('first run: the guide, readable and whole', async () => {
    await panel.getByRole('region', { name: 'Three steps' }).waitFor();
    expect(await failures('英文-guide')).toEqual([]);
    await panel.getByRole('button', { name: 'Got it' }).click();
  });
  for (const tab of TABS) {
    it(`${tab}: readable, whole and reachable from 320 to 600 px`, async () => {
      await atWidth(360);
      await panel.getByRole('tab', { name: tab }).click();
      if (tab === 'Snippets') {
        await panel.getByRole('list', { name: 'Snippet list' }).getByRole('button').first().click();
        await panel.getByRole('article').waitFor();
      }
      if (tab === 'Reports') {
        const outline = panel.getByRole('list', { name: 'Outline' });
        const create = panel.getByRole('button', { name: 'Duty report', exact: true });
        await outline.or(create).first().waitFor();
        if ((await outline.count()) === 0) await create.click();
        await outline.waitFor();
      }
      await panel.waitForTimeout(300); // a lazy view's first paint
      expect(await failures(`英文-${tab}`)).toEqual([]);
    });
  }
});
