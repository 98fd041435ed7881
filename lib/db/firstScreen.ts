// The panel's first screen, read straight from IndexedDB by a tiny script that runs before the
// panel's main script (entrypoints/sidepanel/early.ts): the read then overlaps the ~25 ms it takes
// to evaluate React and Dexie instead of starting after them. It only ever reads, and steps aside
// whenever the database is not what it expects — not created yet, not upgraded yet, being
// upgraded — so Dexie (database.ts) stays the one that creates and upgrades the database.
import type { Snippet } from '../domain/schemas.ts';
import { DATABASE_NAME } from './names.ts';
import { LIVE_FROM, LIVE_UNTIL } from './orderKey.ts';

/** Rows on the first screen: a tall panel shows about 20. */
export const FIRST_SCREEN = 24;

let started: Promise<Snippet[] | null> | null = null;

/** Starts the read; null when the database cannot answer it (Dexie then reads the first screen). */
export function startFirstScreenRead(): void {
  started ??= readFirstScreen();
}

/** The read started above, once: later library watchers read through Dexie. */
export function takeFirstScreen(): Promise<Snippet[] | null> | null {
  const read = started;
  started = Promise.resolve(null);
  return read;
}

function readFirstScreen(): Promise<Snippet[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch {
      return resolve(null);
    }
    // No database yet: create nothing (the aborted open fails), Dexie will create it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie opening a newer version must not wait on this connection.
      db.onversionchange = () => db.close();
      try {
        const store = db.transaction('snippets', 'readonly').objectStore('snippets');
        if (!store.indexNames.contains('orderKey')) {
          db.close();
          return resolve(null);
        }
        const rows = store.index('orderKey').getAll(IDBKeyRange.bound(LIVE_FROM, LIVE_UNTIL, false, true), FIRST_SCREEN);
        rows.onsuccess = () => resolve(rows.result as Snippet[]);
        rows.onerror = () => resolve(null);
        rows.transaction!.oncomplete = () => db.close();
        rows.transaction!.onabort = () => db.close();
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
