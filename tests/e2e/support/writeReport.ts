// A 述职报告 written in the report view as a user writes one: free text into the opening and into
// parts, then the 落款 and the date — each waited for in the full-text preview.
import type { Page } from 'playwright-core';

export const reportPreview = (panel: Page) => panel.locator('[aria-label="报告全文预览"]');

/** Writes a paragraph of free text into a part (or the opening) through its block list. */
export async function writeText(panel: Page, label: string, text: string): Promise<void> {
  // The summary names its place in full to a screen reader: 「一、…」的内容：0 段; so does the button.
  const details = panel.locator(`summary[aria-label^="${label}："]`).locator('xpath=../..');
  await details.getByRole('button', { name: `写一段文字：${label}`, exact: true }).click();
  const box = details.getByRole('textbox', { name: '第 1 段文字' });
  await box.fill(text);
  await box.press('Tab');
  await reportPreview(panel).getByText(text.split('\n').at(-1)!, { exact: true }).waitFor();
}

/**
 * The opening, each part's lines (keyed by its numbered heading), the 落款 and the 成文日期
 * (typed 2026-01-05, shown as `date` reads it) of the report open in the view.
 */
export async function writeReport(panel: Page, report: { opening: string; texts: Record<string, string[]>; signature: string; typedDate: string; date: string }): Promise<void> {
  await writeText(panel, '开头（不编号）', report.opening);
  for (const [heading, texts] of Object.entries(report.texts)) await writeText(panel, `「${heading}」的内容`, texts.join('\n'));
  await panel.locator('summary', { hasText: '署名、落款和日期' }).click();
  const signature = panel.getByLabel(/^落款/);
  await signature.fill(report.signature);
  await signature.press('Tab');
  await reportPreview(panel).getByText(report.signature, { exact: true }).waitFor();
  await panel.getByLabel('成文日期').fill(report.typedDate);
  await reportPreview(panel).getByText(report.date, { exact: true }).waitFor();
}
