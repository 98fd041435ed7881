// The browser the panel measures run in: the system Chromium with the built extension and, beside
// it, a fixture extension (scripts/bench/floor-extension) for the browser's own floors; the library
// seeded into the extension's IndexedDB; the real side panel opened and closed as toolbar clicks do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { connectCdp, watchPanels } from './cdp.mjs';
import * as inpage from './inpage.mjs';
import { browserEnv, extensionArgs } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.mjs';

export const sleep = (t) => new Promise((r) => setTimeout(r, t));
const now = () => performance.timeOrigin + performance.now();

/** Starts the browser, seeds the library; everything a measure drives is on the returned object. */
export async function startSession({ executablePath, extensionDir, data, domain, log, fmt }) {
  const profile = await mkdtemp(join(tmpdir(), 'drafter-bench-'));
  const debugPort = 9500 + Math.floor(Math.random() * 400);
  const server = await serveStatic({ '/': 'scripts/bench/pages' });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // --headless=new comes from extensionArgs
    // Beside ours, a fixture extension whose content script is empty: the per-frame floor.
    args: extensionArgs(`${extensionDir},${resolve('scripts/bench/floor-extension')}`, { debugPort }),
    viewport: { width: 1000, height: 800 },
    locale: 'zh-CN',
    // The panel speaks the browser's UI language (English where Chromium lacks Chinese locale files): the
    // steps below find its controls by their place, not their words.
    env: browserEnv('zh-CN'),
  });
  context.setDefaultTimeout(30_000);
  const session = { context, server };
  session.close = async () => {
    session.cdp?.close();
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await setUp(session, { debugPort, data, domain, log, fmt });
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

async function setUp(session, { debugPort, data, domain, log, fmt }) {
  const { context, server } = session;
  const workerOf = async (file) =>
    context.serviceWorkers().find((w) => w.url().endsWith(file)) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(file) }));
  const extensionId = new URL((await workerOf('/background.js')).url()).host;
  const floorId = new URL((await workerOf('/floor-worker.js')).url()).host;
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  session.extensionId = extensionId;
  session.floorId = floorId;
  session.chromiumVersion = context.browser()?.version() ?? '?';

  // Seed: the panel page (as a tab) lets Dexie create its schema, then every row is replaced with
  // the generated library through raw IndexedDB (settings say the sample library was offered).
  const seedTab = await context.newPage();
  await seedTab.goto(panelUrl);
  await seedTab.waitForSelector('#snippet-list li, .empty');
  const seeded = await seedTab.evaluate(inpage.replaceRows, {
    // Written past Dexie, so each row gets the derived order key its hooks would have given it.
    snippets: data.snippets.map((s) => ({ ...s, orderKey: domain.storedOrderKey(s) })),
    metrics: data.metrics,
    metricValues: data.metricValues,
    settings: data.settings,
  });
  await seedTab.close();
  log(`seeded IndexedDB '${'report-drafter'}': ${Object.entries(seeded.counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);

  // An extension page with no app in it, for the raw-read floor and the import parse.
  const blank = await context.newPage();
  await blank.goto(`chrome-extension://${extensionId}/manifest.json`);
  // The web page the panel inserts into (later the page of iframes).
  const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  await page.goto(`${server.url}/insert.html`);
  await page.bringToFront();
  session.blank = blank;
  session.page = page;

  const cdp = await connectCdp(debugPort);
  session.cdp = cdp;
  // Both floor pages (floor-panel.html, floor-assets.html): which one opens is set per run.
  const floorPanelUrl = `chrome-extension://${floorId}/floor-`;
  const floorWorker = await workerOf('/floor-worker.js');
  /** Which page the plain panel shows next time it opens. */
  session.setFloorPage = (path) => floorWorker.evaluate((p) => globalThis.chrome.sidePanel.setOptions({ path: p }), path);
  const panels = await watchPanels(cdp, [panelUrl, floorPanelUrl], inpage.call(inpage.panelInitScript, data.snippets.filter((s) => s.deletedAt === null).length));
  session.panels = panels;
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error('no tab target for the web page');

  /** Opens the real side panel as the toolbar button does; resolves with its CDP session and timings. */
  session.openPanel = async (id = extensionId) => {
    const t0 = now();
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    const panel = await panels.next();
    const url = id === extensionId ? panelUrl : floorPanelUrl;
    const open = await cdp.evaluateWhenReady(panel.sessionId, `location.href.startsWith(${JSON.stringify(url)}) && window.__benchOpen`, 'window.__benchOpen');
    return { ...panel, t0, open, fromClick: open.origin + open.frame - t0, fromNavigation: open.frame };
  };
  /** After openPanel: when the list held the whole library (ms from the toolbar click). */
  session.wholeLibrary = async (panel) => {
    // Rows say aria-setsize only in a windowed list: a library too small for that never signals.
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 15_000));
    const done = await Promise.race([cdp.evaluateWhenReady(panel.sessionId, 'window.__benchComplete', 'window.__benchComplete'), timeout]);
    return done ? done.origin + done.frame - panel.t0 : NaN;
  };
  /** Closes the panel (a second toolbar click) and waits until it is gone. */
  session.closePanel = async (panel, id = extensionId) => {
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    for (let i = 0; i < 100; i++) {
      const { targetInfos: all } = await cdp.send('Target.getTargets');
      if (!all.some((t) => t.targetId === panel.targetId)) return;
      await sleep(30);
    }
    await cdp.send('Target.closeTarget', { targetId: panel.targetId }).catch(() => undefined);
  };
  /** Runs an inpage.mjs function in the panel with JSON arguments. */
  session.inPanel = (panel, fn, ...args) => cdp.evaluate(panel.sessionId, inpage.call(fn, ...args));
  /**
   * Waits until the page's main thread ran tasks for under 5% of each of two seconds in a row (or
   * 30 s passed); returns how long that took. Two, so a pause between two slices of work is not taken for the end.
   */
  session.untilIdle = async (sessionId) => {
    await cdp.send('Performance.enable', {}, sessionId);
    const busy = async () => (await cdp.send('Performance.getMetrics', {}, sessionId)).metrics.find((m) => m.name === 'TaskDuration').value;
    const t0 = now();
    let before = await busy();
    for (let quiet = 0; quiet < 2 && now() - t0 < 30_000; ) {
      await sleep(1000);
      const after = await busy();
      quiet = after - before < 0.05 ? quiet + 1 : 0;
      before = after;
    }
    await cdp.send('Performance.disable', {}, sessionId);
    return now() - t0;
  };
}
