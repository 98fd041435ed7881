// The real side panel as an older reader meets it: in each view, at each 字号 and at the panel's
// narrow, usual and wide widths, text is large enough, every control is a target a finger or an
// unsteady mouse can hit, nothing scrolls sideways, is cut off or covered, and axe-core finds
// nothing serious.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../lib/db/names.ts';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { openTab } from './support/panel.ts';
import { measureReadability, seriousAxeViolations } from './support/readability.ts';

let session: DemoSession;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#textarea');
  ({ panel } = session);
});
afterAll(async () => session?.browser.close());

const WIDTHS = [320, 360, 420];
/** Each 字号 and the body size it must give. */
const SIZES: [string, number][] = [
  ['标准', 16],
  ['大', 18],
  ['特大', 20],
];

/** Each view as a user reaches it, with what the view shows once it has opened. */
const VIEWS: [string, () => Promise<void>][] = [
  [
    '片段',
    async () => {
      await openTab(panel, '片段');
      await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '主要工作：压实主体责任' }).click();
      await panel.getByRole('button', { name: '插入', exact: true }).waitFor();
    },
  ],
  [
    '指标',
    async () => {
      await openTab(panel, '指标');
      await panel.getByRole('button', { name: '新建指标' }).waitFor();
    },
  ],
  [
    '组合',
    async () => {
      await openTab(panel, '组合');
      await panel.getByRole('checkbox', { name: '问题：督导检查不够深入' }).waitFor();
    },
  ],
  [
    '指标·各期对比',
    async () => {
      await openTab(panel, '指标');
      await panel.getByRole('radio', { name: '各期对比' }).click();
      const trend = panel.getByRole('button', { name: '发展党员的趋势' });
      if ((await trend.getAttribute('aria-expanded')) !== 'true') await trend.click();
      await panel.getByRole('img', { name: /发展党员近5期趋势/ }).locator('canvas').waitFor();
    },
  ],
  [
    '报告',
    async () => {
      await openTab(panel, '报告');
      const outline = panel.getByRole('list', { name: '提纲' });
      const create = panel.getByRole('button', { name: '述职报告', exact: true });
      // The view loads on first use: wait until it shows either an open report or the list.
      await outline.or(create).first().waitFor();
      if ((await outline.count()) === 0) await create.click();
      await panel.getByLabel('报告全文预览').waitFor();
    },
  ],
  [
    '报告：更多和校对全文',
    async () => {
      await openTab(panel, '报告');
      const more = panel.locator('summary[aria-label="「一、履职尽责情况」的更多操作"]');
      if (!(await more.locator('xpath=..').evaluate((d) => (d as HTMLDetailsElement).open))) await more.click();
      const proofread = panel.getByRole('button', { name: /^(校对全文|收起校对)$/ });
      if ((await proofread.getAttribute('aria-expanded')) !== 'true') await proofread.click();
      await panel.getByRole('region', { name: '校对结果' }).waitFor();
    },
  ],
  ['导入', async () => openTab(panel, '导入')],
  ['备份', async () => openTab(panel, '备份')],
  ['回收站', async () => openTab(panel, '回收站')],
  [
    '校对',
    async () => {
      await openTab(panel, '校对');
      await panel.getByRole('button', { name: '校对网页中的文字' }).waitFor();
      // 「我的词表」 with an entry of some length in it, its buttons beside it.
      const words = panel.getByRole('region', { name: '我的词表' });
      const shown = words.getByText('不写“三务公开”，写“党务公开、政务公开、财务公开”', { exact: true });
      const form = words.getByRole('form', { name: '添加到“要改的说法”' });
      // The forms come with the list: only then does a missing entry mean it is not there yet.
      await form.waitFor();
      if ((await shown.count()) === 0) {
        await form.getByLabel('不要这样写').fill('三务公开');
        await form.getByLabel('要写成').fill('党务公开、政务公开、财务公开');
        await form.getByLabel('说明（可以不填）').fill('按办公室通知，第一次出现时写全');
        await form.getByRole('button', { name: '添加' }).click();
        await shown.waitFor();
      }
    },
  ],
];

/** The 字号 as the database holds it, read the way any page of the extension could. */
const storedFontSize = (panel: Page) =>
  panel.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('fontSize');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
        };
      }),
    DATABASE_NAME,
  );

async function atWidth(width: number) {
  await panel.setViewportSize({ width, height: 760 });
  // Two frames: the resize's layout, then anything React re-renders for it.
  await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('the panel at every 字号, view and width', () => {
  for (const [size, bodyPx] of SIZES) {
    describe(`字号 ${size}`, () => {
      beforeAll(async () => {
        await atWidth(360);
        await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: size });
        await panel.waitForFunction((px) => parseFloat(getComputedStyle(document.body).fontSize) === px, bodyPx);
      });

      for (const [view, open] of VIEWS) {
        it(`${view}: text at least ${bodyPx} px (none under 14), targets of 32 px, nothing sideways, cut off or covered`, async () => {
          await atWidth(360);
          await open();
          for (const width of WIDTHS) {
            await atWidth(width);
            const found = await measureReadability(panel);
            const at = `${view}, ${size}, ${width} px`;
            expect(found.bodyPx, at).toBe(bodyPx);
            expect(found.smallText, at).toEqual([]);
            // Running text is body text; only secondary marks (tags, counts, hints) are smaller.
            expect(found.shareAt16, at).toBeGreaterThanOrEqual(0.8);
            expect(found.smallTargets, at).toEqual([]);
            expect(found.sideways, at).toEqual([]);
            expect(found.clipped, at).toEqual([]);
            expect(found.truncated, at).toEqual([]);
            expect(found.covered, at).toEqual([]);
          }
          if (size !== '特大') expect(await seriousAxeViolations(panel), `${view}, ${size}`).toEqual([]);
        });
      }
    });
  }

  it('remembers the 字号 when the panel opens again', async () => {
    await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: '大' });
    await expect.poll(() => storedFontSize(panel)).toBe('large');
    await panel.reload();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
    expect(await panel.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(18);
    await expect.poll(() => panel.getByRole('combobox', { name: '字号' }).inputValue()).toBe('large');
    await panel.getByRole('combobox', { name: '字号' }).selectOption({ label: '标准' });
  });
});

describe('the status line', () => {
  const status = () => panel.getByRole('status').filter({ hasText: /\S/ });

  it('lies over nothing when the page is scrolled to its end, and is gone in the next view', async () => {
    await atWidth(320);
    await openTab(panel, '指标');
    const input = panel.getByLabel('党建工作经费的数值', { exact: true });
    await input.fill('31');
    await input.press('Enter');
    await status().filter({ hasText: '已记下「党建工作经费」' }).waitFor();
    const found = await measureReadability(panel);
    expect(found.covered).toEqual([]);
    // The last control of the page can be scrolled fully into view above the status line.
    const gap = await panel.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const controls = [...document.querySelectorAll('main button, main input')];
      const last = controls[controls.length - 1]!.getBoundingClientRect();
      return document.querySelector('[role=status]')!.getBoundingClientRect().top - last.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    await openTab(panel, '片段');
    await expect.poll(() => panel.locator('[role=status]').textContent()).toBe('');
  });

  it('leaves no blank space under the library list when no snippet is open', async () => {
    await atWidth(360);
    await openTab(panel, '片段');
    // Past the first-run guide, which sits above the list until it is closed. Its closing is saved
    // after the click; a reload that comes first shows it again, so close it until it stays closed.
    const close = panel.getByRole('button', { name: '知道了' });
    for (let tries = 0; tries < 5; tries++) {
      if (await close.count()) await close.click();
      await panel.reload();
      await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').first().waitFor();
      if ((await close.count()) === 0) break;
    }
    // The list takes the height left once the panel has settled (the guide's setting and the list's
    // own measure arrive after the first rows): what the user sees is the settled layout. A message
    // in the status line at the bottom takes its own room, so the list ends where it starts.
    const gapInRem = () =>
      panel.evaluate(() => {
        const status = document.querySelector('.status');
        const floor = status && status.getBoundingClientRect().height > 0 ? status.getBoundingClientRect().top : window.innerHeight;
        return (floor - document.querySelector('.snippet-list')!.getBoundingClientRect().bottom) / parseFloat(getComputedStyle(document.documentElement).fontSize);
      });
    await expect
      .poll(async () => {
        if (await close.count()) await close.click();
        return gapInRem();
      }, { timeout: 15_000 })
      .toSatisfy((gap: number) => gap >= 0 && gap <= 2);
  });
});
