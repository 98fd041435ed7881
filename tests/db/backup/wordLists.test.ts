// Word lists in backups (format version 3): they go out and come back with the rest of the
// library, trash included, and the panel's own list stays its own; 找回 puts the backup's words back
// as the list's next revision (revisions never go back: packs compare them); a version 2 backup,
// written before word lists existed, still restores; a damaged list refuses the whole file with its
// place and words that say what is wrong, and nothing is written.
import { describe, expect, it } from 'vitest';
import { fileErrorText } from '../../../components/backup/fileErrorText.ts';
import { backupToJson, BACKUP_VERSION, previewRestore, readLibraryFile, restoreBackup, restoreFromText, type BackupFile } from '../../../lib/db/backup/index.ts';
import { createWordList, getWordList, listTrashedWordLists, listWordLists, ownWordList, saveOwnEntries } from '../../../lib/db/wordLists.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate, populated } from './library.ts';

/** The file as the version before word lists wrote it: no `wordLists`, version 2. */
function versionTwo(file: BackupFile): string {
  const { wordLists: _none, ...rest } = file;
  return backupToJson({ ...rest, version: 2 });
}

describe('word lists in a backup', () => {
  it('go out and come back whole, the trashed one still in the trash and the own list still the panel’s', async () => {
    const { db, file } = await populated();
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.wordLists).toHaveLength(2);
    const target = freshDatabase();
    const result = await restoreFromText(target, backupToJson(file), 'replace');
    expect(result.ok && result.outcome.written.wordLists).toBe(2);
    expect(await ownWordList(target)).toEqual(await ownWordList(db));
    expect((await ownWordList(target))?.entries.map((e) => e.kind)).toEqual(['term', 'banned', 'fullName']);
    expect((await listTrashedWordLists(target)).map((l) => l.name)).toEqual(['旧词表']);
    expect(await dump(target)).toEqual(await dump(db));
  });

  it('找回 puts back the words changed since the backup as the next revision, keeps a list made after it, and a second 找回 writes nothing', async () => {
    const { db, file } = await populated();
    const own = (await ownWordList(db))!;
    const edited = await saveOwnEntries(db, [], { name: own.name, expectedRevision: own.revision, now: 6000 });
    const later = await createWordList(db, '后来的词表', [{ kind: 'banned', word: '相关', note: '' }], 6001);

    expect((await previewRestore(db, file)).plan.wordLists).toEqual({ add: 0, revert: 1, extra: 1 });
    const outcome = await restoreBackup(db, file, 'merge', 7000);
    expect(outcome.written.wordLists).toBe(1);
    const back = (await getWordList(db, own.id))!;
    expect(back.entries).toEqual(own.entries);
    expect(back.revision).toBe(edited.revision + 1);
    expect(back.updatedAt).toBe(7000);
    expect(await getWordList(db, later.id)).toEqual(later);

    expect((await previewRestore(db, file)).plan.wordLists).toEqual({ add: 0, revert: 0, extra: 1 });
    expect((await restoreBackup(db, file, 'merge', 8000)).written.wordLists).toBe(0);

    await restoreBackup(db, file, 'replace');
    expect(await getWordList(db, later.id)).toBeUndefined();
    expect(await getWordList(db, own.id)).toEqual(own);
  });

  it('找回 into a library with no lists brings them back with the own list’s place in the panel', async () => {
    const { file } = await populated();
    const db = freshDatabase();
    await restoreBackup(db, file, 'merge');
    expect((await ownWordList(db))?.name).toBe('我的词表');
    expect((await listWordLists(db)).map((l) => l.name)).toEqual(['我的词表']);
  });
});

describe('a version 2 backup, from before word lists', () => {
  it('is read as a backup with no word lists', async () => {
    const { file } = await populated();
    const read = readLibraryFile(versionTwo(file));
    if (!read.ok || read.value.kind !== 'backup') throw new Error(`refused: ${JSON.stringify(read)}`);
    expect(read.value.file.version).toBe(2);
    expect(read.value.file.wordLists).toEqual([]);
    expect(read.value.file.reports).toEqual(file.reports);
  });

  it('找回 leaves the word lists here as they are', async () => {
    const { db, file } = await populated();
    const before = await dump(db);
    const result = await restoreFromText(db, versionTwo(file), 'merge');
    expect(result.ok && result.outcome.written.wordLists).toBe(0);
    expect(await dump(db)).toEqual(before);
  });

  it('替换 makes the library the backup, which had no word lists — and the preview says so first', async () => {
    const { db, file } = await populated();
    const read = readLibraryFile(versionTwo(file));
    if (!read.ok || read.value.kind !== 'backup') throw new Error('refused');
    expect((await previewRestore(db, read.value.file)).plan.wordLists).toEqual({ add: 0, revert: 0, extra: 2 });
    await restoreBackup(db, read.value.file, 'replace');
    expect(await db.wordLists.count()).toBe(0);
    expect(await ownWordList(db)).toBeUndefined();
    expect((await dump(db)).reports).toEqual(file.reports.slice().sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('a damaged word list in a backup', () => {
  /** Both modes refuse `bad` with `code` at `path`, in words that say so, and nothing is written. */
  async function refused(bad: unknown, path: string, words: RegExp) {
    const db = freshDatabase();
    await populate(db);
    const before = await dump(db);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await restoreFromText(db, JSON.stringify(bad), mode);
      if (result.ok) throw new Error(`restored a damaged file (${mode})`);
      expect(result.error).toMatchObject({ code: 'backup.badField', path });
      expect(fileErrorText(result.error)).toMatch(words);
      expect(fileErrorText(result.error)).toMatch(/现有资料没有任何改动。$/);
    }
    expect(await dump(db)).toEqual(before);
  }

  it('refuses two lists with one id, an empty word, an entry of no known kind and a revision of 0', async () => {
    const { file } = await populated();
    const twice = structuredClone(file);
    twice.wordLists[1]!.id = twice.wordLists[0]!.id;
    await refused(twice, 'wordLists[1].id', /词表编号重复/);
    const at = file.wordLists.findIndex((l) => l.entries.length === 3);
    const empty = structuredClone(file) as unknown as { wordLists: { entries: Record<string, unknown>[] }[] };
    empty.wordLists[at]!.entries[1]!.word = ' ';
    await refused(empty, `wordLists[${at}].entries[1].word`, new RegExp(`wordLists\\[${at}\\]\\.entries\\[1\\]\\.word`));
    const kind = structuredClone(file) as unknown as { wordLists: { entries: unknown[] }[] };
    kind.wordLists[at]!.entries[0] = { kind: 'picture', word: '甲' };
    await refused(kind, `wordLists[${at}].entries[0].kind`, /entries\[0\]\.kind/);
    const revision = structuredClone(file);
    revision.wordLists[0]!.revision = 0;
    await refused(revision, 'wordLists[0].revision', /wordLists\[0\]\.revision/);
  });
});
