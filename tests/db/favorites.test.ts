// The context menu's favourites, followed live with how many values each still lacks, so the
// menu can warn before the user picks one — and stops warning once the value is entered.
import { afterEach, describe, expect, it } from 'vitest';
import type { DrafterDatabase } from '../../lib/db/database.ts';
import { watchFavorites, type FavoriteEntry } from '../../lib/db/favorites.ts';
import { createMetric, setMetricValue } from '../../lib/db/metrics.ts';
import { currentPeriod } from '../../lib/db/settings.ts';
import { createSnippet } from '../../lib/db/snippets.ts';
import { freshDatabase } from './support.ts';

let db: DrafterDatabase;
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  db?.close();
});

function follow(): (test: (entries: FavoriteEntry[]) => boolean) => Promise<FavoriteEntry[]> {
  let latest: FavoriteEntry[] | undefined;
  let waiting: { test: (e: FavoriteEntry[]) => boolean; resolve: (e: FavoriteEntry[]) => void } | null = null;
  stop = watchFavorites(db, 15, (entries) => {
    latest = entries;
    if (waiting?.test(entries)) {
      waiting.resolve(entries);
      waiting = null;
    }
  });
  return (test) => (latest && test(latest) ? Promise.resolve(latest) : new Promise((resolve) => (waiting = { test, resolve })));
}

describe('watchFavorites', () => {
  it('counts each favourite’s unfilled values and follows the values as they are entered', async () => {
    db = freshDatabase();
    await createSnippet(db, { title: '缺两个', body: '开展{{活动次数}}次，覆盖{{覆盖人数}}人。', role: 'work', folder: '', tags: [], favorite: true });
    await createSnippet(db, { title: '不缺', body: '没有空位。', role: 'work', folder: '', tags: [], favorite: true });
    await createSnippet(db, { title: '不是收藏', body: '{{活动次数}}', role: 'work', folder: '', tags: [], favorite: false });
    const next = follow();
    const counts = (entries: FavoriteEntry[]) => Object.fromEntries(entries.map((e) => [e.snippet.title, e.unfilled]));
    expect(counts(await next((e) => e.length === 2))).toEqual({ 缺两个: 2, 不缺: 0 });
    const metric = await createMetric(db, { name: '活动次数', kind: 'value', unit: '次', note: '', tags: [] });
    await setMetricValue(db, metric.id, await currentPeriod(db), 12);
    expect(counts(await next((e) => e.find((x) => x.snippet.title === '缺两个')?.unfilled === 1))).toEqual({ 缺两个: 1, 不缺: 0 });
  });
});
