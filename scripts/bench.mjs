// `npm run bench`: the performance budgets, measured in the system Chromium with the built extension
// and the REAL side panel (opened as a toolbar click opens it). Prints one line per figure with the
// budget or floor it is compared to; asserts nothing and exits 0 even when a figure is OVER.
//
//   npm run bench                      full sizes (10,000 snippets, 2,000 metrics × 5 periods), ≥ 5 runs
//   npm run bench -- --smoke           small sizes, 2 runs: keeps the benchmark working (CI)
//   npm run bench -- --write-readme    also writes the figures into README.md (bench markers)
//   npm run bench -- --prebuilt        use the extension already built in DRAFTER_OUT_DIR
//   npm run bench -- --runs 7          more runs
//   npm run bench -- --only search     only the measures named (comma-separated; see measures/index.mjs)
//   npm run bench -- --profile         also CPU-profile one panel open (artifacts/bench-panel-open.cpuprofile)
//
// Builds into DRAFTER_OUT_DIR (default .output-bench). Network: 127.0.0.1 only.
// Each measure is a module of scripts/bench/measures (listed in order in its index.mjs); this file
// prepares what they share, runs them and prints the summary.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { buildExtension, buildRealm } from './bench/build.mjs';
import { hasWebSocket } from './bench/cdp.mjs';
import { library, validate } from './bench/data.mjs';
import { describeMachine } from './bench/machine.mjs';
import { measures } from './bench/measures/index.mjs';
import { readOptions } from './bench/options.mjs';
import { writeReadme } from './bench/readme.mjs';
import { startSession } from './bench/session.mjs';
import { contentScriptSize, panelBundle } from './bench/sizes.mjs';
import { figure, line } from './bench/stats.mjs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './lib/chromium.mjs';

// The panel is watched over the browser's own WebSocket: Node 20 needs a flag for it.
if (!hasWebSocket()) {
  const child = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const options = readOptions(process.argv.slice(2));
const { smoke, runs, sizes } = options;
const started = Date.now();
const loadStart = loadavg()[0];
const figures = [];
const log = (text) => console.log(`  · ${text}`);
const fmt = (n) => n.toLocaleString('en-US');

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log(`▶ bench${smoke ? ' --smoke' : ''}: ${fmt(sizes.snippets)} snippets, ${fmt(sizes.metrics)} metrics × ${sizes.periods} periods, ${runs} runs`);
const extensionDir = await buildExtension(options.outDir, { prebuilt: options.prebuilt });
const realm = await buildRealm(options.outDir);
const realmScript = `${await readFile(realm.browser, 'utf8')};globalThis.__bench = __bench;0`;
const domain = await import(resolve(realm.node));
const data = validate(library(sizes), domain);
log(`generated and checked against lib/domain/schemas.ts: ${fmt(data.snippets.length)} snippets, ${fmt(data.metrics.length)} metrics, ${fmt(data.metricValues.length)} values`);

const realmLoaded = new WeakSet();
/** What every measure gets; `session` (the browser) is there from the first measure that needs it. */
const ctx = {
  ...options,
  data,
  domain,
  extension: { dir: extensionDir, contentScript: contentScriptSize(extensionDir), panel: panelBundle(extensionDir) },
  realmScript,
  /** Defines globalThis.__bench (lib/domain bundled) in a Playwright page, once per page. */
  async loadRealm(page) {
    if (realmLoaded.has(page)) return;
    await page.evaluate(realmScript);
    realmLoaded.add(page);
  },
  add(spec) {
    const f = figure(spec);
    figures.push(f);
    console.log(line(f));
  },
  log,
  fmt,
  session: null,
};

try {
  for (const measure of measures) {
    if (options.only && !options.only.includes(measure.name)) continue;
    if (measure.browser !== false && !ctx.session) ctx.session = await startSession({ executablePath, extensionDir, data, domain, log, fmt });
    console.log(`\n— ${measure.title(ctx)}`);
    await measure.run(ctx);
  }
  const machine = describeMachine({ chromiumVersion: ctx.session?.chromiumVersion ?? '?', loadStart });
  const elapsed = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nmachine: ${machine}; took ${elapsed} s`);
  const over = figures.filter((f) => f.verdict === 'OVER');
  console.log(over.length ? `OVER budget: ${over.map((f) => f.name.trim()).join('; ')}` : 'all figures within budget');
  if (smoke) console.log('(smoke sizes: the figures only show the benchmark works; compare the full run with the budgets)');
  if (options.writeReadme) {
    writeReadme('README.md', { figures, machine, smoke, runs, sizes, date: new Date().toISOString().slice(0, 10) });
    console.log('README.md: bench section written');
  }
} catch (error) {
  console.error(`bench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await ctx.session?.close();
}
