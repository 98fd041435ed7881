// What a user does in the side panel, as reusable steps. Everything goes through visible controls
// found by their accessible names.
import type { Page } from 'playwright-core';

/**
 * 首行缩进 as a text box gets it — on unless the user turns it off: two full-width spaces before
 * each inserted paragraph that starts a line (lib/domain/indent.ts).
 */
export const INDENT = '\u3000\u3000';

export async function openTab(panel: Page, name: string): Promise<void> {
  await panel.getByRole('tab', { name }).click();
}

export async function createMetric(panel: Page, metric: { name: string; unit: string; value: number | string }): Promise<void> {
  await openTab(panel, '指标');
  await panel.getByRole('button', { name: '新建指标' }).click();
  await panel.getByLabel(/^名称/).fill(metric.name);
  await panel.getByLabel('单位').fill(metric.unit);
  await panel.getByRole('button', { name: '保存' }).click();
  const input = panel.getByLabel(`${metric.name}的数值`, { exact: true });
  await input.fill(String(metric.value));
  await input.press('Enter');
  await panel.getByRole('status').filter({ hasText: `已记下「${metric.name}」` }).waitFor();
}

export async function createSnippet(panel: Page, snippet: { title: string; body: string }): Promise<void> {
  await openTab(panel, '片段');
  await panel.getByRole('button', { name: '新建片段' }).click();
  await panel.getByLabel('标题').fill(snippet.title);
  await panel.getByLabel(/^正文/).fill(snippet.body);
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.getByRole('status').filter({ hasText: `已保存「${snippet.title}」` }).waitFor();
}

export async function selectSnippet(panel: Page, title: string): Promise<void> {
  await openTab(panel, '片段');
  await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: title }).click();
  await panel.getByRole('article', { name: `片段：${title}` }).waitFor();
}

/**
 * Clicks a button and waits for the panel's next status message, which it returns. The status
 * line is the live region that numbers its messages; a view may have live regions of its own.
 */
export async function clickButtonAndWaitForStatus(panel: Page, name: string): Promise<string> {
  const status = panel.locator('[role=status][data-message-id]');
  const before = await status.getAttribute('data-message-id');
  await panel.getByRole('button', { name, exact: true }).click();
  await panel.locator(`[role=status][data-message-id]:not([data-message-id="${before}"])`).waitFor();
  return (await status.textContent()) ?? '';
}

/** Clicks 插入 and waits for the panel to say what happened. */
export const clickInsert = (panel: Page) => clickButtonAndWaitForStatus(panel, '插入');

/**
 * Live snippets in the library, as the 备份 view reports them (the list itself is virtualised).
 * Read once: a count right after a write made while 备份 was already open may be the one before it
 * (the view follows the database a moment later), so check an expected count with expect.poll.
 */
export async function libraryCount(panel: Page): Promise<number> {
  await panel.getByRole('tab', { name: '备份' }).click();
  const line = await panel.getByText(/^现有 \d+ 个片段/).innerText();
  return Number(/^现有 (\d+) 个片段/.exec(line)![1]);
}

/**
 * Titles of the snippets the library search finds for `query`. The 片段 view, opened anew, shows
 * its first screen before the rest of the library is read, and searches only those meanwhile
 * (saying 正在读取其余片段…): the titles are read once that note has gone.
 */
export async function findSnippets(panel: Page, query: string): Promise<string[]> {
  await panel.getByRole('tab', { name: '片段' }).click();
  await panel.getByLabel('搜索片段').fill(query);
  const list = panel.getByRole('list', { name: '片段列表' });
  await list.waitFor();
  await panel.getByText('正在读取其余片段').first().waitFor({ state: 'hidden' });
  const titles = await list.locator('.title').allInnerTexts();
  await panel.getByLabel('搜索片段').fill('');
  return titles;
}

/** Opens a part's 更多 in the 报告 view, where its less common actions wait (it closes after each). */
export async function openPartMenu(panel: Page, heading: string): Promise<void> {
  const summary = panel.locator(`summary[aria-label="「${heading}」的更多操作"]`);
  if (!(await summary.locator('xpath=..').evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
}
