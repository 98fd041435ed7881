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
/** What the read gave, once it has: rows, or null when it could not answer. */
let rows: Snippet[] | null | undefined;

/** Starts the read; it gives null when the database cannot answer it (Dexie then reads it). */
export function startFirstScreenRead(): void {
  started ??= readFirstScreen().then((result) => (rows = result));
}

/**
 * Resolves once the read has given its rows, or after `timeoutMs`: the panel renders then, so its
 * first frame already shows the list instead of a loading line followed by the list.
 */
export function firstScreenSettled(timeoutMs: number): Promise<void> {
  if (!started) return Promise.resolve();
  return Promise.race([started.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** The rows the read gave, once: a library view mounted later reads its own through Dexie. */
export function takeFirstScreen(): Snippet[] | null {
  const taken = rows ?? null;
  rows = null;
  return taken;
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
        const transaction = db.transaction('snippets', 'readonly');
        transaction.oncomplete = () => db.close();
        transaction.onabort = () => db.close();
        const store = transaction.objectStore('snippets');
        if (!store.indexNames.contains('orderKey')) return resolve(null); // closed as the transaction ends
        const rows = store.index('orderKey').getAll(IDBKeyRange.bound(LIVE_FROM, LIVE_UNTIL, false, true), FIRST_SCREEN);
        rows.onsuccess = () => resolve(rows.result as Snippet[]);
        rows.onerror = () => resolve(null);
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
