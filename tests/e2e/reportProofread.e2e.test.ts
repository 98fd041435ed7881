// 校对全文 in the real panel: a report made from the 述职报告 outline, with free text written in it
// and a snippet from the library chosen into a part, proofread as a whole. The findings come under
// the part they are in; a level skipped is found because the real numbers are read with the text;
// 改正 changes the report's own free text, while a finding in the shared snippet says so, offers no
// 改正 and 转到这里 brings the snippet's place in the outline into view. The 备份 view counts the report.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, openTab } from './support/panel.ts';

// Original sample text, with mistakes on purpose: half-width commas between Chinese words.
const SNIPPET = { title: '调研成果一览', body: '全年开展专题调研,形成调研报告3篇。' };
const OPENING = '根据安排,现将本人一年来履职情况报告如下：';
/** Under 二、 with no （一） between: a level skipped, seen only with the headings' real numbers. */
const SKIPPED = '1.调查研究还不够深入。';

let browser: ExtensionBrowser;
let panel: Page;

const preview = () => panel.locator('[aria-label="报告全文预览"]');
const findings = () => panel.getByRole('region', { name: '校对结果' });
/** The findings listed under one place of the report. */
const group = (name: string) => findings().getByRole('list', { name, exact: true });

/** What a part (or the opening) holds, with its 选入片段 and 写一段文字. */
const blocks = (label: string) => panel.locator(`summary[aria-label^="${label}："]`).locator('xpath=../..');

async function writeText(label: string, text: string): Promise<void> {
  const details = blocks(label);
  await details.getByRole('button', { name: `写一段文字：${label}`, exact: true }).click();
  const box = details.getByRole('textbox', { name: '第 1 段文字' });
  await box.fill(text);
  await box.press('Tab');
  await preview().getByText(text, { exact: true }).waitFor();
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: '片段' }).waitFor();
  await createSnippet(panel, SNIPPET);
  await openTab(panel, '报告');
  await panel.getByRole('button', { name: '述职报告', exact: true }).click();
  await panel.getByLabel('报告标题').waitFor();
  await writeText('开头（不编号）', OPENING);
  await writeText('「二、存在的不足」的内容', SKIPPED);
  await blocks('「（一）加强学习，提升能力」的内容').getByRole('button', { name: '选入片段：「（一）加强学习，提升能力」的内容' }).click();
  await panel.getByLabel('按标题或内容查找片段').fill('调研成果');
  await panel.getByRole('list', { name: '找到的片段' }).getByRole('button', { name: SNIPPET.title }).click();
  await preview().getByText(SNIPPET.body, { exact: true }).waitFor();
}, 60_000);
afterAll(async () => browser?.close());

describe('校对全文', () => {
  it('lists the findings under the part they are in, the numbering read with the text', async () => {
    await panel.getByRole('button', { name: '校对全文' }).click();
    await findings().waitFor();
    await expect(group('开头（不编号）').getByRole('listitem').first().innerText()).resolves.toMatch(/中文里用了英文标点[\s\S]*改为“，”/);
    await expect(group('二、存在的不足').innerText()).resolves.toContain('层次跳级了');
    const inSnippet = group('（一）加强学习，提升能力').getByRole('listitem').first();
    await expect(inSnippet.innerText()).resolves.toContain(`这句在片段「${SNIPPET.title}」里。片段是共用的`);
    // Shared: pointed at, never changed from here.
    expect(await inSnippet.getByRole('button', { name: '改正', exact: true }).count()).toBe(0);
  });

  it('改正 fixes the report’s own free text in place; the snippet stays as it is', async () => {
    await group('开头（不编号）').getByRole('button', { name: '改正', exact: true }).first().click();
    await panel.getByRole('status').filter({ hasText: '已在报告里改正 1 处' }).waitFor();
    await preview().getByText('根据安排，现将本人一年来履职情况报告如下：', { exact: true }).waitFor();
    await expect(panel.getByRole('textbox', { name: '第 1 段文字' }).first().inputValue()).resolves.toBe('根据安排，现将本人一年来履职情况报告如下：');
    expect(await group('开头（不编号）').count()).toBe(0);
    await expect(preview().getByText(SNIPPET.body, { exact: true }).count()).resolves.toBe(1);
  });

  it('撤销 after 改正 puts the words back as they were written, and 改正 then works again', async () => {
    await panel.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await preview().getByText('根据安排,现将本人一年来履职情况报告如下：', { exact: true }).waitFor();
    await expect(panel.getByRole('textbox', { name: '第 1 段文字' }).first().inputValue()).resolves.toBe('根据安排,现将本人一年来履职情况报告如下：');
    await group('开头（不编号）').getByRole('button', { name: '改正', exact: true }).first().click();
    await preview().getByText('根据安排，现将本人一年来履职情况报告如下：', { exact: true }).waitFor();
  });

  it('转到这里 opens and focuses the place that holds the words', async () => {
    await group('（一）加强学习，提升能力').getByRole('button', { name: '转到这里' }).first().click();
    const focused = panel.locator(':focus');
    await expect(focused.innerText()).resolves.toContain(SNIPPET.title);
    await expect(focused.evaluate((e) => e.closest('details')?.open)).resolves.toBe(true);
    await group('二、存在的不足').getByRole('button', { name: '转到这里' }).first().click();
    await expect(panel.locator(':focus').inputValue()).resolves.toBe(SKIPPED);
  });

  it('the 备份 view counts the report among what a backup holds', async () => {
    await openTab(panel, '备份');
    await expect(panel.getByText(/^现有 \d+ 个片段/).innerText()).resolves.toMatch(/、1 篇报告。$/);
  });
});

describe('a part’s buttons', () => {
  it('shows 选入片段, 写一段文字 and 更多; 更多 opens from the keyboard, Escape closes it and leaves the focus on it', async () => {
    await openTab(panel, '报告');
    const part = panel.locator('li.part', { has: panel.getByRole('button', { name: '移动「二、存在的不足」' }) });
    // Everything the user can press in the part, with the list of what it holds folded.
    const contents = part.locator('summary', { hasText: /^内容：/ });
    await contents.filter({ hasText: /字$/ }).waitFor();
    if (await contents.locator('xpath=..').evaluate((d) => (d as HTMLDetailsElement).open)) await contents.click();
    const visible = await part.locator('button, summary').evaluateAll((controls) => controls.filter((c) => c.checkVisibility()).map((c) => c.textContent?.trim()));
    expect(visible).toEqual(['⠿', expect.stringMatching(/^内容：1 段，\d+ 字$/), '选入片段', '写一段文字', '更多']);
    const more = part.locator('summary[aria-label="「二、存在的不足」的更多操作"]');
    await more.focus();
    await panel.keyboard.press('Enter');
    await part.getByRole('button', { name: '上移：二、存在的不足' }).waitFor();
    await panel.keyboard.press('Tab');
    await expect(panel.locator(':focus').getAttribute('aria-label')).resolves.toBe('上移：二、存在的不足');
    await panel.keyboard.press('Escape');
    await expect(part.getByRole('button', { name: '上移：二、存在的不足' }).isVisible()).resolves.toBe(false);
    await expect(more.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
  });
});
