// The panel's first screen, read straight from IndexedDB by a tiny classic script that the panel's
// page runs from its <head> (entrypoints/first-screen.ts), before the browser has even fetched the
// panel's modules: the read overlaps loading and evaluating React, Dexie and zod instead of
// starting after them. (A module script listed first would not do: the bundler merges it into the
// panel's entry chunk, which runs only once all its imports have.) The two scripts are separate
// bundles, so the read is handed over on the page's global object. It only ever reads, and steps
// aside whenever the database is not what it expects — not created yet, not upgraded yet, being
// upgraded — so Dexie (database.ts) stays the one that creates and upgrades the database.
import type { Snippet } from '../domain/schemas.ts';
import { DATABASE_NAME } from './names.ts';
import { LIVE_FROM, LIVE_UNTIL } from './orderKey.ts';

/** Rows on the first screen: the list is at most 40% of the panel's height, 16 rows on a 1440-pixel-high screen. */
export const FIRST_SCREEN = 16;

/**
 * The read as the early script leaves it on the page: the rows, or null when it could not answer;
 * `taken` once the panel has asked for them — rows arriving after that are dropped, or a view
 * mounted minutes later would paint them, stale.
 */
interface FirstScreenRead {
  done: Promise<void>;
  rows: Snippet[] | null | undefined;
  taken: boolean;
}
const HANDOVER = '__drafterFirstScreen';
const page = globalThis as typeof globalThis & { [HANDOVER]?: FirstScreenRead };

/** Starts the read (once per page); it gives null when the database cannot answer (Dexie then reads it). */
export function startFirstScreenRead(): void {
  if (page[HANDOVER]) return;
  const read: FirstScreenRead = { done: Promise.resolve(), rows: undefined, taken: false };
  read.done = readFirstScreen().then((rows) => void (read.rows = read.taken ? null : rows));
  page[HANDOVER] = read;
}

/**
 * Resolves once the read has given its rows, or after `timeoutMs`: the panel renders then, so its
 * first frame already shows the list instead of a loading line followed by the list.
 */
export function firstScreenSettled(timeoutMs: number): Promise<void> {
  const read = page[HANDOVER];
  if (!read || read.rows !== undefined) return Promise.resolve();
  return Promise.race([read.done, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** The rows the read gave, once: a library view mounted later reads its own through Dexie. */
export function takeFirstScreen(): Snippet[] | null {
  const read = page[HANDOVER];
  if (!read) return null;
  const rows = read.rows ?? null;
  read.rows = null;
  read.taken = true;
  return rows;
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
