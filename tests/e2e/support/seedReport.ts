// The seed report (tests/fixtures/seed-report-party-building.txt) as the report view makes it:
// imported through 导入, then 把这份材料做成报告. Its title and numbered headings are what every
// report test checks against.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fixturePath } from '../../support/fixtures.ts';
import { openTab } from './panel.ts';

export const SEED_TITLE = '街道党工委书记抓基层党建工作述职报告';
export const SEED_HEADINGS = [
  '一、主要工作',
  '（一）落实责任，夯实党建基础',
  '（二）把握重点，提升工作水平',
  '（三）拓宽思路，创新工作载体',
  '二、存在问题',
  '（一）督促检查还不到位',
  '（二）党建工作开展不够均衡',
  '（三）党员队伍建设存在短板',
  '三、下步工作思路及措施',
  '（一）强化主体责任',
  '（二）狠抓薄弱环节',
  '（三）积极探索创新',
];

/** The headings of the report's full text, with their numbers, as the panel shows them. */
export const previewHeadings = (panel: Page) => panel.getByLabel('报告全文预览').locator('.report-line-heading').allInnerTexts();

/** Imports a fixture file through 导入 as a user would, and makes a report of it (its outline shown). */
export async function reportFromFile(panel: Page, fixture: string): Promise<void> {
  await openTab(panel, '导入');
  await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles(fixturePath(fixture));
  await panel.getByRole('heading', { name: '检查后导入' }).waitFor();
  await panel.getByRole('button', { name: /^导入所选的 \d+ 段$/ }).click();
  await panel.getByRole('status').filter({ hasText: /^已导入 \d+ 段/ }).waitFor();
  await panel.getByRole('button', { name: '把这份材料做成报告' }).click();
  await panel.getByRole('list', { name: '提纲' }).waitFor();
}

/** Imports the seed report, makes a report of it, and waits until its title and headings show. */
export async function reportFromSeed(panel: Page): Promise<void> {
  await reportFromFile(panel, 'seed-report-party-building.txt');
  await expect.poll(() => panel.getByLabel('报告标题').inputValue()).toBe(SEED_TITLE);
  await expect.poll(() => previewHeadings(panel)).toEqual(SEED_HEADINGS);
}
