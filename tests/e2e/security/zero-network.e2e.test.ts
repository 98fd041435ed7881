// Zero network: a whole working session — the real side panel, a .docx import (parsed in the
// panel's worker), a snippet written, an insertion into a web page, a backup exported — while
// every request of every target (the extension's service worker, its panel and worker, the web
// page and its frames) is recorded over CDP. The extension makes none: only its own files load.
// Internal material never leaves the machine; no analytics, no fonts or scripts from a CDN.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/browser.ts';
import { clickInsert, createSnippet, selectSnippet } from '../support/panel.ts';
import { isNetwork, NetworkRecorder } from './network.ts';
import { fixturePath } from '../../support/fixtures.ts';

let browser: ExtensionBrowser;
let recorder: NetworkRecorder;
let page: Page;
let panel: Page;
const CANARY = '/pages/canary-from-the-service-worker';

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  recorder = await NetworkRecorder.start(browser.context);
  page = await browser.context.newPage();
  await page.goto(`${inject('pagesUrl')}/demo/index.html`);
  await page.locator('#textarea').click();
  panel = await browser.openSidePanel(page);
  // Load the panel again now that it is watched from its very first request.
  await panel.reload();
  await panel.getByRole('tab', { name: '片段' }).waitFor();
});
afterAll(async () => {
  recorder?.close();
  await browser?.close();
});

describe('a full session', () => {
  it('imports a .docx, writes a snippet, inserts it, exports a backup', async () => {
    await panel.getByRole('tab', { name: '导入' }).click();
    await panel.getByLabel('选择文件（文本文件、Word 文档或保存下来的网页）').setInputFiles(fixturePath('seed-report-party-building.docx'));
    await panel.getByRole('heading', { name: '检查后导入' }).waitFor();
    await panel.getByRole('button', { name: /^导入所选的/ }).click();
    await panel.getByRole('status').filter({ hasText: '已导入' }).waitFor();

    await createSnippet(panel, { title: '内部材料', body: '本段只在本机：全年召开专题会议12次。' });
    await selectSnippet(panel, '内部材料');
    await page.locator('#textarea').click();
    expect(await clickInsert(panel)).toContain('已插入');
    expect(await page.locator('#textarea').inputValue()).toContain('本段只在本机');

    await panel.getByRole('tab', { name: '备份' }).click();
    await panel.getByRole('button', { name: '导出备份文件' }).click();
    await panel.getByRole('status').filter({ hasText: '已导出备份' }).waitFor();
  });

  it('the recorder saw every kind of target, and a request made from the service worker', async () => {
    const id = browser.extensionId;
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`))!;
    await worker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${inject('pagesUrl')}${CANARY}`);
    await expect.poll(() => recorder.requests.some((r) => r.url.endsWith(CANARY) && r.targetType === 'service_worker')).toBe(true);
    expect(recorder.requests.some((r) => r.targetUrl.startsWith(`chrome-extension://${id}/sidepanel.html`) && r.url.startsWith(`chrome-extension://${id}/`))).toBe(true);
    expect(recorder.requests.some((r) => r.url.startsWith(`${inject('pagesUrl')}/demo/`))).toBe(true);
  });

  it('no request by the extension left it: only its own files, data: and blob:', () => {
    const id = browser.extensionId;
    const fromExtension = recorder.requests.filter((r) => r.targetUrl.startsWith(`chrome-extension://${id}/`) || r.targetType === 'service_worker');
    expect(fromExtension.length).toBeGreaterThan(0);
    const offending = fromExtension.filter((r) => isNetwork(r.url, id) && !r.url.endsWith(CANARY));
    expect(offending).toEqual([]);
  });

  it('the web page made only its own requests: the content script and insertion script fetch nothing', () => {
    const server = new URL(inject('pagesUrl'));
    const fromPages = recorder.requests.filter((r) => !r.targetUrl.startsWith('chrome-extension://') && r.targetType !== 'service_worker');
    const elsewhere = fromPages.filter((r) => !r.url.startsWith('chrome://') && !r.url.startsWith('data:') && new URL(r.url).host !== server.host);
    expect(elsewhere).toEqual([]);
    // What the demo page itself loads; nothing the extension could have added (no extension URL either).
    expect(fromPages.filter((r) => r.url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
