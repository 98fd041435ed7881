// The early first-screen read runs before Dexie: it must give the same rows Dexie would, and step
// aside — creating and changing nothing — whenever the database is not there or not upgraded yet.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, DrafterDatabase } from '../../lib/db/database.ts';
import { FIRST_SCREEN, firstScreenSettled, startFirstScreenRead, takeFirstScreen } from '../../lib/db/firstScreen.ts';
import { createSnippet, firstLiveSnippets, recordSnippetUse, trashSnippet } from '../../lib/db/snippets.ts';

/** As on a fresh page: the read is started once per page and handed over on the global object. */
async function readEarly(): Promise<unknown[] | null> {
  delete (globalThis as Record<string, unknown>).__drafterFirstScreen;
  startFirstScreenRead();
  await firstScreenSettled(1000);
  return takeFirstScreen();
}

const remove = () => Dexie.delete(DATABASE_NAME);
beforeEach(remove);
afterEach(remove);

describe('the early first-screen read', () => {
  it('gives the rows Dexie lists first, trash left out', async () => {
    const db = new DrafterDatabase();
    for (let i = 0; i < 30; i++) await createSnippet(db, { title: `片段${i}`, body: '', role: 'work', folder: '', tags: [], favorite: i === 7 }, 1000 + i);
    const all = await db.snippets.toArray();
    await recordSnippetUse(db, all[3]!.id);
    await trashSnippet(db, all[29]!.id);
    const expected = await firstLiveSnippets(db, FIRST_SCREEN);
    db.close();
    expect(await readEarly()).toEqual(expected);
    // Handed over once: a library view mounted later reads its own through Dexie.
    expect(takeFirstScreen()).toBeNull();
  });

  it('drops rows that arrive after the panel asked for them: a later view must not paint them, stale', async () => {
    const db = new DrafterDatabase();
    await createSnippet(db, { title: '片段', body: '', role: 'work', folder: '', tags: [], favorite: false }, 1000);
    db.close();
    delete (globalThis as Record<string, unknown>).__drafterFirstScreen;
    startFirstScreenRead();
    expect(takeFirstScreen()).toBeNull(); // asked before the read answered (the render timed out)
    await (globalThis as unknown as { __drafterFirstScreen: { done: Promise<void> } }).__drafterFirstScreen.done;
    expect(takeFirstScreen()).toBeNull();
  });

  it('creates no database when there is none (Dexie creates it later)', async () => {
    expect(await readEarly()).toBeNull();
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
  });

  it('steps aside for a database Dexie has not upgraded yet, and leaves it as it was', async () => {
    const old = new Dexie(DATABASE_NAME);
    old.version(3).stores({ snippets: 'id, folder, role, updatedAt, deletedAt, *tags' });
    await old.open();
    await old.table('snippets').add({ id: 's1', title: '旧', deletedAt: null });
    old.close();
    expect(await readEarly()).toBeNull();
    const again = new Dexie(DATABASE_NAME);
    await again.open();
    expect([again.verno, await again.table('snippets').count()]).toEqual([3, 1]);
    again.close();
  });
});
