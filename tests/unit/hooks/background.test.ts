// Background slices: run once the thread is free, with a time budget, and not at all once cancelled —
// through the Scheduler API where the browser has it, through a timer where it does not.
import { afterEach, describe, expect, it } from 'vitest';
import { inBackground, SLICE_MS } from '../../../components/hooks/background.ts';

const page = globalThis as { scheduler?: unknown };
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in for the browser's Scheduler: records each task's priority and honours its signal. */
function fakeScheduler() {
  const priorities: string[] = [];
  page.scheduler = {
    postTask(callback: () => void, options: { priority: string; signal: AbortSignal }) {
      priorities.push(options.priority);
      return new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          if (options.signal.aborted) return reject(new Error('aborted'));
          callback();
          resolve();
        }, 0),
      );
    },
  };
  return priorities;
}

afterEach(() => delete page.scheduler);

describe.each([
  ['with the Scheduler API', true],
  ['without it', false],
])('a background slice %s', (_, withScheduler) => {
  it('runs once, and its time runs out after a few milliseconds', async () => {
    const priorities = withScheduler ? fakeScheduler() : [];
    const budgets: boolean[] = [];
    inBackground((hasTime) => {
      budgets.push(hasTime());
      const until = performance.now() + SLICE_MS + 2;
      while (performance.now() < until);
      budgets.push(hasTime());
    });
    await tick(40);
    expect(budgets).toEqual([true, false]);
    expect(priorities).toEqual(withScheduler ? ['background'] : []);
  });

  it('does not run once cancelled', async () => {
    if (withScheduler) fakeScheduler();
    let ran = false;
    const cancel = inBackground(() => (ran = true));
    cancel();
    await tick(40);
    expect(ran).toBe(false);
  });
});
