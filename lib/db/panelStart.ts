// The database side of the side panel, loaded once the panel's first screen is painted: Dexie and
// zod (about 200 kB of script) are then not evaluated before that paint. The first screen itself
// comes from a plain IndexedDB read (firstScreen.ts).
import { database, type DrafterDatabase } from './database.ts';
import { followQuery } from './follow.ts';
import { watchLibrary, type LibrarySnapshot, type WatchOptions } from './liveLibrary.ts';
import { requestPersistentStorage } from './persist.ts';
import { seedSampleLibraryIfEmpty } from './seedSampleLibrary.ts';
import { currentPeriod, readSetting, type FontSize } from './settings.ts';
import { purgeExpiredTrash } from './trash.ts';

let started = false;
/** Keeps storage persistent, offers the sample library to a new user, purges the old trash (once a page). */
export function startPanelDatabase(): void {
  if (started) return;
  started = true;
  void requestPersistentStorage();
  void seedSampleLibraryIfEmpty(database());
  // Snippets and reports trashed more than 30 days ago go for good, checked each time the panel opens — a
  // little later, so its write transaction does not hold up reading the rest of the library.
  setTimeout(() => void purgeExpiredTrash(database()), 3000);
}

/** The live library (liveLibrary.ts) of the extension's database. Returns the stop function. */
export function watchPanelLibrary(onChange: (snapshot: LibrarySnapshot) => void, options: WatchOptions): () => void {
  return watchLibrary(database(), onChange, options);
}

/** A value of the extension's database, followed live (follow.ts). Returns the stop function. */
export function followDatabase<T>(read: (db: DrafterDatabase) => Promise<T>, onValue: (value: T) => void, onError?: (error: unknown) => void): () => void {
  return followQuery(() => read(database()), onValue, onError);
}

type Follow<T> = (onValue: (value: T) => void, onError?: (error: unknown) => void) => () => void;
const follow =
  <T>(read: (db: DrafterDatabase) => Promise<T>): Follow<T> =>
  (onValue, onError) =>
    followDatabase(read, onValue, onError);

// What the first screen follows. Its hooks (usePanelDatabase.ts) name these rather than pass a read
// of their own: a read written there would load settings.ts, and zod with it, before the first paint.
export const followCurrentPeriod = follow(currentPeriod);
export const followSnippetOrder = follow(async (db) => (await readSetting(db, 'snippetOrder')) ?? []);
export const followFontSize = follow<FontSize>(async (db) => (await readSetting(db, 'fontSize')) ?? 'standard');
export const followGuideClosed = follow(async (db) => (await readSetting(db, 'guideClosed')) ?? false);
