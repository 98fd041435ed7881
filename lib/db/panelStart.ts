// The database side of the side panel, loaded once the panel's first screen is painted: Dexie and
// zod (about 200 kB of script) are then not evaluated before that paint. The first screen itself
// comes from a plain IndexedDB read (firstScreen.ts).
import { database } from './database.ts';
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
  // Snippets trashed more than 30 days ago go for good, checked each time the panel opens — a
  // little later, so its write transaction does not hold up reading the rest of the library.
  setTimeout(() => void purgeExpiredTrash(database()), 3000);
}

/** The live library (liveLibrary.ts) of the extension's database. Returns the stop function. */
export function watchPanelLibrary(onChange: (snapshot: LibrarySnapshot) => void, options: WatchOptions): () => void {
  return watchLibrary(database(), onChange, options);
}

export const followCurrentPeriod = (onValue: (period: string) => void) => followQuery(() => currentPeriod(database()), onValue);

export const followSnippetOrder = (onValue: (order: string[]) => void) => followQuery(async () => (await readSetting(database(), 'snippetOrder')) ?? [], onValue);

export const followFontSize = (onValue: (size: FontSize) => void) =>
  followQuery(async () => (await readSetting(database(), 'fontSize')) ?? 'standard', onValue);

export const followGuideClosed = (onValue: (closed: boolean) => void) => followQuery(async () => (await readSetting(database(), 'guideClosed')) ?? false, onValue);
