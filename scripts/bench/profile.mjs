// Summarises a V8 CPU profile (CDP Profiler.stop): self time by script and by function, so the
// report can say where the panel's start-up time goes.

export function summarise(profile, top = 12) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, time] of self) {
    const { callFrame } = byId.get(id);
    const script = callFrame.url ? callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '') : `(${callFrame.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + time);
    const fn = `${callFrame.functionName || '(anonymous)'} ${script}${callFrame.url ? `:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, scripts: sorted(byScript), functions: sorted(byFunction) };
}

/**
 * Where the panel's main thread spends an open, from a Chromium trace: the work directly inside
 * each task (RunTask), summed by event name, between the panel's navigation start and
 * `untilMs` after it, and the time the thread had no task (waiting: IPC, IndexedDB, loading).
 */
export function mainThreadBreakdown(trace, urlPart, untilMs) {
  const events = trace.traceEvents ?? trace;
  const script = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.compile') && JSON.stringify(e.args ?? {}).includes(urlPart));
  if (!script) return null;
  const { pid, tid } = script;
  const nav = events
    .filter((e) => e.pid === pid && e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes('sidepanel.html'))
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
  const start = nav?.ts ?? script.ts;
  const end = start + untilMs * 1000;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < end && e.ts + (e.dur ?? 0) > start).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byName = new Map();
  let busy = 0;
  const stack = [];
  for (const e of thread) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      if (!stack.length) busy += Math.min(e.ts + e.dur, end) - Math.max(e.ts, start);
    } else if (stack.length && stack.every((s) => s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask')) {
      byName.set(e.name, (byName.get(e.name) ?? 0) + (Math.min(e.ts + e.dur, end) - Math.max(e.ts, start)));
    }
    stack.push(e);
  }
  return {
    windowMs: untilMs,
    busyMs: busy / 1000,
    idleMs: untilMs - busy / 1000,
    top: [...byName].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]).slice(0, 10),
  };
}
