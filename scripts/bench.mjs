// `npm run bench`: the performance budgets, measured in the system Chromium with the built extension
// and the REAL side panel (opened as a toolbar click opens it). Prints one line per figure with the
// budget or floor it is compared to; asserts nothing and exits 0 even when a figure is OVER.
//
//   npm run bench                      full sizes (10,000 snippets, 2,000 metrics × 5 periods), ≥ 5 runs
//   npm run bench -- --smoke           small sizes, 2 runs: keeps the benchmark working (CI)
//   npm run bench -- --write-readme    also writes the figures into README.md (bench markers)
//   npm run bench -- --prebuilt        use the extension already built in DRAFTER_OUT_DIR
//   npm run bench -- --runs 7          more runs
//   npm run bench -- --profile         also CPU-profile one panel open (artifacts/bench-panel-open.cpuprofile)
//
// Builds into DRAFTER_OUT_DIR (default .output-bench). Network: 127.0.0.1 only.
/* global window -- only inside functions that page.evaluate runs in the browser */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildExtension, buildRealm } from './bench/build.mjs';
import { connectCdp, hasWebSocket, watchPanels } from './bench/cdp.mjs';
import { INSERT_MARKER, INSERT_TITLE, insertBody, library, report, validate } from './bench/data.mjs';
import * as inpage from './bench/inpage.mjs';
import { writeReadme } from './bench/readme.mjs';
import { mainThreadBreakdown, summarise } from './bench/profile.mjs';
import { contentScriptSize, panelBundle } from './bench/sizes.mjs';
import { figure, kb, line, mb, median, ms } from './bench/stats.mjs';
import { browserEnv, extensionArgs, findChromium, NO_CHROMIUM_MESSAGE } from './lib/chromium.mjs';
import { serveStatic } from './lib/serve.mjs';

// The panel is watched over the browser's own WebSocket: Node 20 needs a flag for it.
if (!hasWebSocket()) {
  const child = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg !== -1 ? Math.max(1, Number(argv[runsArg + 1])) : smoke ? 2 : 5;
const SIZES = smoke
  ? { snippets: 300, metrics: 60, periods: 5, importChars: 10_000, searchReps: 1, indexReps: 3, renderSnippets: 100 }
  : { snippets: 10_000, metrics: 2_000, periods: 5, importChars: 100_000, searchReps: 10, indexReps: 20, renderSnippets: 1_000 };
const outDir = process.env.DRAFTER_OUT_DIR || '.output-bench';
const started = Date.now();
const loadStart = loadavg()[0];
const figures = [];
const notes = [];
const log = (text) => console.log(`  · ${text}`);
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const now = () => performance.timeOrigin + performance.now();
const fmt = (n) => n.toLocaleString('en-US');

function add(spec) {
  const f = figure(spec);
  figures.push(f);
  console.log(line(f));
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log(`▶ bench${smoke ? ' --smoke' : ''}: ${fmt(SIZES.snippets)} snippets, ${fmt(SIZES.metrics)} metrics × ${SIZES.periods} periods, ${RUNS} runs`);
const extensionDir = await buildExtension(outDir, { prebuilt: argv.includes('--prebuilt') });
const realm = await buildRealm(outDir);
const realmCode = await readFile(realm.browser, 'utf8');
const domain = await import(resolve(realm.node));
const data = validate(library(SIZES), domain);
log(`generated and checked against lib/domain/schemas.ts: ${fmt(data.snippets.length)} snippets, ${fmt(data.metrics.length)} metrics, ${fmt(data.metricValues.length)} values`);

// ── Sizes (from the built files) ──────────────────────────────────────────────────────────────
console.log('\n— sizes');
const cs = contentScriptSize(extensionDir);
add({ name: 'content script, minified', value: cs.raw, format: kb, limit: 15_000, budget: '≤ 15 kB', note: `${kb(cs.gzip)} gzipped; ${cs.files.join(', ')}` });
const bundle = panelBundle(extensionDir);
add({
  name: 'side panel initial load, minified + gzipped',
  value: bundle.gzip,
  format: kb,
  limit: 250_000,
  budget: '≤ 250 kB',
  note: `${kb(bundle.raw)} minified; ${bundle.initial.map((r) => `${r.file.replace(/^chunks\//, '')} ${kb(r.gzip)}`).join(', ')}`,
});
if (bundle.lazy.length) log(`loaded later (dynamic import): ${bundle.lazy.map((r) => `${r.file.replace(/^chunks\//, '')} ${kb(r.raw)} (${kb(r.gzip)} gz)`).join(', ')}`);

// ── The browser ─────────────────────────────────────────────────────────────────────────────
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
let cdp;
try {
  const workerOf = async (file) =>
    context.serviceWorkers().find((w) => w.url().endsWith(file)) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(file) }));
  const extensionId = new URL((await workerOf('/background.js')).url()).host;
  const floorId = new URL((await workerOf('/floor-worker.js')).url()).host;
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  const chromiumVersion = context.browser()?.version() ?? '?';

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
  const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  await page.goto(`${server.url}/insert.html`);
  await page.bringToFront();

  cdp = await connectCdp(debugPort);
  // Both floor pages (floor-panel.html, floor-assets.html): which one opens is set per run.
  const floorPanelUrl = `chrome-extension://${floorId}/floor-`;
  const floorWorker = await workerOf('/floor-worker.js');
  const floorPage = (path) => floorWorker.evaluate((p) => globalThis.chrome.sidePanel.setOptions({ path: p }), path);
  const panels = await watchPanels(cdp, [panelUrl, floorPanelUrl], inpage.call(inpage.panelInitScript, data.snippets.filter((s) => s.deletedAt === null).length));
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error('no tab target for the web page');

  /** Opens the real side panel as the toolbar button does; resolves with its CDP session and timings. */
  async function openPanel(id = extensionId) {
    const t0 = now();
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    const panel = await panels.next();
    const url = id === extensionId ? panelUrl : floorPanelUrl;
    const open = await cdp.evaluateWhenReady(panel.sessionId, `location.href.startsWith(${JSON.stringify(url)}) && window.__benchOpen`, 'window.__benchOpen');
    return { ...panel, t0, open, fromClick: open.origin + open.frame - t0, fromNavigation: open.frame };
  }
  /** After openPanel: when the list held the whole library (ms from the toolbar click). */
  async function wholeLibrary(panel) {
    // Rows say aria-setsize only in a windowed list: a library too small for that never signals.
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 15_000));
    const done = await Promise.race([cdp.evaluateWhenReady(panel.sessionId, 'window.__benchComplete', 'window.__benchComplete'), timeout]);
    return done ? done.origin + done.frame - panel.t0 : NaN;
  }
  /** Closes the panel (a second toolbar click) and waits until it is gone. */
  async function closePanel(panel, id = extensionId) {
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    for (let i = 0; i < 100; i++) {
      const { targetInfos: all } = await cdp.send('Target.getTargets');
      if (!all.some((t) => t.targetId === panel.targetId)) return;
      await sleep(30);
    }
    await cdp.send('Target.closeTarget', { targetId: panel.targetId }).catch(() => undefined);
  }
  const inPanel = (panel, fn, ...args) => cdp.evaluate(panel.sessionId, inpage.call(fn, ...args));
  /**
   * Waits until the page's main thread ran tasks for under 5% of each of two seconds in a row (or
   * 30 s passed); returns how long that took. Two, so a pause between two slices of work is not taken for the end.
   */
  async function untilIdle(sessionId) {
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
  }

  // ── Panel open → interactive, beside the raw read ──────────────────────────────────────────
  console.log(`\n— side panel open → interactive (${fmt(SIZES.snippets)} snippets, ${fmt(data.metricValues.length)} metric values)`);
  const stores = ['snippets', 'metrics', 'metricValues'];
  const cold = await openPanel();
  await closePanel(cold);
  log(`first open after browser start (cold, not counted): ${ms(cold.fromClick)}`);
  if (argv.includes('--profile')) {
    // One more open, with the CPU profiler started before the panel's document runs (not counted).
    panels.beforeNextResume(async (sessionId) => {
      await cdp.send('Profiler.enable', {}, sessionId);
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 }, sessionId);
      await cdp.send('Profiler.start', {}, sessionId);
    });
    const profiled = await openPanel();
    const { profile: cpu } = await cdp.send('Profiler.stop', {}, profiled.sessionId);
    mkdirSync('artifacts', { recursive: true });
    writeFileSync('artifacts/bench-panel-open.cpuprofile', JSON.stringify(cpu));
    const summary = summarise(cpu);
    log(`profile of one open (${ms(profiled.fromClick)}, artifacts/bench-panel-open.cpuprofile), self time by script: ${summary.scripts.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
    for (const [name, time] of summary.functions) log(`    ${ms(time).padStart(9)}  ${name}`);
    await closePanel(profiled);
    // And one more, traced: what the panel's main thread does until the list is painted.
    await context.browser().startTracing(undefined, { categories: ['devtools.timeline', 'v8', 'toplevel', 'loading', 'disabled-by-default-devtools.timeline'] });
    const traced = await openPanel();
    const trace = JSON.parse((await context.browser().stopTracing()).toString('utf8'));
    writeFileSync('artifacts/bench-panel-open.trace.json', JSON.stringify(trace));
    const entry = bundle.initial.find((r) => r.file.endsWith('.js'))?.file ?? 'sidepanel';
    const breakdown = mainThreadBreakdown(trace, entry.replace(/^chunks\//, ''), traced.fromNavigation);
    if (breakdown) {
      log(`trace of one open (${ms(traced.fromNavigation)} from navigation start, artifacts/bench-panel-open.trace.json): main thread busy ${ms(breakdown.busyMs)}, waiting ${ms(breakdown.idleMs)}`);
      for (const [name, time] of breakdown.top) log(`    ${ms(time).padStart(9)}  ${name}`);
    }
    await closePanel(traced);
    // The plain panel, traced the same way: what the browser alone does for an open.
    await context.browser().startTracing(undefined, { categories: ['devtools.timeline', 'v8', 'toplevel', 'loading', 'disabled-by-default-devtools.timeline'] });
    const floorTraced = await openPanel(floorId);
    writeFileSync('artifacts/bench-floor-open.trace.json', (await context.browser().stopTracing()).toString('utf8'));
    log(`trace of one plain-panel open (${ms(floorTraced.fromClick)} from the click): artifacts/bench-floor-open.trace.json`);
    await closePanel(floorTraced, floorId);
  }
  const raw = [];
  const rawSnippets = [];
  const opens = [];
  const fromNav = [];
  const wholes = [];
  const floorOpens = [];
  const floorAssetOpens = [];
  for (let run = 0; run < RUNS; run++) {
    const floor = await blank.evaluate(inpage.rawRead, stores);
    raw.push(floor.time);
    rawSnippets.push((await blank.evaluate(inpage.rawRead, ['snippets'])).time);
    const panel = await openPanel();
    opens.push(panel.fromClick);
    fromNav.push(panel.fromNavigation);
    wholes.push(await wholeLibrary(panel));
    await sleep(300);
    await closePanel(panel);
    const floorPanel = await openPanel(floorId);
    floorOpens.push(floorPanel.fromClick);
    await sleep(100);
    await closePanel(floorPanel, floorId);
    await floorPage('floor-assets.html');
    const assetsPanel = await openPanel(floorId);
    floorAssetOpens.push(assetsPanel.fromClick);
    await sleep(100);
    await closePanel(assetsPanel, floorId);
    await floorPage('floor-panel.html');
  }
  const rawMedian = median(raw);
  add({ name: 'floor: raw IndexedDB open + getAll (same rows)', values: raw, note: 'extension page, 3 stores in one transaction' });
  add({ name: 'floor: the same, snippets store only', values: rawSnippets, note: 'what the library view read at open before the first screen was read through an index' });
  add({ name: 'floor: a plain side panel (search box + 16 static rows, no script)', values: floorOpens, note: 'toolbar click → painted; scripts/bench/floor-extension' });
  add({ name: 'floor: the same panel with one stylesheet and one module script', values: floorAssetOpens, note: 'what fetching files from the extension adds; floor-assets.html' });
  add({
    name: 'panel open → interactive (toolbar click → list painted)',
    values: opens,
    limit: Math.min(150, 2 * rawMedian),
    budget: `≤ 150 ms and ≤ 2× raw = ${ms(2 * rawMedian)}`,
    note: `${(median(opens) / rawMedian).toFixed(1)}× raw; list rows in DOM: ${fmt(cold.open.items)}`,
  });
  add({ name: '  of which: panel navigation start → list painted', values: fromNav });
  add({ name: '  toolbar click → whole library in the list (searchable)', values: wholes, note: 'read in chunks after the first screen is painted' });

  // ── Search per keystroke ────────────────────────────────────────────────────────────────────
  console.log(`\n— search per keystroke (${fmt(SIZES.snippets)} snippets)`);
  const pinyinKeys = ['d', 'dj', 'djz', 'djzt'];
  const chineseKeys = ['党', '党建', '党建专', '党建专题'];
  if (argv.includes('--profile')) {
    // One open traced through its first keystroke (not counted): what that keystroke's frame waits for.
    await context.browser().startTracing(undefined, { categories: ['devtools.timeline', 'blink', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline'] });
    const traced = await openPanel();
    await inPanel(traced, inpage.typeQueries, ['d']);
    await sleep(200);
    mkdirSync('artifacts', { recursive: true });
    writeFileSync('artifacts/bench-first-keystroke.trace.json', (await context.browser().stopTracing()).toString('utf8'));
    await closePanel(traced);
    log('trace of an open and its first keystroke: artifacts/bench-first-keystroke.trace.json');
  }
  const searchPanel = await openPanel();
  // What a user meets first: the first keystroke right after the panel is up.
  const [firstKey] = await inPanel(searchPanel, inpage.typeQueries, ['d']);
  // Not the per-keystroke search budget: the library is still being read, and the panel's modules
  // still arriving. The target is RAIL's for handling input: under 50 ms.
  add({ name: 'first keystroke right after open ("d"), → next frame', value: firstKey.frame, limit: 50, budget: '≤ 50 ms (RAIL input)', note: `DOM commit ${ms(firstKey.dom)}; ${fmt(firstKey.items)} list rows in DOM; ${firstKey.complete ? 'whole library read' : 'first screen only, the rest still being read'}` });
  await inPanel(searchPanel, inpage.typeQueries, ['']);
  await wholeLibrary(searchPanel);
  // Idle-time work (the pinyin keys of 10,000 titles, then throwaway searches) runs in slices
  // between frames; keystrokes are measured once it is done, i.e. once the panel's main thread has
  // been nearly idle for two seconds.
  const settled = await untilIdle(searchPanel.sessionId);
  log(`panel idle ${ms(settled)} after the whole library was in`);
  // Memory at 10k snippets: after the idle work, after a forced GC.
  await cdp.send('HeapProfiler.enable', {}, searchPanel.sessionId).catch(() => undefined);
  await cdp.send('HeapProfiler.collectGarbage', {}, searchPanel.sessionId).catch(() => undefined);
  const heap = await cdp.send('Runtime.getHeapUsage', {}, searchPanel.sessionId);
  const dom = await cdp.send('Memory.getDOMCounters', {}, searchPanel.sessionId).catch(() => ({ nodes: NaN }));
  const samples = { pinyin: [], chinese: [] };
  for (let rep = 0; rep < SIZES.searchReps; rep++) {
    for (const [kind, keys] of [
      ['pinyin', pinyinKeys],
      ['chinese', chineseKeys],
    ]) {
      samples[kind].push(...(await inPanel(searchPanel, inpage.typeQueries, keys)));
      await inPanel(searchPanel, inpage.typeQueries, ['']);
    }
  }
  if (argv.includes('--profile')) {
    // The same keystrokes once more under the CPU profiler (not counted): where a keystroke goes.
    mkdirSync('artifacts', { recursive: true });
    await cdp.send('Profiler.enable', {}, searchPanel.sessionId);
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 }, searchPanel.sessionId);
    await cdp.send('Profiler.start', {}, searchPanel.sessionId);
    for (const keys of [pinyinKeys, chineseKeys, pinyinKeys, chineseKeys]) {
      await inPanel(searchPanel, inpage.typeQueries, keys);
      await inPanel(searchPanel, inpage.typeQueries, ['']);
    }
    const { profile: cpu } = await cdp.send('Profiler.stop', {}, searchPanel.sessionId);
    writeFileSync('artifacts/bench-keystrokes.cpuprofile', JSON.stringify(cpu));
    await context.browser().startTracing(undefined, { categories: ['devtools.timeline', 'blink', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline'] });
    await inPanel(searchPanel, inpage.typeQueries, pinyinKeys);
    await inPanel(searchPanel, inpage.typeQueries, ['']);
    writeFileSync('artifacts/bench-keystrokes.trace.json', (await context.browser().stopTracing()).toString('utf8'));
    const summary = summarise(cpu, 25);
    log(`profile of 40 keystrokes (artifacts/bench-keystrokes.cpuprofile), self time by function:`);
    for (const [name, time] of summary.functions) log(`    ${ms(time).padStart(9)}  ${name}`);
  }
  for (const [kind, label] of [
    ['pinyin', `pinyin initials ${pinyinKeys.join('→')}`],
    ['chinese', `Chinese ${chineseKeys.join('→')}`],
  ]) {
    const list = samples[kind];
    add({ name: `keystroke → list DOM updated, ${label}`, values: list.map((s) => s.dom), stat: 'p95', limit: 8, budget: '≤ 8 ms p95' });
    add({ name: `keystroke → next frame, ${label}`, values: list.map((s) => s.frame), stat: 'p95', note: `list rows in DOM per key: ${list.slice(0, 4).map((s) => fmt(s.items)).join(', ')}` });
    log(`each keystroke → DOM (of which in the input event), in typing order: ${list.map((s) => `${s.query} ${ms(s.dom)} (${ms(s.sync)})`).join(', ')}`);
  }
  // The search call alone, in the same panel realm (SearchIndex bundled from lib/domain/search).
  await cdp.evaluate(searchPanel.sessionId, `${realmCode};globalThis.__bench = __bench;0`);
  const index = await inPanel(searchPanel, inpage.timeSearchIndex, [...pinyinKeys, ...chineseKeys], SIZES.indexReps);

  const queries = [...pinyinKeys, ...chineseKeys];
  const perQuery = queries.map((q, i) => `${q} ${ms(median(index.times.filter((_, k) => k % queries.length === i)))}`).join(', ');
  add({ name: 'SearchIndex.search alone (panel realm), both scripts', values: index.times, stat: 'p95', limit: 8, budget: '≤ 8 ms p95', note: `index build ${ms(index.build)}; first query incl. pinyin keys ${ms(index.firstQuery)}` });
  log(`SearchIndex.search median per query: ${perQuery}; hits: ${index.hits.map((h, i) => `${queries[i]} ${fmt(h)}`).join(', ')}`);
  add({ name: 'panel JS heap used at rest (after GC)', value: heap.usedSize, format: mb, note: `heap total ${mb(heap.totalSize)}; DOM nodes ${fmt(dom.nodes ?? NaN)}` });
  await closePanel(searchPanel);

  // ── Insert ──────────────────────────────────────────────────────────────────────────────────
  const paragraphs = insertBody().split('\n');
  console.log(`\n— click 插入 → text in a contenteditable (${fmt(paragraphs.join('').length)} characters, ${paragraphs.length} paragraphs)`);
  await page.evaluate((marker) => window.__bench.arm(marker), INSERT_MARKER);
  const insertPanel = await openPanel();
  await inPanel(insertPanel, inpage.typeQueries, [INSERT_TITLE]); // the list is virtualised: filter to it
  if (!(await inPanel(insertPanel, inpage.selectSnippet, INSERT_TITLE))) throw new Error(`snippet ${INSERT_TITLE} not found in the panel`);
  const inserts = [];
  const done = [];
  let route = '';
  let firstInsert = NaN;
  for (let run = 0; run < RUNS + 1; run++) {
    await page.evaluate((marker) => window.__bench.arm(marker), INSERT_MARKER);
    const clicked = await inPanel(insertPanel, inpage.clickInsert);
    await page.waitForFunction(() => window.__landed !== null, null, { timeout: 15_000 });
    const landed = await page.evaluate(() => window.__landed);
    const finished = await cdp.evaluate(insertPanel.sessionId, 'window.__benchInserted');
    route = finished.status;
    if (run === 0) {
      firstInsert = landed - clicked; // the first insert injects the insertion script: counted apart
      continue;
    }
    inserts.push(landed - clicked);
    done.push(finished.at - clicked);
  }
  const html = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  const setRange = [];
  const insertHtml = [];
  for (let run = 0; run < RUNS; run++) {
    setRange.push(await page.evaluate((text) => window.__bench.setRangeTextFloor(text), paragraphs.join('\n')));
    insertHtml.push(await page.evaluate((h) => window.__bench.insertHtmlFloor(h), html));
  }
  add({ name: 'floor: bare setRangeText into a textarea', values: setRange });
  add({ name: 'floor: bare execCommand(insertHTML) into contenteditable', values: insertHtml });
  add({ name: 'click 插入 → text present in the contenteditable', values: inserts, limit: 50, budget: '≤ 50 ms', note: `panel says: ${route || '?'}` });
  add({ name: '  click 插入 → panel done (button enabled again)', values: done });
  // What one insert is made of: the extension API round trips the panel makes, each timed alone.
  const hops = await inPanel(insertPanel, inpage.timeHops, page.url());
  log(`extension API round trips from the panel (median of 5): ${Object.entries(hops).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  add({ name: '  first 插入 of a panel (injects the insertion script)', value: firstInsert, note: 'not in the figure above' });
  await closePanel(insertPanel);

  // ── Import parse ────────────────────────────────────────────────────────────────────────────
  const text = report(SIZES.importChars);
  console.log(`\n— import parse (importReport, ${fmt(text.length)} characters, in an extension page)`);
  await blank.evaluate(`${realmCode};globalThis.__bench = __bench;0`);
  const parse = await blank.evaluate(([t, n]) => {
    const first = performance.now();
    window.__bench.importReport(t);
    const cold = performance.now() - first;
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      window.__bench.importReport(t);
      times.push(performance.now() - t0);
    }
    return { cold, times };
  }, [text, RUNS]);
  add({ name: `importReport(${fmt(text.length)} chars)`, values: parse.times, limit: 100, budget: '≤ 100 ms', note: `first call (cold JIT) ${ms(parse.cold)}; the text has ${fmt(text.split('\n').length)} lines and ${fmt((text.match(/X/g) ?? []).length)} X slots` });

  // ── Template rendering ──────────────────────────────────────────────────────────────────────
  const renderSnippets = data.snippets.slice(0, SIZES.renderSnippets);
  console.log(`\n— render ${fmt(renderSnippets.length)} snippets against ${fmt(data.metrics.length)} metrics (in an extension page)`);
  const render = await blank.evaluate(([snippets, metrics, values, n]) => {
    const times = [];
    let paragraphs = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      paragraphs = window.__bench.renderAll(snippets, metrics, values, '2025');
      times.push(performance.now() - t0);
    }
    return { times, paragraphs };
  }, [renderSnippets, data.metrics, data.metricValues, RUNS]);
  add({ name: `render ${fmt(renderSnippets.length)} snippets against ${fmt(data.metrics.length)} metrics`, values: render.times, note: `lookup built once from ${fmt(data.metricValues.length)} values; ${fmt(render.paragraphs)} paragraphs` });

  // ── Content script start per frame ──────────────────────────────────────────────────────────
  console.log('\n— content script start per frame (page with 20 iframes)');
  const perFrame = [];
  const perFrameCpu = [];
  const floorFrame = [];
  const floorRuntime = [];
  let frames = 0;
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    await context.browser().startTracing(page, { categories: ['devtools.timeline', 'v8'] });
    await page.goto(`${server.url}/frames.html?run=${run}`);
    await page.waitForLoadState('load');
    await sleep(200);
    const trace = JSON.parse((await context.browser().stopTracing()).toString('utf8'));
    const evaluations = (trace.traceEvents ?? trace).filter((e) => e.name === 'EvaluateScript' && e.ph === 'X');
    const ours = evaluations.filter((e) => e.args?.data?.url?.endsWith(cs.files[0]));
    const empty = evaluations.filter((e) => e.args?.data?.url?.endsWith('/floor.js'));
    const runtime = evaluations.filter((e) => e.args?.data?.url?.endsWith('/floor-runtime.js'));
    floorRuntime.push(...runtime.map((e) => e.dur / 1000));
    frames = ours.length;
    perFrame.push(...ours.map((e) => e.dur / 1000));
    perFrameCpu.push(...ours.map((e) => (e.tdur ?? e.dur) / 1000));
    floorFrame.push(...empty.map((e) => e.dur / 1000));
  }
  if (floorFrame.length) add({ name: 'floor: an empty content script, per frame', values: floorFrame, note: 'fixture extension scripts/bench/floor-extension, same frames' });
  if (floorRuntime.length) add({ name: 'floor: a content script reading chrome.runtime.id', values: floorRuntime, note: 'the extension API bindings set up in the frame' });
  add({ name: `content script evaluation per frame (${frames} frames)`, values: perFrame, limit: 1, budget: '≤ 1 ms', note: 'trace EvaluateScript wall time (compile + run), per frame' });
  add({ name: '  same, thread CPU time', values: perFrameCpu });

  // ── Machine ─────────────────────────────────────────────────────────────────────────────────
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? cpus()[0]?.model ?? '?';
  const load = `load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
  const machine = `${availableParallelism()} CPUs (nproc), ${cpuModel.trim()}, Chromium ${chromiumVersion} headless, Node ${process.version}, ${load}`;
  const elapsed = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nmachine: ${machine}; took ${elapsed} s`);
  const over = figures.filter((f) => f.verdict === 'OVER');
  console.log(over.length ? `OVER budget: ${over.map((f) => f.name.trim()).join('; ')}` : 'all figures within budget');
  if (smoke) console.log('(smoke sizes: the figures only show the benchmark works; compare the full run with the budgets)');
  if (argv.includes('--write-readme')) {
    writeReadme('README.md', { figures, machine, smoke, runs: RUNS, sizes: SIZES, notes, date: new Date().toISOString().slice(0, 10) });
    console.log('README.md: bench section written');
  }
} catch (error) {
  console.error(`bench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  cdp?.close();
  await context.close().catch(() => undefined);
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
