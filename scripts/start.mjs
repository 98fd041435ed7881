// `npm start`: build the extension, then open the system Chromium with it loaded, the demo page of
// editors, and the real side panel beside it (as a toolbar click would open it).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserEnv, extensionArgs, findChromium, NO_CHROMIUM_MESSAGE } from './lib/chromium.mjs';
import { run } from './lib/run.mjs';
import { serveStatic } from './lib/serve.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
if ((await run('npx', ['wxt', 'build'])) !== 0) process.exit(1);

const outDir = process.env.DRAFTER_OUT_DIR || '.output';
const extensionDir = resolve(outDir, 'chrome-mv3');
const profile = resolve(outDir, 'start-profile'); // kept between runs, so the library stays
mkdirSync(profile, { recursive: true });
// The real UEditor 1.4.3 front end (a devDependency), which the demo page loads on request.
const server = await serveStatic({ '/demo/': 'demo', '/vendor/ueditor/': 'node_modules/ueditor/example/public/ueditor' }, Number(process.env.DEMO_PORT ?? 0));
const debugPort = 9222 + Math.floor(Math.random() * 200);
const headless = process.env.HEADLESS === '1' || (!process.env.DISPLAY && process.platform === 'linux');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  // The panel speaks the browser's language: Chinese unless DRAFTER_LANG says otherwise (e.g. en).
  args: extensionArgs(extensionDir, { headless, debugPort, lang: process.env.DRAFTER_LANG || 'zh-CN' }),
  env: browserEnv(process.env.DRAFTER_LANG || 'zh-CN'),
  viewport: null,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.url}/demo/index.html`);

// Open the side panel the way the toolbar button does.
try {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
} catch {
  // Older browsers: open the panel page as a tab instead.
  await (await context.newPage()).goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.bringToFront();
}

console.log(`\n写材料助手已启动 · Report Drafter is running`);
console.log(`  演示页 Demo page: ${server.url}/demo/index.html`);
console.log(`  扩展 Extension id: ${extensionId}${headless ? '  (headless: no display found)' : ''}`);
console.log('  关闭浏览器或按 Ctrl+C 退出 · Close the browser or press Ctrl+C to stop.');

const stop = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
