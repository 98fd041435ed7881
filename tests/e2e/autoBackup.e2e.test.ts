// Automatic backups in the real panel page: a folder is chosen, changes and days go by, the folder
// holds the newest 30 backups and one from the month before; the newest is damaged, the list says
// so, and the one before it is restored. Then, in a browser without the folder chooser, the
// reminder after a week of changes, no more than once a day, and its one-click download.
//
// Two stand-ins, both for things a test cannot do through the real browser UI:
// - The folder chooser (showDirectoryPicker) is a native dialog that headless Chromium cannot click
//   through. Before the panel's scripts run, the test replaces it with a function that returns the
//   same kind of object the chooser gives — a FileSystemDirectoryHandle — for a folder in the
//   extension origin's private file system (navigator.storage.getDirectory()), which the test can
//   then read and damage. Everything after the choice is the panel's own code.
// - Days pass through Playwright's clock (page.clock), which stands in for the page's Date and
//   timers: the schedule reads time from the clock it is given (lib/db/backup/auto.ts), so the
//   test moves it forward instead of sleeping.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, findSnippets, openTab } from './support/panel.ts';
import { measureReadability, seriousAxeViolations } from './support/readability.ts';

const FOLDER = '写材料备份';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = new Date(2026, 10, 20, 9, 0, 0);
const NEW_TITLE = '自动备份以后新写的一段';

async function openPanel(browser: ExtensionBrowser, setUp: () => void): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.addInitScript(setUp);
  await panel.clock.install({ time: START });
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').nth(3).waitFor();
  return panel;
}

/** The files in the test's folder, by name. */
function folderFiles(panel: Page): Promise<string[]> {
  return panel.evaluate(async (name) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
    const names: string[] = [];
    for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
    return names.sort();
  }, FOLDER);
}

/** 2026-12-06 from 写材料助手自动备份-2026-12-06-090312-v3.json. */
const dayOf = (name: string) => /^写材料助手自动备份-(\d{4}-\d{2}-\d{2})-\d{6}-v3\.json$/.exec(name)?.[1] ?? `not ours: ${name}`;
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysAfterStart = (n: number) => iso(new Date(START.getFullYear(), START.getMonth(), START.getDate() + n));

/** What readability.e2e checks for every view, here for the states only this feature shows. */
async function expectReadable(panel: Page, what: string) {
  for (const width of [320, 600]) {
    await panel.setViewportSize({ width, height: 760 });
    await panel.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const found = await measureReadability(panel);
    const at = `${what}, ${width} px`;
    expect([found.smallText, found.smallTargets, found.sideways, found.clipped, found.truncated], at).toEqual([[], [], [], [], []]);
  }
  expect(await seriousAxeViolations(panel), what).toEqual([]);
  await panel.setViewportSize({ width: 1000, height: 800 });
}

describe('automatic backups to a chosen folder', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    panel = await openPanel(browser, () => {
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('写材料备份', { create: true });
    });
  });
  afterAll(async () => browser?.close());

  const lastLine = () => panel.getByText(/^上次备份：/);
  /**
   * Moves the clock on and waits for the backup that falls due, as the status line tells it. The
   * panel hears of a change a moment after it is written (Dexie's event), and its timer starts
   * then: when that moment falls after the jump, the timer waits on a clock that no longer moves, so
   * the clock goes on a minute at a time until the line changes (days are what the test checks).
   */
  async function forwardUntilBackup(time: number) {
    const before = await lastLine().innerText();
    await panel.clock.fastForward(time);
    await expect
      .poll(async () => {
        const now = await lastLine().innerText();
        if (now === before) await panel.clock.fastForward(MINUTE);
        return now;
      })
      .not.toBe(before);
  }

  it('writes a backup as soon as the folder is chosen, and says when and where', async () => {
    await openTab(panel, '备份');
    await panel.getByRole('button', { name: '选择备份文件夹' }).click();
    await panel.getByRole('status').filter({ hasText: `已备份到文件夹“${FOLDER}”` }).waitFor();
    // The section follows the stored status a moment after the message.
    await panel.getByText(`自动备份到文件夹“${FOLDER}”`).waitFor();
    expect(await lastLine().innerText()).toMatch(/^上次备份：2026年11月20日 09:00，文件“写材料助手自动备份-2026-11-20-0900\d\d-v3\.json”。$/);
    expect((await folderFiles(panel)).map(dayOf)).toEqual([daysAfterStart(0)]);
  });

  it('backs up after a change, then daily; keeps the newest 30 and one from the month before', async () => {
    await createSnippet(panel, { title: NEW_TITLE, body: '今年新建的工作台账已全部归档。' });
    await openTab(panel, '备份');
    await forwardUntilBackup(3 * MINUTE);
    const afterChange = await folderFiles(panel);
    expect(afterChange).toHaveLength(2);
    const newest = JSON.parse(await panel.evaluate(async ([dir, name]) => (await (await (await (await navigator.storage.getDirectory()).getDirectoryHandle(dir!)).getFileHandle(name!)).getFile()).text(), [FOLDER, afterChange[1]!]));
    expect(newest.snippets.map((s: { title: string }) => s.title)).toContain(NEW_TITLE);

    for (let day = 1; day <= 40; day++) await forwardUntilBackup(DAY);

    const days = (await folderFiles(panel)).map(dayOf);
    // 11-20 (two), 11-21 … 12-30 were written; the newest 30 are 12-01 … 12-30, and 11-30 stays as November's.
    expect(days).toEqual([daysAfterStart(10), ...Array.from({ length: 30 }, (_, i) => daysAfterStart(11 + i))]);
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2026-12-30');
  });

  it('lists the folder’s backups; a damaged newest one is refused, and the one before it restores', async () => {
    // A change after the last backup: the snippet goes to the trash, and the next backup has that.
    await openTab(panel, '片段');
    await panel.getByLabel('搜索片段').fill(NEW_TITLE);
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: NEW_TITLE }).click();
    await panel.getByRole('article', { name: `片段：${NEW_TITLE}` }).getByRole('button', { name: '删除' }).click();
    await panel.getByRole('status').filter({ hasText: `已删除「${NEW_TITLE}」` }).waitFor();
    await panel.getByLabel('搜索片段').fill('');
    await openTab(panel, '备份');
    await forwardUntilBackup(3 * MINUTE);
    const files = await folderFiles(panel);
    expect(files).toHaveLength(31);

    // The newest file is cut in half, as a full disk or a crash would leave it.
    await panel.evaluate(
      async ([dir, name]) => {
        const file = await (await (await navigator.storage.getDirectory()).getDirectoryHandle(dir!)).getFileHandle(name!);
        const text = await (await file.getFile()).text();
        const out = await file.createWritable();
        await out.write(text.slice(0, text.length / 2));
        await out.close();
      },
      [FOLDER, files.at(-1)!],
    );

    await panel.getByRole('button', { name: '查看文件夹里的备份' }).click();
    const list = panel.getByRole('list', { name: '文件夹里的备份' });
    const rows = list.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(31);
    expect(await rows.nth(0).innerText()).toContain('2026年12月30日');
    expect(await rows.nth(0).innerText()).toContain('这一份已损坏，不能用来恢复。');
    expect(await rows.nth(0).getByRole('button').count()).toBe(0);
    expect(await rows.nth(1).innerText()).toMatch(/2026年12月30日[\s\S]*片段 \d+、指标 \d+、数值 \d+、报告 \d+/);
    await expectReadable(panel, 'the folder’s backups');

    await rows.nth(1).getByRole('button', { name: '恢复这一份' }).click();
    await expect.poll(() => panel.getByLabel('点下面的按钮后，会这样做：').innerText()).toContain('其中 1 个片段会从回收站里找回');
    await panel.getByRole('button', { name: '找回备份内容' }).click();
    await panel.getByRole('status').filter({ hasText: '已找回备份内容' }).waitFor();
    expect(await findSnippets(panel, NEW_TITLE)).toContain(NEW_TITLE);
  });
});

describe('the reminder where the browser has no folder chooser', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    // As in Firefox: the API is not there at all.
    panel = await openPanel(browser, () => {
      delete (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    });
  });
  afterAll(async () => browser?.close());

  const bar = () => panel.getByRole('region', { name: '备份提醒' });

  it('says the folder backup is not available here', async () => {
    await openTab(panel, '备份');
    await panel.getByText('这个浏览器不能自动把备份存到文件夹').waitFor();
    expect(await panel.getByRole('button', { name: '选择备份文件夹' }).count()).toBe(0);
  });

  it('reminds after a week of changes without a backup, not again the same day, and downloads in one click', async () => {
    await createSnippet(panel, { title: NEW_TITLE, body: '本周新增的会议纪要已经整理。' });
    await panel.clock.fastForward(6 * DAY);
    await panel.clock.fastForward(HOUR);
    // A tick has run at six days: no reminder yet. (Another hour on, below, it has to appear.)
    await panel.waitForTimeout(300);
    expect(await bar().count()).toBe(0);
    await panel.clock.fastForward(DAY);
    await bar().waitFor();
    expect(await bar().innerText()).toContain('资料改动后已经 7 天没有备份了');
    await expectReadable(panel, 'the reminder');

    await bar().getByRole('button', { name: '以后再说' }).click();
    await bar().waitFor({ state: 'detached' });
    await panel.clock.fastForward(20 * HOUR);
    await panel.waitForTimeout(300);
    expect(await bar().count()).toBe(0);
    await panel.clock.fastForward(5 * HOUR);
    await bar().waitFor();

    const [download] = await Promise.all([panel.waitForEvent('download'), bar().getByRole('button', { name: '下载一份备份' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'report-drafter-backup', version: 3 });
    expect(file.snippets.map((s: { title: string }) => s.title)).toContain(NEW_TITLE);
    await bar().waitFor({ state: 'detached' });
    await panel.clock.fastForward(2 * DAY);
    await panel.waitForTimeout(300);
    expect(await bar().count()).toBe(0);
  });
});
