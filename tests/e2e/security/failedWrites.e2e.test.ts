// The browser refuses to store anything (a full disk): every write the user makes in the real
// panel says, at the control they used and in plain words, that it did not happen — and what they
// typed stays where they typed it. Nothing shows the browser's own error text.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/fixtures.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { createSnippet, openTab, selectSnippet } from '../support/panel.ts';

let browser: ExtensionBrowser;
let panel: Page;

/** Makes every IndexedDB write in the panel throw as a full disk makes the browser throw. */
async function fillTheDisk(): Promise<void> {
  await panel.evaluate(() => {
    const writes = ['put', 'add', 'delete', 'clear'] as const;
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
    const kept = Object.fromEntries(writes.map((m) => [m, proto[m]]));
    for (const m of writes)
      proto[m] = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    (globalThis as unknown as { __freeTheDisk: () => void }).__freeTheDisk = () => Object.assign(proto, kept);
  });
}
const freeTheDisk = () => panel.evaluate(() => (globalThis as unknown as { __freeTheDisk: () => void }).__freeTheDisk());

/** The message a control points at with aria-describedby (where a screen reader reads it). */
async function messageOf(control: Locator): Promise<string> {
  await expect.poll(() => control.getAttribute('aria-describedby')).toBeTruthy();
  // It may point at more than one description (a sample figure's 示例 too): the message is the alert.
  const ids = (await control.getAttribute('aria-describedby'))!.split(/\s+/);
  const alert = panel.locator(ids.map((id) => `[id="${id}"][role="alert"]`).join(', '));
  await expect.poll(() => alert.count()).toBe(1);
  return alert.innerText();
}

/** Plain words: says what did not happen and why, never the browser's error name or a stack. */
async function expectPlainWords(text: string, didNot: string | RegExp) {
  expect(text).toMatch(didNot);
  expect(text).toContain('存储空间满了');
  expect(text).not.toMatch(/Quota|Error|DOMException|at \S+:\d+/);
  expect(await panel.locator('body').innerText()).not.toMatch(/QuotaExceeded|DOMException|Error:/);
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: '片段' }).waitFor();
  await createSnippet(panel, { title: '存不进去的片段', body: '原来的正文。' });
});
afterAll(async () => browser?.close());

describe('with storage failing, a metric value', () => {
  it('committed with Enter says it was not saved, keeps the typed number, and saves once storage works', async () => {
    await openTab(panel, '指标');
    const input = panel.getByLabel('发展党员的数值', { exact: true });
    const before = await input.inputValue();
    await fillTheDisk();
    await input.fill('77');
    await input.press('Enter');
    await expectPlainWords(await messageOf(input), '「发展党员」的数值没有存上');
    expect(await messageOf(input)).toContain('你填的内容还在');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(input.inputValue()).resolves.toBe('77');
    await freeTheDisk();
    // What is stored is still the old value: the panel, opened again, shows it.
    await panel.reload();
    await openTab(panel, '指标');
    await expect(input.inputValue()).resolves.toBe(before);
  });

  it('committed by leaving the box says so too', async () => {
    const input = panel.getByLabel('基层调研的数值', { exact: true });
    await fillTheDisk();
    await input.fill('31');
    await input.press('Tab');
    await expectPlainWords(await messageOf(input), '「基层调研」的数值没有存上');
    await expect(input.inputValue()).resolves.toBe('31');
    await freeTheDisk();
    await input.press('Enter');
    await panel.getByRole('status').filter({ hasText: '已记下「基层调研」' }).waitFor();
    await expect.poll(() => input.getAttribute('aria-invalid')).not.toBe('true');
  });
});

describe('with storage failing', () => {
  it('＋1 on a tally says the entry was not recorded', async () => {
    await fillTheDisk();
    const plus = panel.getByRole('button', { name: '党组织专题会议记一笔' });
    await plus.click();
    await expectPlainWords(await messageOf(plus), '这一笔没有记上');
    await freeTheDisk();
  });

  it('an entry logged with an amount and a note keeps both and says it was not recorded', async () => {
    await panel.getByRole('button', { name: '党组织专题会议的记录' }).click();
    const log = panel.getByRole('region', { name: '党组织专题会议的记录' });
    await fillTheDisk();
    await log.getByLabel('数量').first().fill('3');
    await log.getByLabel('备注').first().fill('三次专题会');
    const add = log.getByRole('button', { name: '记一笔' });
    await add.click();
    await expectPlainWords(await messageOf(add), '这一笔没有记上');
    await expect(log.getByLabel('数量').first().inputValue()).resolves.toBe('3');
    await expect(log.getByLabel('备注').first().inputValue()).resolves.toBe('三次专题会');
    await freeTheDisk();
    await log.getByRole('button', { name: '返回' }).click();
  });

  it('changing the period says it did not change, and the picker shows the period still in use', async () => {
    const picker = panel.getByLabel('期间');
    const before = await picker.inputValue();
    const other = await picker.evaluate((select: HTMLSelectElement, current) => [...select.options].map((o) => o.value).find((v) => v !== current)!, before);
    await fillTheDisk();
    await picker.selectOption(other);
    await expectPlainWords(await messageOf(picker), '期间没有改成');
    await expect.poll(() => picker.inputValue()).toBe(before);
    await freeTheDisk();
  });

  it('★ and 删除 on a snippet say they did not happen', async () => {
    await selectSnippet(panel, '存不进去的片段');
    const detail = panel.getByRole('article', { name: '片段：存不进去的片段' });
    await fillTheDisk();
    await detail.getByRole('button', { name: '☆ 收藏' }).click();
    await expectPlainWords(await detail.getByRole('alert').innerText(), '收藏没有改成');
    await expect(detail.getByRole('button', { name: '☆ 收藏' }).getAttribute('aria-pressed')).resolves.toBe('false');
    await detail.getByRole('button', { name: '删除', exact: true }).click();
    // The same place now speaks of the deletion (wait for the new words, not the old ones).
    await expectPlainWords(await detail.getByRole('alert').filter({ hasText: '没有删除' }).innerText(), '「存不进去的片段」没有删除');
    await expect(panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: '存不进去的片段' }).count()).resolves.toBe(1);
    await freeTheDisk();
  });

  it('a new snippet and an edited one keep the text in the form and say they were not saved', async () => {
    await panel.getByRole('button', { name: '新建片段' }).click();
    const form = panel.getByRole('form', { name: '新建片段' });
    await form.getByLabel('标题').fill('新写的一段');
    await form.getByLabel(/^正文/).fill('花了半小时写的正文。');
    await fillTheDisk();
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expectPlainWords(await form.getByRole('alert').innerText(), '「新写的一段」没有保存');
    await expect(form.getByLabel('标题').inputValue()).resolves.toBe('新写的一段');
    await expect(form.getByLabel(/^正文/).inputValue()).resolves.toBe('花了半小时写的正文。');
    await freeTheDisk();
    await form.getByRole('button', { name: '取消' }).click();

    await selectSnippet(panel, '存不进去的片段');
    await panel.getByRole('article', { name: '片段：存不进去的片段' }).getByRole('button', { name: '编辑', exact: true }).click();
    const edit = panel.getByRole('form', { name: '编辑片段' });
    await edit.getByLabel(/^正文/).fill('改过的正文。');
    await fillTheDisk();
    await edit.getByRole('button', { name: '保存', exact: true }).click();
    await expectPlainWords(await edit.getByRole('alert').innerText(), '「存不进去的片段」没有保存');
    await expect(edit.getByLabel(/^正文/).inputValue()).resolves.toBe('改过的正文。');
    await freeTheDisk();
    await edit.getByRole('button', { name: '取消' }).click();
  });

  it('an import says nothing was imported, in plain words', async () => {
    await openTab(panel, '导入');
    await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles(fixturePath('seed-report-party-building.txt'));
    await panel.getByRole('heading', { name: '检查后导入' }).waitFor();
    await fillTheDisk();
    await panel.getByRole('button', { name: /^导入所选的 \d+ 段$/ }).click();
    await expectPlainWords(await panel.getByRole('alert').filter({ hasText: '没有导入' }).innerText(), '没有导入');
    await freeTheDisk();
  });

  it('a write no control answers for still gets plain words in the status line', async () => {
    await openTab(panel, '指标');
    await fillTheDisk();
    // Deleting a metric has no message of its own: the panel-wide handler speaks for it.
    await panel.getByRole('button', { name: '删除指标发展党员' }).click();
    // A metric with values asks first; the user agrees, and the write then fails.
    await panel.getByRole('alertdialog', { name: '确认删除指标发展党员' }).getByRole('button', { name: /^删除指标和 \d+ 条数值$/ }).click();
    const status = panel.getByRole('status').filter({ hasText: '刚才的操作没有完成' });
    await expectPlainWords(await status.innerText(), '刚才的操作没有完成');
    await freeTheDisk();
  });
});
