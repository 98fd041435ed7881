// The panel's live library: the first screen from the order index, then the whole library, then
// only the snippets each change touched — checked against a fresh full read after every step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrafterDatabase } from '../../lib/db/database.ts';
import { watchLibrary, type LibrarySnapshot } from '../../lib/db/liveLibrary.ts';
import { createSnippet, listLiveSnippets, readAllSnippetsInChunks, recordSnippetUse, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { rankAll } from '../../lib/domain/search/index.ts';
import { freshDatabase } from './support.ts';

const draft = (i: number) => ({ title: `片段${i}`, body: `正文${i}`, role: 'work' as const, folder: i % 2 ? '甲' : '乙', tags: [], favorite: i % 5 === 0 });

/** Collects snapshots; `next(test)` resolves with the first (or next) one that passes `test`. */
function recorder() {
  const seen: LibrarySnapshot[] = [];
  let waiting: { test: (s: LibrarySnapshot) => boolean; resolve: (s: LibrarySnapshot) => void } | null = null;
  return {
    seen,
    push(snapshot: LibrarySnapshot) {
      seen.push(snapshot);
      if (waiting?.test(snapshot)) {
        waiting.resolve(snapshot);
        waiting = null;
      }
    },
    next(test: (s: LibrarySnapshot) => boolean): Promise<LibrarySnapshot> {
      return new Promise((resolve) => (waiting = { test, resolve }));
    },
  };
}

const ids = (snippets: readonly { id: string }[]) => snippets.map((s) => s.id).sort();
let stop: (() => void) | undefined;
let db: DrafterDatabase;
afterEach(() => {
  stop?.();
  db?.close();
});

async function seed(count: number) {
  db = freshDatabase();
  for (let i = 0; i < count; i++) await createSnippet(db, draft(i), 1000 + i);
}

describe('watchLibrary', () => {
  it('paints the first screen in the library order, then reads the rest after the paint', async () => {
    await seed(30);
    await recordSnippetUse(db, (await listLiveSnippets(db)).at(-1)!.id);
    let painted!: () => void;
    const paint = new Promise<void>((resolve) => (painted = resolve));
    const rec = recorder();
    const first = rec.next(() => true);
    stop = watchLibrary(db, rec.push, { firstScreen: 8, afterFirstPaint: () => paint });
    const screen = await first;
    expect(screen.complete).toBe(false);
    const ranked = rankAll(await listLiveSnippets(db)).map((h) => h.snippet.id);
    expect(screen.snippets.map((s) => s.id)).toEqual(ranked.slice(0, 8));
    await new Promise((r) => setTimeout(r, 20));
    expect(rec.seen).toHaveLength(1); // nothing more is read until the screen is painted
    const whole = rec.next((s) => s.complete);
    painted();
    expect(ids((await whole).snippets)).toEqual(ids(await listLiveSnippets(db)));
  });

  it('follows creates, edits, use counts, trash and deletes by reading only what changed', async () => {
    await seed(5);
    const rec = recorder();
    const complete = rec.next((s) => s.complete);
    stop = watchLibrary(db, rec.push, { firstScreen: 2 });
    await complete;
    const check = async (change: () => Promise<unknown>) => {
      const after = rec.next(() => true);
      await change();
      const snapshot = await after;
      expect(snapshot.snippets).toEqual(await listLiveSnippets(db));
    };
    const [a, b] = await listLiveSnippets(db);
    const reads = vi.spyOn(db.snippets, 'bulkGet');
    await check(() => createSnippet(db, draft(99)));
    expect(reads.mock.calls.map(([keys]) => keys.length)).toEqual([1]); // the new one, not all six
    await check(() => updateSnippet(db, a!.id, { title: '改过的标题' }));
    await check(() => recordSnippetUse(db, b!.id));
    await check(() => trashSnippet(db, a!.id));
    await check(() => db.snippets.delete(b!.id));
    // A bulk write (50 rows and more) cannot be narrowed to keys: the whole library is read again.
    await check(() => db.snippets.bulkAdd(Array.from({ length: 60 }, (_, i) => ({ ...draft(200 + i), id: `bulk-${i}`, source: '', useCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null, deletedAt: null }))));
    await check(() => db.snippets.clear());
  });

  it('keeps a change made while the library is still being read', async () => {
    await seed(12);
    let painted!: () => void;
    const paint = new Promise<void>((resolve) => (painted = resolve));
    const rec = recorder();
    stop = watchLibrary(db, rec.push, { firstScreen: 3, afterFirstPaint: () => paint });
    await rec.next(() => true);
    const complete = rec.next((s) => s.complete);
    painted();
    const added = await createSnippet(db, draft(77)); // races the chunked read
    await complete;
    const last = () => rec.seen.at(-1)!;
    await expect.poll(() => last().snippets.some((s) => s.id === added.id)).toBe(true);
    expect(last().snippets).toEqual(await listLiveSnippets(db));
  });

  it('does not read or send again a first screen that is already shown', async () => {
    await seed(10);
    const shown = (await listLiveSnippets(db)).slice(0, 3);
    const rec = recorder();
    const complete = rec.next((s) => s.complete);
    stop = watchLibrary(db, rec.push, { shown });
    await complete;
    expect(rec.seen.map((s) => s.complete)).toEqual([true]);
    expect(rec.seen[0]!.snippets).toEqual(await listLiveSnippets(db));
  });

  it('stops: no snapshot after the stop function has run', async () => {
    await seed(3);
    const rec = recorder();
    const complete = rec.next((s) => s.complete);
    stop = watchLibrary(db, rec.push, { firstScreen: 1 });
    await complete;
    stop();
    const before = rec.seen.length;
    await createSnippet(db, draft(5));
    await new Promise((r) => setTimeout(r, 30));
    expect(rec.seen).toHaveLength(before);
  });
});

describe('readAllSnippetsInChunks', () => {
  it('reads every row once, whatever the chunk size', async () => {
    await seed(23);
    await trashSnippet(db, (await listLiveSnippets(db))[0]!.id);
    const all = (await db.snippets.toArray()).map((s) => s.id).sort();
    for (const chunk of [1, 5, 23, 24, 1000]) expect((await readAllSnippetsInChunks(db, chunk)).map((s) => s.id).sort()).toEqual(all);
  });
});
