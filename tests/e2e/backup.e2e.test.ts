// Backup, restore, library packs and the trash through the real panel UI.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { createSnippet, openTab, selectSnippet, findSnippets as panelFindSnippets, libraryCount as panelLibraryCount } from './support/panel.ts';

let browser: ExtensionBrowser;
let panel: Page;
let backupJson: string;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  // the first-run sample library
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').nth(3).waitFor();
});
afterAll(async () => browser?.close());

const status = () => panel.getByRole('status');

const libraryCount = () => panelLibraryCount(panel);
const findSnippets = (query: string) => panelFindSnippets(panel, query);

/** Opens the library's first snippet and deletes it as a user does; returns its title. */
async function deleteFirstSnippet(): Promise<string> {
  await panel.getByRole('tab', { name: '片段' }).click();
  const item = panel.getByRole('list', { name: '片段列表' }).getByRole('button').first();
  const title = (await item.locator('.title').innerText()).trim();
  await item.click();
  await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: '删除' }).click();
  await status().filter({ hasText: `已删除「${title}」` }).waitFor();
  return title;
}

async function download(button: string): Promise<string> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: button }).click()]);
  return readFile((await file.path())!, 'utf8');
}

async function openFile(name: string, text: string): Promise<void> {
  await panel.getByRole('tab', { name: '备份' }).click();
  await panel.getByLabel('选择备份文件或资料包（本助手保存的文件）').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

describe('backup and restore', () => {
  it('exports the whole library as a versioned file', async () => {
    const live = await libraryCount();
    backupJson = await download('导出备份文件');
    const file = JSON.parse(backupJson);
    expect(file).toMatchObject({ format: 'report-drafter-backup', version: 3 });
    expect(file.snippets.filter((s: { deletedAt: number | null }) => s.deletedAt === null)).toHaveLength(live);
    expect(file.metrics.length).toBeGreaterThan(0);
  });

  it('refuses a damaged file, names the bad field, and changes nothing', async () => {
    const before = await libraryCount();
    const bad = JSON.parse(backupJson);
    bad.snippets[3].title = '';
    await openFile('坏的备份.json', JSON.stringify(bad));
    const alert = await panel.getByRole('alert').innerText();
    expect(alert).toContain('文件中有错误：snippets[3].title：标题不能为空。');
    expect(alert).toContain('没有任何改动');
    expect(await libraryCount()).toBe(before);
  });

  it('找回 says what it will do, then brings back a deleted snippet and a changed value', async () => {
    const live = await libraryCount();
    const title = await deleteFirstSnippet();
    await panel.getByRole('tab', { name: '指标' }).click();
    const value = panel.getByLabel('发展党员的数值', { exact: true });
    const before = await value.inputValue();
    await value.fill('777');
    await value.press('Enter');
    await status().filter({ hasText: '已记下「发展党员」' }).waitFor();

    await openFile('备份.json', backupJson);
    const plan = panel.getByLabel('点下面的按钮后，会这样做：');
    await expect.poll(() => plan.innerText()).toContain('改回备份里的样子');
    expect(await plan.innerText()).toContain('其中 1 个片段会从回收站里找回');
    await panel.getByRole('button', { name: '找回备份内容' }).click();
    await status().filter({ hasText: '已找回备份内容' }).waitFor();
    // 备份 stayed open: its count follows the restore a moment after the message.
    await expect.poll(() => libraryCount()).toBe(live);
    expect(await findSnippets(title)).toContain(title);
    await panel.getByRole('tab', { name: '指标' }).click();
    await expect.poll(() => panel.getByLabel('发展党员的数值', { exact: true }).inputValue()).toBe(before);
  });

  it('replaces the library with the backup, and the restore can be undone', async () => {
    await createSnippet(panel, { title: '备份之后新写的', body: '新内容' });
    const withNew = await libraryCount();
    await openFile('备份.json', backupJson);
    await panel.getByRole('table', { name: '备份内容' }).waitFor();
    await panel.getByRole('radio', { name: /^整个替换/ }).check();
    await panel.getByRole('button', { name: '替换为备份内容' }).click();
    await status().filter({ hasText: '已用备份替换全部资料' }).waitFor();
    expect(await findSnippets('备份之后新写的')).not.toContain('备份之后新写的');
    expect(await libraryCount()).toBe(withNew - 1);
    await status().getByRole('button', { name: '撤销恢复' }).click();
    await expect.poll(() => libraryCount()).toBe(withNew);
    expect(await findSnippets('备份之后新写的')).toContain('备份之后新写的');
  });
});

describe('library packs', () => {
  it('exports a folder and imports it back without overwriting: the pack’s copies stand beside the originals', async () => {
    const before = await libraryCount();
    const pack = JSON.parse(await download('导出资料包'));
    expect(pack.format).toBe('report-drafter-pack');
    expect(pack.metricValues).toEqual([]);
    await openFile('资料包.json', JSON.stringify(pack));
    await panel.getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包' }).waitFor();
    await expect.poll(() => libraryCount()).toBe(before + pack.snippets.length);
    const first: string = pack.snippets[0].title;
    expect((await findSnippets(first)).filter((t) => t === first).length).toBeGreaterThanOrEqual(2);
    await status().getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(() => libraryCount()).toBe(before);
  });

  it('a newer version of a pack: what you did not change follows it, your own edit is offered as keep both, and undo puts it all back', async () => {
    // A 街道's pack as its office would publish it: two versions of the same pack (same id).
    const header = { id: '6a1f0c52-8d3e-4b7a-9f21-3c5d7e9a1b20', name: '街道规范表述', publisher: { unit: '城关街道党政办', name: '王明' }, updatedAt: Date.UTC(2026, 10, 20) };
    const later = Date.UTC(2026, 11, 2);
    const item = (id: string, title: string, body: string, updatedAt: number, revision: number) => ({
      id, title, body, role: 'work', folder: '规范表述', tags: [], favorite: false, useCount: 0, createdAt: 1, updatedAt, lastUsedAt: null, deletedAt: null, source: '', revision,
    });
    const pack = (updatedAt: number, snippets: object[]) => ({ format: 'report-drafter-pack', version: 2, exportedAt: updatedAt, pack: { ...header, updatedAt }, folder: '规范表述', snippets, metrics: [], metricValues: [], problemSets: [], reports: [] });
    const first = pack(header.updatedAt, [item('p-1', '网格化服务', '推行网格化服务，网格员每周走访辖区住户。', header.updatedAt, 1), item('p-2', '接诉即办', '群众来电当日回应，三日内办结。', header.updatedAt, 1)]);
    const second = pack(later, [item('p-1', '网格化服务', '推行网格化服务，网格员每月走访全部住户。', later, 2), item('p-2', '接诉即办', '群众来电当日回应，两日内办结。', later, 2)]);

    await openFile('街道规范表述.json', JSON.stringify(first));
    const preview = panel.getByRole('group', { name: '导入资料包' });
    await expect(preview.innerText()).resolves.toContain('发布：城关街道党政办 王明');
    await preview.getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包“街道规范表述”：新增 2 条' }).waitFor();

    // Taken from a pack: not edited in place unless the user says so.
    await selectSnippet(panel, '网格化服务');
    const detail = panel.getByRole('article', { name: '片段：网格化服务' });
    await expect(detail.getByRole('note').filter({ hasText: '来自资料包“街道规范表述”' }).innerText()).resolves.toContain('城关街道党政办 王明');
    expect(await detail.getByRole('button', { name: '编辑', exact: true }).count()).toBe(0);
    await detail.getByRole('button', { name: '仍然直接改这一条' }).click();
    await panel.getByLabel(/^正文/).fill('推行网格化服务，网格员每周走访两次。');
    await panel.getByRole('button', { name: '保存' }).click();
    await status().filter({ hasText: '已保存「网格化服务」' }).waitFor();

    await openFile('街道规范表述-新版.json', JSON.stringify(second));
    const plan = await preview.innerText();
    expect(plan).toContain('你以前导入过这个资料包');
    expect(plan).toMatch(/资料包里改了、你没改过的 1 条，会换成新的：\s*片段“接诉即办”/);
    const choice = preview.getByRole('radiogroup', { name: '对“网格化服务”怎么办' });
    expect(await choice.getByRole('radio', { name: /^保留两份/ }).isChecked()).toBe(true);
    await preview.getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '更新 1 条' }).waitFor();
    expect(await status().innerText()).toContain('保留两份 1 条');
    expect(await findSnippets('网格化服务')).toEqual(['网格化服务', '网格化服务']);
    expect(await findSnippets('网格员每周走访两次')).toEqual(['网格化服务']);
    await selectSnippet(panel, '接诉即办');
    await expect(panel.getByRole('article', { name: '片段：接诉即办' }).innerText()).resolves.toContain('两日内办结');

    await status().getByRole('button', { name: '撤销导入' }).click();
    await expect.poll(() => findSnippets('网格化服务')).toEqual(['网格化服务']);
    expect(await findSnippets('网格员每周走访两次')).toEqual(['网格化服务']);
    await selectSnippet(panel, '接诉即办');
    await expect(panel.getByRole('article', { name: '片段：接诉即办' }).innerText()).resolves.toContain('三日内办结');
  });
});

describe('a pack beside your own snippets', () => {
  it('a snippet with the title of one of yours and other words is asked about, not added beside it; 用新的 puts the pack’s words in yours', async () => {
    const title = '主要工作：党员教育管理';
    await selectSnippet(panel, title);
    const mine = await panel.getByRole('article', { name: `片段：${title}` }).innerText();
    const body = '每月开展一次主题党日，党员参学率保持在九成以上。';
    const snippet = { id: 'q-1', title, body, role: 'work', folder: '机关党建', tags: [], favorite: false, useCount: 0, createdAt: 1, updatedAt: 2, lastUsedAt: null, deletedAt: null, source: '', revision: 1 };
    const pack = { format: 'report-drafter-pack', version: 2, exportedAt: 2, pack: { id: '0d9b6a3e-52f1-4c8e-a7d4-6e2b1f9c3a55', name: '机关党建表述', publisher: { unit: '机关工委办公室', name: '李华' }, updatedAt: 2 }, folder: '机关党建', snippets: [snippet], metrics: [], metricValues: [], problemSets: [], reports: [] };
    const before = await libraryCount();
    await openFile('机关党建表述.json', JSON.stringify(pack));
    const preview = panel.getByRole('group', { name: '导入资料包' });
    await expect(preview.innerText()).resolves.toMatch(/你已经有同名、文字不同的片段 1 条，请逐条选择：\s*片段“主要工作：党员教育管理”/);
    const choice = preview.getByRole('radiogroup', { name: `对“${title}”怎么办` });
    expect(await choice.getByRole('radio', { name: /^保留两份/ }).isChecked()).toBe(true);
    await choice.getByRole('radio', { name: /^用新的/ }).check();
    await preview.getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包“机关党建表述”' }).waitFor();
    await expect.poll(() => libraryCount()).toBe(before);
    expect(await findSnippets(title)).toEqual([title]);
    await selectSnippet(panel, title);
    await expect(panel.getByRole('article', { name: `片段：${title}` }).innerText()).resolves.toContain('党员参学率保持在九成以上');
    await status().getByRole('button', { name: '撤销导入' }).click();
    await selectSnippet(panel, title);
    await expect.poll(() => panel.getByRole('article', { name: `片段：${title}` }).innerText()).toBe(mine);
  });
});

describe('a report taken from a pack', () => {
  it('follows the pack: read, inserted and exported as it is, edited in the writer’s own copy or only after 仍然直接改这一份', async () => {
    const title = '街道2026年工作要点';
    const report = {
      id: 'r-1', title, period: '2026', author: { unit: '', name: '', post: '' }, opening: [], closing: [], signature: [], date: null, createdAt: 1, updatedAt: 2, revision: 1,
      parts: [{ id: 'a', heading: '抓好基层党建', blocks: [{ kind: 'text', text: '全面推行网格党建，每个网格明确一名党员联系人。' }], children: [] }],
    };
    const pack = { format: 'report-drafter-pack', version: 2, exportedAt: 2, pack: { id: '5b7e2d90-3c4a-4f1e-8a62-9d0c7b1e4f33', name: '街道工作要点', publisher: { unit: '城关街道党政办', name: '王明' }, updatedAt: Date.UTC(2026, 10, 20) }, folder: '工作要点', snippets: [], metrics: [], metricValues: [], problemSets: [], reports: [report] };
    await openFile('街道工作要点.json', JSON.stringify(pack));
    await panel.getByRole('group', { name: '导入资料包' }).getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包“街道工作要点”' }).waitFor();

    await openTab(panel, '报告');
    const list = panel.getByRole('list', { name: '我的报告' });
    await list.getByRole('button', { name: new RegExp(`^打开「${title}」`) }).click();
    await expect(panel.getByRole('note').filter({ hasText: '这份报告来自资料包“街道工作要点”' }).innerText()).resolves.toContain('城关街道党政办 王明');
    expect(await panel.getByLabel('报告标题').isDisabled()).toBe(true);
    expect(await panel.getByRole('button', { name: '写一段文字' }).first().isDisabled()).toBe(true);
    // What it is for stays open: the full text, inserting and the Word file.
    await expect(panel.getByLabel('报告全文预览').innerText()).resolves.toContain('全面推行网格党建');
    expect(await panel.getByRole('button', { name: '插入全文' }).isEnabled()).toBe(true);
    expect(await panel.getByRole('button', { name: '导出 Word' }).isEnabled()).toBe(true);
    // The controls turned off keep their width: nothing sticks out at the narrowest panel.
    const size = panel.viewportSize()!;
    await panel.setViewportSize({ width: 320, height: size.height });
    await expect.poll(() => panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await panel.setViewportSize(size);

    await panel.getByRole('button', { name: '复制一份自己改' }).click();
    await expect.poll(() => panel.getByLabel('报告标题').inputValue()).toBe(`${title}（我的）`);
    expect(await panel.getByLabel('报告标题').isEnabled()).toBe(true);
    expect(await panel.getByRole('note').filter({ hasText: '来自资料包' }).count()).toBe(0);

    await panel.getByRole('button', { name: '← 返回报告列表' }).click();
    await expect.poll(() => list.getByRole('button', { name: /^打开「街道2026年工作要点/ }).count()).toBe(2);
    await list.getByRole('button', { name: new RegExp(`^打开「${title}」`) }).click();
    await panel.getByRole('button', { name: '仍然直接改这一份' }).click();
    expect(await panel.getByLabel('报告标题').isEnabled()).toBe(true);
    await panel.getByRole('button', { name: '← 返回报告列表' }).click();
  });
});

describe('a problem’s set taken from a pack', () => {
  it('keeps its links, owner and deadline as the pack has them until 仍然直接改; which ones to use is still ticked', async () => {
    const snippet = (id: string, title: string, body: string, role: string) => ({ id, title, body, role, folder: '整改', tags: [], favorite: false, useCount: 0, createdAt: 1, updatedAt: 2, lastUsedAt: null, deletedAt: null, source: '', revision: 1 });
    const problem = '问题：台账更新不及时';
    const snippets = [
      snippet('s-p', problem, '部分社区台账更新滞后，数据与实际不符。', 'problem'),
      snippet('s-c', '原因：台账更新不及时', '专人管理责任落实不到位。', 'cause'),
      snippet('s-m', '措施：台账更新不及时', '明确专人每月核对更新一次。', 'measure'),
    ];
    const set = { id: 'ps-1', problemId: 's-p', causeIds: ['s-c'], measureIds: ['s-m'], owner: '街道党政办', deadline: '2026年6月底前', updatedAt: 2, revision: 1 };
    const pack = { format: 'report-drafter-pack', version: 2, exportedAt: 2, pack: { id: '8c2f4e61-7a0b-4d93-b5e8-1f6a3c9d2e70', name: '整改清单', publisher: { unit: '城关街道党政办', name: '王明' }, updatedAt: Date.UTC(2026, 10, 20) }, folder: '整改', snippets, metrics: [], metricValues: [], problemSets: [set], reports: [] };
    await openFile('整改清单.json', JSON.stringify(pack));
    await panel.getByRole('group', { name: '导入资料包' }).getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包“整改清单”' }).waitFor();

    await openTab(panel, '组合');
    await panel.getByRole('checkbox', { name: problem }).check();
    const article = panel.getByRole('article', { name: `问题：${problem}` });
    await expect(article.getByRole('note').innerText()).resolves.toContain('来自资料包“整改清单”');
    expect(await article.getByLabel('责任单位').isDisabled()).toBe(true);
    expect(await article.getByLabel('责任单位').inputValue()).toBe('街道党政办');
    expect(await article.getByRole('button', { name: '取消关联：措施：台账更新不及时' }).isDisabled()).toBe(true);
    const use = article.getByRole('checkbox', { name: '使用：措施：台账更新不及时' });
    await use.uncheck();
    expect(await use.isChecked()).toBe(false);
    await use.check();
    await article.getByRole('button', { name: '仍然直接改' }).click();
    expect(await article.getByLabel('责任单位').isEnabled()).toBe(true);
    expect(await article.getByRole('note').count()).toBe(0);
    await panel.getByRole('checkbox', { name: problem }).uncheck();
  });
});

describe('a metric taken from a pack', () => {
  it('keeps its name, unit and note as the pack has them until 仍然直接改; its values are the writer’s own', async () => {
    const name = '网格走访户数';
    const metric = { id: 'm-1', name, kind: 'value', unit: '户', note: '按街道网格系统统计', tags: [], createdAt: 1, updatedAt: 2, revision: 1 };
    const pack = { format: 'report-drafter-pack', version: 2, exportedAt: 2, pack: { id: '3e9a1c7d-6b2f-4e05-9d18-a4c0f7b25e61', name: '网格指标', publisher: { unit: '城关街道党政办', name: '王明' }, updatedAt: Date.UTC(2026, 10, 20) }, folder: '', snippets: [], metrics: [metric], metricValues: [], problemSets: [], reports: [] };
    await openFile('网格指标.json', JSON.stringify(pack));
    await panel.getByRole('group', { name: '导入资料包' }).getByRole('button', { name: '导入资料包' }).click();
    await status().filter({ hasText: '已导入资料包“网格指标”' }).waitFor();

    await openTab(panel, '指标');
    await panel.getByLabel('搜索指标').fill(name);
    const value = panel.getByLabel(`${name}的数值`, { exact: true });
    await value.fill('1200');
    await value.press('Enter');
    await expect.poll(() => value.inputValue()).toBe('1200');
    await panel.getByRole('button', { name: `编辑指标${name}` }).click();
    const form = panel.getByRole('form', { name: '编辑指标' });
    await expect(form.getByRole('note').innerText()).resolves.toContain('来自资料包“网格指标”');
    expect(await form.getByRole('textbox').first().isDisabled()).toBe(true);
    expect(await form.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await form.getByRole('button', { name: '仍然直接改这个指标' }).click();
    expect(await form.getByRole('textbox').first().isEnabled()).toBe(true);
    await form.getByRole('button', { name: '取消' }).click();
    await panel.getByLabel('搜索指标').fill('');
  });
});

describe('trash', () => {
  it('a deleted snippet waits in 回收站 and can be restored or deleted for good', async () => {
    const live = await libraryCount();
    const title = await deleteFirstSnippet();

    await panel.getByRole('tab', { name: '回收站' }).click();
    const trash = panel.getByRole('list', { name: '回收站中的片段' });
    await expect(trash.innerText()).resolves.toContain('30 天后删除');
    await panel.getByRole('button', { name: `恢复「${title}」` }).click();
    await status().filter({ hasText: `已恢复「${title}」` }).waitFor();
    expect(await libraryCount()).toBe(live);

    await panel.getByRole('tab', { name: '片段' }).click();
    await panel.getByRole('list', { name: '片段列表' }).getByRole('button', { name: title }).first().click();
    await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: '删除' }).click();
    await panel.getByRole('tab', { name: '回收站' }).click();
    await panel.getByRole('button', { name: `永久删除「${title}」` }).click();
    await panel.getByRole('alertdialog', { name: '确认永久删除' }).getByRole('button', { name: '取消' }).click();
    await expect(trash.innerText()).resolves.toContain(title);
    await panel.getByRole('button', { name: `永久删除「${title}」` }).click();
    await panel.getByRole('alertdialog', { name: '确认永久删除' }).getByRole('button', { name: '确定删除' }).click();
    await panel.getByText('回收站是空的。').waitFor();
  });
});

describe('revision history', () => {
  it('an edit keeps the words before it; 恢复此版本 puts them back, and that can be undone', async () => {
    await createSnippet(panel, { title: '历史版本测试', body: '第一稿的文字。' });
    await selectSnippet(panel, '历史版本测试');
    const detail = panel.getByRole('article', { name: '片段：历史版本测试' });
    await detail.getByRole('button', { name: '编辑' }).click();
    await panel.getByLabel(/^正文/).fill('第二稿的文字。');
    await panel.getByRole('button', { name: '保存' }).click();
    await status().filter({ hasText: '已保存「历史版本测试」' }).waitFor();
    await expect(detail.getByLabel('预览').innerText()).resolves.toBe('第二稿的文字。');

    await detail.getByRole('button', { name: '历史版本' }).click();
    const history = detail.getByRole('region', { name: '历史版本' });
    await history.getByRole('button', { name: /^恢复 .* 之前的版本$/ }).click();
    await status().filter({ hasText: '已恢复到' }).waitFor();
    await expect.poll(() => detail.getByLabel('预览').innerText()).toBe('第一稿的文字。');
    await expect.poll(() => history.getByRole('button', { name: /^恢复 .* 之前的版本$/ }).count()).toBe(2);

    await status().getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => detail.getByLabel('预览').innerText()).toBe('第二稿的文字。');
  });
});
