// 「我的词表」 in the real panel: the user adds a wording to change (with a note) and a word not to
// use in the 校对 view; a snippet's findings before 插入 then name both, with the notes, and 改正
// puts the right wording into the preview; 校对网页中的文字 finds them in a contenteditable, and the
// fix lands in the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelBesideDemo, type DemoSession } from './support/demo.ts';
import { createSnippet, openTab, selectSnippet } from './support/panel.ts';

let session: DemoSession;
let page: Page;
let panel: Page;

const TITLE = '词表校对';
const BODY = '据说全村已推行三务公开。';
const TERM_RULE = '按本单位的用语规定，这里要换个说法。';
const BANNED_RULE = '这是本单位规定不用的词。';

beforeAll(async () => {
  session = await openPanelBesideDemo('#editable');
  ({ page, panel } = session);
});
afterAll(async () => session?.browser.close());

const words = () => panel.getByRole('region', { name: '我的词表' });
const snippetFindings = () => panel.getByRole('article', { name: `片段：${TITLE}` }).getByRole('region', { name: '校对结果' }).getByRole('listitem');
const pageFindings = () => panel.getByRole('region', { name: '校对网页中的文字' }).getByRole('region', { name: '校对结果' }).getByRole('listitem');
const editable = () => page.locator('#editable');

async function add(form: string, fields: Record<string, string>, shown: string) {
  const scope = words().getByRole('form', { name: form });
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(label, { exact: true }).fill(value);
  await scope.getByRole('button', { name: '添加' }).click();
  await words().getByText(shown, { exact: true }).waitFor();
}

describe('我的词表', () => {
  it('the user adds a wording to change and a word not to use, in the 校对 view', async () => {
    await openTab(panel, '校对');
    await add('添加到“要改的说法”', { 不要这样写: '三务公开', 要写成: '党务、政务、财务公开', '说明（可以不填）': '第一次出现要写全' }, '不写“三务公开”，写“党务、政务、财务公开”');
    await add('添加到“不能用的词”', { 不能用的词: '据说', '说明（可以不填）': '写明依据' }, '“据说”');
    // The list may show the word a moment before the status line says so.
    await panel.getByRole('status').filter({ hasText: '已添加：“据说”' }).waitFor();
  });

  it('a snippet’s findings before 插入 name both with their notes, and 改正 puts the right wording into the preview', async () => {
    await createSnippet(panel, { title: TITLE, body: BODY });
    await selectSnippet(panel, TITLE);
    await expect.poll(() => snippetFindings().count()).toBe(2);
    const [banned, term] = [snippetFindings().nth(0), snippetFindings().nth(1)];
    await expect(banned.innerText()).resolves.toContain(BANNED_RULE);
    await expect(banned.innerText()).resolves.toContain('我的词表里的说明：写明依据');
    await expect(term.innerText()).resolves.toContain(TERM_RULE);
    await expect(term.innerText()).resolves.toContain('改为“党务、政务、财务公开”');
    await expect(term.innerText()).resolves.toContain('我的词表里的说明：第一次出现要写全');
    await term.getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(() => panel.getByLabel('预览').innerText()).toContain('据说全村已推行党务、政务、财务公开。');
    await expect.poll(() => snippetFindings().count()).toBe(1);
  });

  it('校对网页中的文字 finds them in a contenteditable, and the fix lands in the page', async () => {
    await editable().evaluate((el) => (el.innerHTML = '<p>据说已推行三务公开，群众满意。</p>'));
    await editable().locator('p').click();
    await openTab(panel, '校对');
    await panel.getByRole('button', { name: '校对网页中的文字' }).click();
    await expect.poll(() => pageFindings().count()).toBe(2);
    await expect(pageFindings().nth(0).innerText()).resolves.toContain('我的词表里的说明：写明依据');
    const term = pageFindings().nth(1);
    await expect(term.innerText()).resolves.toContain(TERM_RULE);
    await term.getByRole('button', { name: '改正', exact: true }).click();
    await expect.poll(() => editable().innerText()).toContain('据说已推行党务、政务、财务公开，群众满意。');
    await expect.poll(() => pageFindings().count()).toBe(1);
    await expect(pageFindings().first().innerText()).resolves.toContain(BANNED_RULE);
  });
});
