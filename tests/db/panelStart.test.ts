// What the panel follows once its database side has loaded: the report period, the manual order
// and any read a view follows (useLive), each re-emitted when it changes and silent once stopped;
// and the start-up work (sample library for a new user) done once however often it is asked for.
import { afterAll, describe, expect, it } from 'vitest';
import { database } from '../../lib/db/database.ts';
import { followCurrentPeriod, followDatabase, followSnippetOrder, startPanelDatabase } from '../../lib/db/panelStart.ts';
import { defaultPeriod, readSetting, writeSetting } from '../../lib/db/settings.ts';

/** Collects what a follower emits; `until(test)` resolves once an emitted value passes it. */
function collect<T>() {
  const seen: T[] = [];
  const waiters: { test: (value: T) => boolean; resolve: () => void }[] = [];
  return {
    seen,
    push: (value: T) => {
      seen.push(value);
      const still = waiters.splice(0).filter((waiter) => !waiter.test(value) || void waiter.resolve());
      waiters.push(...still);
    },
    until: (test: (value: T) => boolean) => new Promise<void>((resolve) => (seen.some(test) ? resolve() : waiters.push({ test, resolve }))),
  };
}

afterAll(async () => {
  database().close();
  await database().delete();
});

describe('the panel database side', () => {
  it('follows the report period: the default first, then each choice', async () => {
    const periods = collect<string>();
    const stop = followCurrentPeriod(periods.push);
    await periods.until((p) => p === defaultPeriod());
    await writeSetting(database(), 'currentPeriod', '2024-Q3');
    await periods.until((p) => p === '2024-Q3');
    stop();
    await writeSetting(database(), 'currentPeriod', '2023');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(periods.seen.at(-1)).toBe('2024-Q3');
  });

  it('follows the manual order: empty until the user drags, then the order written', async () => {
    const orders = collect<string[]>();
    const stop = followSnippetOrder(orders.push);
    await orders.until((o) => o.length === 0);
    await writeSetting(database(), 'snippetOrder', ['b', 'a']);
    await orders.until((o) => o.join() === 'b,a');
    stop();
  });

  it('follows any read a view gives it: read again after a write it depends on, silent once stopped', async () => {
    const formats = collect<string>();
    const stop = followDatabase(async (db) => (await readSetting(db, 'insertFormat')) ?? 'rich', formats.push);
    await formats.until((f) => f === 'rich');
    await writeSetting(database(), 'insertFormat', 'plain');
    await formats.until((f) => f === 'plain');
    stop();
    await writeSetting(database(), 'insertFormat', 'rich');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(formats.seen.at(-1)).toBe('plain');
  });

  it('offers the sample library once, however often start-up is asked for', async () => {
    startPanelDatabase();
    startPanelDatabase();
    const db = database();
    for (let i = 0; i < 100 && !(await db.settings.get('sampleLibrarySeeded')); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const titles = (await db.snippets.toArray()).map((s) => s.title);
    expect(titles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
