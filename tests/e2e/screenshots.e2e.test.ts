// Pictures of each main view, in Chinese at the panel's 360 px, at 字号 标准 and 大, saved to
// docs/screenshots for the README and for a person to look at; and each view checked for sideways
// overflow at 320 and 600 px and at 200 % zoom (a 640 px panel showing 320 CSS px).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { openTab } from './support/panel.ts';

const DIR = 'docs/screenshots';
let browser: ExtensionBrowser;
let panel: Page;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
});
afterAll(async () => browser?.close());

/** 报告 with a 述职报告 open (made on the first visit), its outline and full text shown. */
async function openReport() {
  await openTab(panel, '报告');
  const outline = panel.getByRole('list', { name: '提纲' });
  const create = panel.getByRole('button', { name: '述职报告', exact: true });
  // The view loads on first use, and keeps the report open from the last visit: wait for either.
  await outline.or(create).first().waitFor();
  if ((await outline.count()) === 0) await create.click();
  await outline.waitFor();
  await panel.getByLabel('报告全文预览').waitFor();
}

/** Each view as a user reaches it, ready to be pictured. */
const VIEWS: [string, () => Promise<void>][] = [
  [
    'first-run',
    async () => {
      const guide = panel.getByRole('region', { name: '三步用起来' });
      if ((await guide.count()) === 0) await panel.getByRole('button', { name: '帮助' }).click();
      await guide.waitFor();
    },
  ],
  [
    'snippets',
    async () => {
      await panel.getByRole('region', { name: '三步用起来' }).getByRole('button', { name: '知道了' }).click();
      await openTab(panel, '片段');
      await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '主要工作：压实主体责任' }).click();
      await panel.getByRole('article', { name: '片段：主要工作：压实主体责任' }).waitFor();
    },
  ],
  [
    'snippet-fill',
    async () => {
      await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '措施：常态化督导' }).click();
      await panel.getByLabel('填写计划督导次数').waitFor();
    },
  ],
  [
    'snippet-editor',
    async () => {
      await panel.getByRole('button', { name: '编辑' }).click();
      await panel.getByLabel('正文', { exact: true }).waitFor();
    },
  ],
  [
    'metrics',
    async () => {
      await panel.getByRole('button', { name: '取消' }).click();
      await openTab(panel, '指标');
      await panel.getByRole('button', { name: '新建指标' }).waitFor();
    },
  ],
  [
    'metrics-by-period',
    async () => {
      await panel.getByRole('radio', { name: '各期对比' }).click();
      await panel.getByRole('table', { name: '各期数值' }).waitFor();
      await panel.getByRole('button', { name: '党建工作经费的趋势' }).click();
      await panel.getByRole('img', { name: /党建工作经费近5期趋势/ }).locator('canvas').waitFor();
    },
  ],
  [
    'composer',
    async () => {
      await openTab(panel, '组合');
      for (const title of ['问题：督导检查不够深入', '问题：各社区发展不平衡']) await panel.getByRole('checkbox', { name: title }).check();
      await panel.getByRole('region', { name: '存在问题' }).waitFor();
    },
  ],
  ['report', openReport],
  [
    'proofread',
    async () => {
      await openTab(panel, '校对');
      await panel.getByRole('region', { name: '我的词表' }).waitFor();
    },
  ],
  // Each view is pictured once it stands, not while its part of the panel is still being fetched.
  [
    'import',
    async () => {
      await openTab(panel, '导入');
      await panel.getByRole('region', { name: '导入旧材料' }).waitFor();
    },
  ],
  [
    'backup',
    async () => {
      await openTab(panel, '备份');
      await panel.getByText(/^现有 \d+ 个片段/).waitFor();
    },
  ],
  [
    'trash',
    async () => {
      await openTab(panel, '回收站');
      await panel.getByRole('region', { name: '回收站' }).waitFor();
    },
  ],
];

/** How far the page reaches past the right edge, in CSS pixels (0 when nothing sticks out). */
const overflow = () => panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** 字号 标准 first (its pictures are the README's), then 大. */
const SIZES: [label: string, file: string][] = [
  ['标准', 'standard'],
  ['大', 'large'],
];

describe.each(SIZES)('each main view at 字号 %s', (size, file) => {
  beforeAll(async () => {
    await panel.setViewportSize({ width: 360, height: 760 });
    await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: size });
  });
  for (const [name, open] of VIEWS) {
    it(`${name}: pictured at 360 px, no sideways scrolling from 320 to 600 px or at 200 % zoom`, async () => {
      await panel.setViewportSize({ width: 360, height: 760 });
      await open();
      await panel.waitForTimeout(150); // let lazy views and fonts settle before the picture
      // The whole view in one picture, the page's scroll bar hidden: a full-page capture would
      // otherwise lose the layout's right edge under it.
      await panel.evaluate(() => document.documentElement.style.setProperty('scrollbar-width', 'none'));
      await panel.screenshot({ path: `${DIR}/${file}-${name}.png`, fullPage: true });
      await panel.evaluate(() => document.documentElement.style.removeProperty('scrollbar-width'));
      for (const width of [320, 600]) {
        await panel.setViewportSize({ width, height: 760 });
        // Polled: a chart follows the new width through a ResizeObserver, a frame or two later.
        await expect.poll(overflow, { message: `${name} at ${width} px` }).toBeLessThanOrEqual(0);
      }
      const session = await browser.context.newCDPSession(panel);
      await session.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 380, deviceScaleFactor: 2, mobile: false });
      await expect.poll(overflow, { message: `${name} at 200 %` }).toBeLessThanOrEqual(0);
      await session.send('Emulation.clearDeviceMetricsOverride');
      await session.detach();
    });
  }
});
