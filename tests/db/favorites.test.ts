// The context menu's favourites, followed live with how many values each still lacks, so the
// menu can warn before the user picks one — and stops warning once the value is entered.
import { afterEach, describe, expect, it } from 'vitest';
import type { DrafterDatabase } from '../../lib/db/database.ts';
import { watchFavorites, type FavoriteEntry } from '../../lib/db/favorites.ts';
import { createMetric, setMetricValue } from '../../lib/db/metrics.ts';
import { seedSampleLibraryIfEmpty } from '../../lib/db/seedSampleLibrary.ts';
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

  it('counts the sample figures a favourite would insert, until the user writes their own', async () => {
    db = freshDatabase();
    await seedSampleLibraryIfEmpty(db);
    await createSnippet(db, { title: '用示例', body: '召开{{党组织专题会议}}次，调研{{基层调研}}次。', role: 'work', folder: '', tags: [], favorite: true });
    const next = follow();
    const samples = (entries: FavoriteEntry[]) => entries.map((e) => [e.snippet.title, e.unfilled, e.samples]);
    expect(samples(await next((e) => e.length === 1))).toEqual([['用示例', 0, 2]]);
    const metric = (await db.metrics.where('name').equals('基层调研').first())!;
    await setMetricValue(db, metric.id, await currentPeriod(db), 30);
    expect(samples(await next((e) => e[0]?.samples === 1))).toEqual([['用示例', 0, 1]]);
  });
});
