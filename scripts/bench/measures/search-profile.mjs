// `--profile`: where a keystroke's time goes (not counted in the figures). Artifacts go to artifacts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as inpage from '../inpage.mjs';
import { summarise } from '../profile.mjs';
import { sleep } from '../session.mjs';
import { ms } from '../stats.mjs';

const CATEGORIES = ['devtools.timeline', 'blink', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline'];

/** One open traced through its first keystroke: what that keystroke's frame waits for. */
export async function traceFirstKeystroke({ session, log }) {
  const { context, openPanel, closePanel, inPanel } = session;
  await context.browser().startTracing(undefined, { categories: CATEGORIES });
  const traced = await openPanel();
  await inPanel(traced, inpage.typeQueries, ['d']);
  await sleep(200);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-first-keystroke.trace.json', (await context.browser().stopTracing()).toString('utf8'));
  await closePanel(traced);
  log('trace of an open and its first keystroke: artifacts/bench-first-keystroke.trace.json');
}

/** The measured keystrokes once more, in the same panel, under the CPU profiler and then traced. */
export async function profileKeystrokes({ session, log }, panel, { pinyin, chinese }) {
  const { context, cdp, inPanel } = session;
  mkdirSync('artifacts', { recursive: true });
  await cdp.send('Profiler.enable', {}, panel.sessionId);
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 }, panel.sessionId);
  await cdp.send('Profiler.start', {}, panel.sessionId);
  for (const keys of [pinyin, chinese, pinyin, chinese]) {
    await inPanel(panel, inpage.typeQueries, keys);
    await inPanel(panel, inpage.typeQueries, ['']);
  }
  const { profile: cpu } = await cdp.send('Profiler.stop', {}, panel.sessionId);
  writeFileSync('artifacts/bench-keystrokes.cpuprofile', JSON.stringify(cpu));
  await context.browser().startTracing(undefined, { categories: CATEGORIES });
  await inPanel(panel, inpage.typeQueries, pinyin);
  await inPanel(panel, inpage.typeQueries, ['']);
  writeFileSync('artifacts/bench-keystrokes.trace.json', (await context.browser().stopTracing()).toString('utf8'));
  const summary = summarise(cpu, 25);
  log(`profile of 40 keystrokes (artifacts/bench-keystrokes.cpuprofile), self time by function:`);
  for (const [name, time] of summary.functions) log(`    ${ms(time).padStart(9)}  ${name}`);
}

/** The first measured round of keystrokes (the cold one) under the CPU profiler: its figures then count the profiler too. */
export async function startFirstRound({ session }, panel) {
  const { cdp } = session;
  await cdp.send('Profiler.enable', {}, panel.sessionId);
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 }, panel.sessionId);
  await cdp.send('Profiler.start', {}, panel.sessionId);
}

export async function stopFirstRound({ session, log }, panel) {
  const { profile: cpu } = await session.cdp.send('Profiler.stop', {}, panel.sessionId);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-first-round.cpuprofile', JSON.stringify(cpu));
  const summary = summarise(cpu, 25);
  log(`profile of the first round of keystrokes (artifacts/bench-first-round.cpuprofile), self time by function:`);
  for (const [name, time] of summary.functions) log(`    ${ms(time).padStart(9)}  ${name}`);
}
