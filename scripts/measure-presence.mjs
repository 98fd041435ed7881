// Presence by timing (issue 23, item 6; SECURITY.md): how much longer a page's own synthetic
// events take with the extension installed, in the system Chromium, on a page without scripts
// (tests/e2e/pages/hostile/presence.html). Three states: no extension; the extension, before the
// user focused an editable (only focusin, pointerdown, keydown and load are listened to); and
// after a real click in the field (all of them). Prints nanoseconds per event; asserts nothing.
//
//   node scripts/measure-presence.mjs            uses the extension built in DRAFTER_OUT_DIR (.output)
/* global document, InputEvent, CompositionEvent -- only inside functions that page.evaluate runs in the browser */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserEnv, extensionArgs, findChromium, NO_CHROMIUM_MESSAGE } from './lib/chromium.mjs';
import { serveStatic } from './lib/serve.mjs';

const TYPES = ['focusin', 'pointerdown', 'mouseup', 'input', 'compositionstart'];
const EVENTS = 20_000;
const RUNS = 7;

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
const extension = resolve(process.env.DRAFTER_OUT_DIR || '.output', 'chrome-mv3');
const server = await serveStatic({ '/': 'tests/e2e/pages/hostile' });

/** Median nanoseconds per dispatched event of each type. */
function cost(page) {
  return page.evaluate(
    ({ types, events, runs }) => {
      const field = document.getElementById('field');
      const make = (type) => (type === 'input' ? new InputEvent(type, { bubbles: true }) : type.startsWith('composition') ? new CompositionEvent(type, { bubbles: true }) : new Event(type, { bubbles: true, composed: true }));
      const out = {};
      for (const type of types) {
        const samples = [];
        for (let r = 0; r < runs; r++) {
          const start = performance.now();
          for (let i = 0; i < events; i++) field.dispatchEvent(make(type));
          samples.push(((performance.now() - start) * 1e6) / events);
        }
        samples.sort((a, b) => a - b);
        out[type] = Math.round(samples[Math.floor(runs / 2)]);
      }
      return out;
    },
    { types: TYPES, events: EVENTS, runs: RUNS },
  );
}

async function measure(withExtension) {
  const profile = await mkdtemp(join(tmpdir(), 'drafter-presence-'));
  const args = withExtension ? extensionArgs(extension) : extensionArgs(extension).filter((a) => !a.includes('extension'));
  // headless: false: --headless=new comes from extensionArgs (as in the e2e suite).
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: false, args, env: browserEnv() });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/presence.html`);
    await page.waitForTimeout(500);
    await cost(page); // warm-up: the first pass also compiles the loop
    const rows = { before: await cost(page) };
    await page.locator('#field').click();
    await cost(page);
    rows.after = await cost(page);
    return rows;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const without = await measure(false);
const withExt = await measure(true);
console.log(`ns per synthetic event (median of ${RUNS} × ${EVENTS})`);
console.log(['event', 'no extension', 'installed, not yet written in', 'after a click in a field'].join('\t'));
for (const type of TYPES) console.log([type, without.before[type], withExt.before[type], withExt.after[type]].join('\t'));
await server.close();
