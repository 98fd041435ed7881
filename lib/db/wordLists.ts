// Word list repository (我的词表 and, later, lists that came in packs): each list is saved whole and
// checked against the domain schema first, so a bad list throws a ZodError and nothing is stored.
// Every save moves `revision` one up, which is how two copies of a list (a pack's and this
// computer's) tell which is later. Deleting a list moves it to the trash (回收站), where it waits
// 30 days like snippets and reports (trash.ts).
import { problem, ProblemError } from '../domain/problem.ts';
import { editEntries, WordList, type EntriesEdit, type WordEntry } from '../domain/wordList.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { goneError } from './problems.ts';
import { readSetting, writeSetting } from './settings.ts';

/** Oldest first, the same moment by id, so every reader lists them alike. */
const oldestFirst = (a: WordList, b: WordList): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Word lists not in the trash, in the order they were made. */
export async function listWordLists(db: DrafterDatabase): Promise<WordList[]> {
  return (await db.wordLists.toArray()).filter((l) => l.deletedAt === null).sort(oldestFirst);
}

export async function getWordList(db: DrafterDatabase, id: string): Promise<WordList | undefined> {
  return db.wordLists.get(id);
}

/** A new live list at revision 1. */
export async function createWordList(db: DrafterDatabase, name: string, entries: readonly WordEntry[] = [], now = Date.now()): Promise<WordList> {
  const list = WordList.parse({ id: newId(), name, entries, revision: 1, createdAt: now, updatedAt: now, deletedAt: null });
  await db.wordLists.add(list);
  return list;
}

export interface SaveWordListOptions {
  now?: number;
  /**
   * The revision the edit started from. When the stored list has another one, the save is refused
   * (db.wordListChanged) instead of overwriting another window's edit unseen.
   */
  expectedRevision?: number;
}

/** The live stored list, or the reason there is none to write to. */
async function liveList(db: DrafterDatabase, id: string): Promise<WordList> {
  const current = await db.wordLists.get(id);
  if (!current) throw goneError('db.wordListGone');
  if (current.deletedAt !== null) throw goneError('db.wordListTrashed');
  return current;
}

/**
 * Saves a list's name and entries: revision one up, creation time kept, updatedAt always forward
 * (two saves in one millisecond are still two versions).
 */
export async function saveWordList(db: DrafterDatabase, list: Pick<WordList, 'id' | 'name' | 'entries'>, options: SaveWordListOptions = {}): Promise<WordList> {
  const { now = Date.now(), expectedRevision } = options;
  return db.transaction('rw', db.wordLists, async () => {
    const current = await liveList(db, list.id);
    if (expectedRevision !== undefined && current.revision !== expectedRevision) throw new ProblemError(problem('db.wordListChanged'));
    const next = WordList.parse({ ...current, name: list.name, entries: list.entries, revision: current.revision + 1, updatedAt: Math.max(now, current.updatedAt + 1) });
    await db.wordLists.put(next);
    return next;
  });
}

/** Moves the list to the trash (回收站), where it waits 30 days (trash.ts) and can be put back. */
export async function trashWordList(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await setDeletedAt(db, id, now);
}

/** Takes the list out of the trash, as it was. */
export async function restoreWordList(db: DrafterDatabase, id: string): Promise<void> {
  await setDeletedAt(db, id, null);
}

async function setDeletedAt(db: DrafterDatabase, id: string, deletedAt: number | null): Promise<void> {
  const changed = await db.wordLists.update(id, { deletedAt });
  if (changed === 0) throw goneError('db.wordListGone');
}

/** Word lists in the trash, most recently deleted first. */
export async function listTrashedWordLists(db: DrafterDatabase): Promise<WordList[]> {
  const rows = await db.wordLists.where('deletedAt').aboveOrEqual(0).toArray();
  return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/** Deletes a trashed list for good. A list not in the trash is left alone (false). */
export async function deleteWordListForever(db: DrafterDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.wordLists, async () => {
    const list = await db.wordLists.get(id);
    if (!list || list.deletedAt === null) return false;
    await db.wordLists.delete(id);
    return true;
  });
}

/**
 * The one list the panel's 「我的词表」 edits (lists from packs sit beside it and are checked too):
 * the one settings name, else none yet. Settings travel in backups, so a restored library keeps it.
 */
export async function ownWordList(db: DrafterDatabase): Promise<WordList | undefined> {
  const id = await readSetting(db, 'ownWordList');
  const list = id === undefined ? undefined : await db.wordLists.get(id);
  return list && list.deletedAt === null ? list : undefined;
}

/**
 * Saves the entries of the panel's own list, making it (named `name`) on the first save.
 * `expectedRevision` is the revision the panel showed (none when it showed no list yet).
 */
export async function saveOwnEntries(db: DrafterDatabase, entries: readonly WordEntry[], options: { name: string; expectedRevision?: number; now?: number }): Promise<WordList> {
  const { name, expectedRevision, now = Date.now() } = options;
  return db.transaction('rw', db.wordLists, db.settings, async () => {
    const current = await ownWordList(db);
    if (!current) {
      if (expectedRevision !== undefined) throw new ProblemError(problem('db.wordListChanged'));
      const list = await createWordList(db, name, entries, now);
      await writeSetting(db, 'ownWordList', list.id);
      return list;
    }
    return saveWordList(db, { id: current.id, name: current.name, entries: [...entries] }, { now, expectedRevision });
  });
}

/**
 * Applies one edit of the panel's 「我的词表」 (add, change, remove, put back), making the list
 * (named `name`) on the first one. The edit names its entry by its words, so an edit about an entry
 * that another window has changed or removed meanwhile is refused (db.wordListChanged), nothing
 * written, instead of landing on another entry.
 */
export async function editOwnEntries(db: DrafterDatabase, edit: EntriesEdit, options: { name: string; now?: number }): Promise<WordList> {
  const { name, now = Date.now() } = options;
  return db.transaction('rw', db.wordLists, db.settings, async () => {
    const current = await ownWordList(db);
    const entries = editEntries(current?.entries ?? [], edit);
    if (!entries) throw new ProblemError(problem('db.wordListChanged'));
    return saveOwnEntries(db, entries, { name, now, ...(current ? { expectedRevision: current.revision } : {}) });
  });
}
