// Composing three sample problems with their causes and measures into three numbered sections,
// inserted from the real side panel into a contenteditable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { clickButtonAndWaitForStatus, openTab } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

beforeAll(async () => {
  session = await openPanelBesideDemo('#editable');
  ({ page, panel } = session);
  await openTab(panel, '组合');
});
afterAll(async () => session?.browser.close());

const PROBLEMS = ['问题：督导检查不够深入', '问题：各社区发展不平衡', '问题：党员教育方式单一'];

describe('the composer', () => {
  it('composes three problems into three numbered sections', async () => {
    for (const title of PROBLEMS) await panel.getByRole('checkbox', { name: title }).check();
    const problems = panel.getByRole('region', { name: '存在问题' }).locator('.preview p');
    await expect.poll(() => problems.allInnerTexts()).toEqual([
      expect.stringMatching(/^（一）督导检查不够深入。/),
      expect.stringMatching(/^（二）各社区党建工作发展不平衡。/),
      expect.stringMatching(/^（三）党员教育方式还比较单一。/),
    ]);
    // Shared causes appear once: 统筹 serves problems 1 and 2, 方法 serves 2 and 3.
    const causes = await panel.getByRole('region', { name: '原因分析' }).locator('.preview p').allInnerTexts();
    expect(causes).toEqual([expect.stringMatching(/^一是思想认识有差距。.*二是统筹推进力度不够。.*三是工作方法不够创新。/)]);
    const measures = await panel.getByRole('region', { name: '下步措施' }).locator('.preview p').allInnerTexts();
    expect(measures).toEqual([
      expect.stringMatching(/^（一）推行常态化督导。.*（责任单位：党建办；完成时限：长期坚持）$/),
      expect.stringMatching(/^（二）推行以强带弱结对共建。/),
      expect.stringMatching(/^（三）丰富党员教育形式。/),
    ]);
  });

  it('switches a cause off for this report and renumbers', async () => {
    await panel.getByRole('article', { name: `问题：${PROBLEMS[0]}` }).getByRole('checkbox', { name: '使用：原因：思想认识有差距' }).uncheck();
    const causes = panel.getByRole('region', { name: '原因分析' }).locator('.preview p');
    await expect.poll(() => causes.allInnerTexts()).toEqual([expect.stringMatching(/^一是统筹推进力度不够。.*二是工作方法不够创新。/)]);
    await panel.getByRole('article', { name: `问题：${PROBLEMS[0]}` }).getByRole('checkbox', { name: '使用：原因：思想认识有差距' }).check();
  });

  it('inserts the problems now and the causes later at another caret', async () => {
    await page.locator('#editable').evaluate((el) => (el.innerHTML = '<p><br></p>'));
    await page.locator('#editable p').click();
    expect(await clickButtonAndWaitForStatus(panel, '插入存在问题')).toContain('已插入存在问题，共 3 段');
    await page.keyboard.press('Enter');
    expect(await clickButtonAndWaitForStatus(panel, '插入原因分析')).toContain('已插入原因分析');
    const texts = await page.locator('#editable p').allInnerTexts();
    expect(texts.map((t) => t.slice(0, 4))).toEqual(['（一）督', '（二）各', '（三）党', '一是思想']);
  });

  it('inserts all three sections under numbered headings, each list numbered from one again', async () => {
    await page.locator('#editable').evaluate((el) => (el.innerHTML = '<p><br></p>'));
    await page.locator('#editable p').click();
    expect(await clickButtonAndWaitForStatus(panel, '全部插入')).toContain('共 10 段');
    // What landed in the editor: the headings stand between the lists, so two （一）…（三）
    // lists never run together.
    const texts = await page.locator('#editable p').allInnerTexts();
    expect(texts.map((t) => t.slice(0, 6))).toEqual(['一、存在问题', '（一）督导检', '（二）各社区', '（三）党员教', '二、原因分析', '一是思想认识', '三、下步措施', '（一）推行常', '（二）推行以', '（三）丰富党']);
  });

  it('uses the heading level and first number the user chose', async () => {
    await panel.getByLabel('标题编号（全部插入时）').selectOption({ label: '（一）' });
    await panel.getByLabel('标题从第几开始').fill('3');
    await page.locator('#editable').evaluate((el) => (el.innerHTML = '<p><br></p>'));
    await page.locator('#editable p').click();
    expect(await clickButtonAndWaitForStatus(panel, '全部插入')).toContain('共 10 段');
    const texts = await page.locator('#editable p').allInnerTexts();
    expect(texts.filter((t) => t.endsWith('存在问题') || t.endsWith('原因分析') || t.endsWith('下步措施'))).toEqual(['（三）存在问题', '（四）原因分析', '（五）下步措施']);
  });

  it('removes a cause from a problem only once the user has read which link goes and that the snippet stays', async () => {
    const set = panel.getByRole('article', { name: `问题：${PROBLEMS[0]}` });
    const causes = panel.getByRole('region', { name: '原因分析' }).locator('.preview p');
    await set.getByRole('button', { name: '取消关联：原因：思想认识有差距' }).click();
    const ask = set.getByRole('alertdialog', { name: '确认移除「原因：思想认识有差距」' });
    await expect(ask.innerText()).resolves.toContain(`从「${PROBLEMS[0]}」的原因中移除「原因：思想认识有差距」？片段本身不会删除，仍在片段库里，以后可以再添加回来。`);
    await ask.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    await expect(causes.allInnerTexts()).resolves.toEqual([expect.stringMatching(/^一是思想认识有差距。/)]);
    await set.getByRole('button', { name: '取消关联：原因：思想认识有差距' }).click();
    await ask.getByRole('button', { name: '移除' }).click();
    await expect.poll(() => set.getByRole('checkbox', { name: '使用：原因：思想认识有差距' }).count()).toBe(0);
    await expect.poll(() => causes.allInnerTexts()).toEqual([expect.stringMatching(/^一是统筹推进力度不够。.*二是工作方法不够创新。/)]);
  });
});
