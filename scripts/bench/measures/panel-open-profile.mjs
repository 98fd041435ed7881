// `--profile`: where a panel open's time goes (not counted in the figures). One open under the CPU
// profiler, one traced (the panel's main thread until the list is painted), and the plain panel
// traced the same way: what the browser alone does for an open. Artifacts go to artifacts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mainThreadBreakdown, summarise } from '../profile.mjs';
import { ms } from '../stats.mjs';

const CATEGORIES = ['devtools.timeline', 'v8', 'toplevel', 'loading', 'disabled-by-default-devtools.timeline'];

export async function profileOpens({ session, extension, log }) {
  const { context, cdp, panels, openPanel, closePanel, floorId } = session;
  // The CPU profiler is started before the panel's document runs.
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

  await context.browser().startTracing(undefined, { categories: CATEGORIES });
  const traced = await openPanel();
  const trace = JSON.parse((await context.browser().stopTracing()).toString('utf8'));
  writeFileSync('artifacts/bench-panel-open.trace.json', JSON.stringify(trace));
  const entry = extension.panel.initial.find((r) => r.file.endsWith('.js'))?.file ?? 'sidepanel';
  const breakdown = mainThreadBreakdown(trace, entry.replace(/^chunks\//, ''), traced.fromNavigation);
  if (breakdown) {
    log(`trace of one open (${ms(traced.fromNavigation)} from navigation start, artifacts/bench-panel-open.trace.json): main thread busy ${ms(breakdown.busyMs)}, waiting ${ms(breakdown.idleMs)}`);
    for (const [name, time] of breakdown.top) log(`    ${ms(time).padStart(9)}  ${name}`);
  }
  await closePanel(traced);

  await context.browser().startTracing(undefined, { categories: CATEGORIES });
  const floorTraced = await openPanel(floorId);
  writeFileSync('artifacts/bench-floor-open.trace.json', (await context.browser().stopTracing()).toString('utf8'));
  log(`trace of one plain-panel open (${ms(floorTraced.fromClick)} from the click): artifacts/bench-floor-open.trace.json`);
  await closePanel(floorTraced, floorId);
}
