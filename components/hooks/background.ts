// Work that waits until the panel's thread is free, in short slices. Not requestIdleCallback: idle
// callbacks run in idle periods, which the browser starts after drawing frames — a side panel that
// draws none (a still list) got none, measured, and its callbacks ran only on their timeout, with
// no time left. A background-priority task (the Scheduler API) runs whenever nothing more urgent
// is waiting; input and rendering go first, and each slice ends after a few milliseconds.
import { report } from './report.ts';

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>;
}

/** How long one slice may run: short enough that a keystroke waits for it unnoticed. */
export const SLICE_MS = 8;

/** Runs `callback` once the thread is free, with `hasTime()` false after SLICE_MS. Returns a cancel. */
export function inBackground(callback: (hasTime: () => boolean) => void): () => void {
  const run = (budget = SLICE_MS) => {
    const until = performance.now() + budget;
    callback(() => performance.now() < until);
  };
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(() => run(), { priority: 'background', signal: abort.signal }).catch((error: unknown) => {
      // A cancel rejects the task; anything else is the callback's own error, reported as such.
      if (!abort.signal.aborted) report(error);
    });
    return () => abort.abort();
  }
  // Firefox before 142 has no Scheduler API: idle callbacks, with a slice of their own when they
  // only run because the timeout passed (no time remaining then).
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => (deadline.didTimeout ? run() : run(Math.min(SLICE_MS, deadline.timeRemaining()))), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => run(), 16);
  return () => clearTimeout(id);
}
