// Work that waits until the panel's thread is free, in short slices. Not requestIdleCallback: idle
// callbacks run in idle periods, which the browser starts after drawing frames — a side panel that
// draws none (a still list) got none, measured, and its callbacks ran only on their timeout, with
// no time left. A background-priority task (the Scheduler API) runs whenever nothing more urgent
// is waiting; input and rendering go first, and each slice ends after a few milliseconds.
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>;
}

/** How long one slice may run: short enough that a keystroke waits for it unnoticed. */
export const SLICE_MS = 8;

/** Runs `callback` once the thread is free, with `hasTime()` false after SLICE_MS. Returns a cancel. */
export function inBackground(callback: (hasTime: () => boolean) => void): () => void {
  const run = () => {
    const until = performance.now() + SLICE_MS;
    callback(() => performance.now() < until);
  };
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(run, { priority: 'background', signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  // Without the Scheduler API (older Firefox): a timer, a frame's length away.
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}
