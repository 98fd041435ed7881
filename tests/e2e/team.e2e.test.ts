// 单位共享 in two real browsers, each with its own profile, and a real WebDAV server on 127.0.0.1
// (Apache httpd with mod_dav, tests/support/webdav-server.ts): the office publishes a folder, a
// colleague subscribes, the office changes an item and publishes again, the colleague's panel says
// so when it opens and takes the new version in; publishing over a newer version is refused.
//
// The host permission: 保存设置 calls permissions.request for the server's origin inside a real click
// (Playwright's click is a trusted input event, so the browser sees the user gesture). The
// extension already holds <all_urls> for insertion, so Chromium grants it without showing its
// question; a user who limited the extension's site access gets the question instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FILE_NAME } from '../../lib/team/server.ts';
import { startWebdavServer, type WebdavServer } from '../support/webdav-server.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/browser.ts';
import { isNetwork, NetworkRecorder } from './security/network.ts';
import { openTab } from './support/panel.ts';

let server: WebdavServer;
let office: ExtensionBrowser;
let colleague: ExtensionBrowser;
let officePanel: Page;
let colleaguePanel: Page;
/** Every request of every target of the colleague's browser (tests/e2e/security/network.ts). */
let colleagueNetwork: NetworkRecorder;

const DRIVE_FOLDER = '办公室';
const TITLE = '统一口径：基层减负';
const FIRST = '坚持把基层减负作为转变作风的重要抓手。';
const SECOND = '坚持把基层减负作为转变作风的重要抓手，持续精简文件会议。';
const LOCAL_EDIT = '坚持把基层减负作为转变作风的重要抓手。（本科室补充：每月通报一次。）';

async function openPanel(browser: ExtensionBrowser): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('list', { name: '片段列表' }).getByRole('listitem').nth(3).waitFor();
  return panel;
}

beforeAll(async () => {
  server = await startWebdavServer();
  office = await launchExtensionBrowser();
  colleague = await launchExtensionBrowser();
  colleagueNetwork = await NetworkRecorder.start(colleague.context);
  officePanel = await openPanel(office);
  colleaguePanel = await openPanel(colleague);
});
afterAll(async () => {
  colleagueNetwork?.close();
  await office?.close();
  await colleague?.close();
  await server?.stop();
});

/** What the colleague's extension (panel, its workers, the service worker) sent over the network. */
const colleagueRequests = () =>
  colleagueNetwork.requests
    .filter((r) => r.targetUrl.startsWith(`chrome-extension://${colleague.extensionId}/`) || r.targetType === 'service_worker')
    .filter((r) => isNetwork(r.url, colleague.extensionId))
    .map((r) => r.url);

const team = (panel: Page) => panel.getByRole('region', { name: '单位共享' });
const packOnServer = () => JSON.parse(readFileSync(join(server.root, DRIVE_FOLDER, PACK_FILE_NAME), 'utf8')) as { snippets: { title: string; body: string }[] };

async function setUpDrive(panel: Page): Promise<void> {
  await openTab(panel, '备份');
  const section = team(panel);
  await section.getByLabel('网盘地址（向信息科要）').fill(server.url);
  await section.getByLabel('网盘里的文件夹').fill(DRIVE_FOLDER);
  await section.getByLabel('账号').fill(server.user);
  await section.getByLabel('密码').fill(server.password);
  await section.getByRole('button', { name: '保存设置' }).click();
  await section.getByText('已保存。浏览器只允许本助手连接这一个网盘。').waitFor();
}

/** Opens the snippet of exactly this title (another title may start with it: 「…（导入）」). */
async function selectSnippet(panel: Page, title: string): Promise<void> {
  await openTab(panel, '片段');
  await panel.getByRole('list', { name: '片段列表' }).locator(`button[title="${title}"]`).click();
  await panel.getByRole('article', { name: `片段：${title}` }).waitFor();
}

/** `fromPack`: a snippet taken from a pack is not edited in place unless the user says so. */
async function editBody(panel: Page, title: string, body: string, fromPack = false): Promise<void> {
  await selectSnippet(panel, title);
  await panel.getByRole('article', { name: `片段：${title}` }).getByRole('button', { name: fromPack ? '仍然直接改这一条' : '编辑', exact: true }).click();
  await panel.getByLabel(/^正文/).fill(body);
  await panel.getByRole('button', { name: '保存' }).click();
  await panel.getByRole('status').filter({ hasText: `已保存「${title}」` }).waitFor();
}

/**
 * The bodies of the `count` snippets of exactly this title, sorted (keeping both leaves two of one
 * title). Waits until the list shows that many: right after the tab opens it may not have drawn its
 * rows yet, and counting then would read an empty list.
 */
async function bodiesOf(panel: Page, title: string, count: number): Promise<string[]> {
  await openTab(panel, '片段');
  const rows = panel.getByRole('list', { name: '片段列表' }).locator(`button[title="${title}"]`);
  await expect.poll(() => rows.count()).toBe(count);
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    await rows.nth(i).click();
    bodies.push(await panel.getByRole('article', { name: `片段：${title}` }).getByLabel('预览').innerText());
  }
  return bodies.sort();
}

async function bodyOf(panel: Page, title: string): Promise<string> {
  await selectSnippet(panel, title);
  return panel.getByRole('article', { name: `片段：${title}` }).getByLabel('预览').innerText();
}

async function publish(panel: Page, folder: string): Promise<void> {
  await openTab(panel, '备份');
  await team(panel).getByLabel('要发布的文件夹').selectOption(folder);
  await team(panel).getByRole('button', { name: '发布本机的词库' }).click();
}

/** Apache's ETag stays weak for a second after a write (lib/team/webdav.ts); people are slower. */
const aSecond = () => new Promise((r) => setTimeout(r, 1100));

describe('单位共享 through a real WebDAV server', () => {
  it('shows no drive buttons before a drive is set up', async () => {
    await openTab(officePanel, '备份');
    await team(officePanel).getByRole('button', { name: '保存设置' }).waitFor();
    expect(await team(officePanel).getByRole('button', { name: '发布本机的词库' }).count()).toBe(0);
  });

  it('the office publishes one folder; a colleague downloads it into the same preview as a pack file and imports it', async () => {
    await openTab(officePanel, '片段');
    await officePanel.getByRole('button', { name: '新建片段' }).click();
    await officePanel.getByLabel('标题').fill(TITLE);
    await officePanel.getByLabel(/^正文/).fill(FIRST);
    await officePanel.getByLabel('文件夹', { exact: true }).fill('单位规范');
    await officePanel.getByRole('button', { name: '保存' }).click();
    await officePanel.getByRole('status').filter({ hasText: `已保存「${TITLE}」` }).waitFor();

    await setUpDrive(officePanel);
    await publish(officePanel, '单位规范');
    await officePanel.getByRole('status').filter({ hasText: '已发布到单位网盘：1 个片段。' }).waitFor();
    expect(packOnServer().snippets.map((s) => [s.title, s.body])).toEqual([[TITLE, FIRST]]);

    // Opened, looked at 备份, no drive yet: the colleague's extension has asked no address at all.
    await openTab(colleaguePanel, '备份');
    expect(colleagueRequests()).toEqual([]);
    await setUpDrive(colleaguePanel);
    await team(colleaguePanel).getByRole('button', { name: '下载并导入' }).click();
    const preview = team(colleaguePanel).getByRole('group', { name: '导入资料包' });
    await expect.poll(() => preview.innerText()).toMatch(new RegExp(`新增 1 条：\\s*片段“${TITLE}”`));
    await preview.getByRole('button', { name: '导入资料包' }).click();
    await colleaguePanel.getByRole('status').filter({ hasText: '已导入资料包“单位规范”：新增 1 条' }).waitFor();
    expect(await bodyOf(colleaguePanel, TITLE)).toBe(FIRST);

    await openTab(colleaguePanel, '备份');
    await team(colleaguePanel).getByRole('button', { name: '检查更新' }).click();
    await team(colleaguePanel).getByText('网盘上的资料和你上次下载或发布的一样，没有更新。').waitFor();
  });

  it('the office changes the item and publishes again; the colleague sees the update when the panel opens, and keeps their own edit', async () => {
    await editBody(colleaguePanel, TITLE, LOCAL_EDIT, true);
    await editBody(officePanel, TITLE, SECOND);
    await aSecond();
    await publish(officePanel, '单位规范');
    await officePanel.getByRole('status').filter({ hasText: '已发布到单位网盘：1 个片段。' }).waitFor();
    expect(packOnServer().snippets[0]!.body).toBe(SECOND);

    // Publishing from the colleague's older version now would replace the office's: refused, nothing lost.
    await publish(colleaguePanel, '单位规范');
    await expect.poll(() => team(colleaguePanel).getByRole('alert').innerText()).toContain('同事又发布了新的');
    expect(packOnServer().snippets[0]!.body).toBe(SECOND);
    expect(await bodyOf(colleaguePanel, TITLE)).toBe(LOCAL_EDIT);

    // Opening the panel checks once (a conditional GET) and says, above the library, there is something new.
    await colleaguePanel.reload();
    await colleaguePanel.getByText('单位网盘上有新的资料。').waitFor();
    await colleaguePanel.getByRole('button', { name: '去“备份”里下载' }).click();
    await team(colleaguePanel).getByText('单位网盘上有新的资料，可以点“下载并导入”。').waitFor();
    await team(colleaguePanel).getByRole('button', { name: '下载并导入' }).click();
    const preview = team(colleaguePanel).getByRole('group', { name: '导入资料包' });
    await expect.poll(() => preview.innerText()).toContain(TITLE);

    // Both sides changed the item: the colleague's edit is never overwritten silently; keeping both
    // is the default, and the office's new wording arrives beside it.
    const choice = preview.getByRole('radiogroup', { name: `对“${TITLE}”怎么办` });
    expect(await choice.getByRole('radio', { name: /^保留两份/ }).isChecked()).toBe(true);
    await preview.getByRole('button', { name: '导入资料包' }).click();
    await colleaguePanel.getByRole('status').filter({ hasText: '保留两份 1 条' }).waitFor();
    expect(await bodiesOf(colleaguePanel, TITLE, 2)).toEqual([LOCAL_EDIT, SECOND].sort());

    await openTab(colleaguePanel, '备份');
    await team(colleaguePanel).getByRole('button', { name: '检查更新' }).click();
    await team(colleaguePanel).getByText('网盘上的资料和你上次下载或发布的一样，没有更新。').waitFor();
    await colleaguePanel.reload();
    await colleaguePanel.getByRole('list', { name: '片段列表' }).getByRole('listitem').nth(3).waitFor();
    expect(await colleaguePanel.getByText('单位网盘上有新的资料。').count()).toBe(0);
  });

  it('a wrong password says so in words, and the drive is not touched', async () => {
    const section = team(officePanel);
    await openTab(officePanel, '备份');
    await section.getByLabel('密码').fill('不对的密码');
    await section.getByRole('button', { name: '保存设置' }).click();
    await section.getByText('已保存。浏览器只允许本助手连接这一个网盘。').waitFor();
    await section.getByRole('button', { name: '发布本机的词库' }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toContain('网盘不认这个账号或密码');
    expect(packOnServer().snippets[0]!.body).toBe(SECOND);
  });

  it('the colleague\'s extension reached the drive it was given, and no other address', () => {
    const requests = colleagueRequests();
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
  });

  it('停用单位共享 forgets the drive: the next opening of the panel asks nothing', async () => {
    await openTab(colleaguePanel, '备份');
    await team(colleaguePanel).getByRole('button', { name: '停用单位共享' }).click();
    await team(colleaguePanel).getByText(/^已停用单位共享/).waitFor();
    await expect(team(colleaguePanel).getByLabel('网盘地址（向信息科要）').inputValue()).resolves.toBe('');
    const before = colleagueRequests().length;
    await colleaguePanel.reload();
    await openTab(colleaguePanel, '备份');
    await team(colleaguePanel).getByRole('button', { name: '保存设置' }).waitFor();
    expect(await team(colleaguePanel).getByRole('button', { name: '下载并导入' }).count()).toBe(0);
    expect(colleagueRequests().length).toBe(before);
  });
});
