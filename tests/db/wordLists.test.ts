// The word list repository on a real (fake-indexeddb) database: a list starts at revision 1 and
// each save moves it one up; a bad list, a gone or trashed list and a stale revision are refused
// with nothing written; deleting goes through the trash, which keeps a list 30 days.
import { describe, expect, it } from 'vitest';
import { emptyTrash, purgeExpiredTrash } from '../../lib/db/trash.ts';
import {
  createWordList,
  editOwnEntries,
  deleteWordListForever,
  getWordList,
  listTrashedWordLists,
  listWordLists,
  ownWordList,
  restoreWordList,
  saveOwnEntries,
  saveWordList,
  trashWordList,
} from '../../lib/db/wordLists.ts';
import { writeProblems } from '../../lib/db/writeFailure.ts';
import type { WordEntry } from '../../lib/domain/wordList.ts';
import { freshDatabase } from './support.ts';

const DAY = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const codesOf = (write: Promise<unknown>) => write.then(() => 'written', (e: unknown) => writeProblems(e).map((p) => p.code));

const TERM: WordEntry = { kind: 'term', wrong: '两学一做学习教育', right: '“两学一做”学习教育', note: '加引号' };
const BANNED: WordEntry = { kind: 'banned', word: '有关部门', note: '写明是哪个部门' };
const FULL: WordEntry = { kind: 'fullName', short: '县发改局', full: '县发展和改革局' };

describe('word lists', () => {
  it('are made at revision 1 with a UUID, and each save moves the revision one up and keeps the creation time', async () => {
    const db = freshDatabase();
    const made = await createWordList(db, '办公室词表', [TERM], 100);
    expect(made).toMatchObject({ name: '办公室词表', revision: 1, createdAt: 100, updatedAt: 100, deletedAt: null, entries: [TERM] });
    expect(made.id).toMatch(UUID);

    const once = await saveWordList(db, { ...made, entries: [TERM, BANNED] }, { now: 200 });
    const twice = await saveWordList(db, { ...once, entries: [TERM, BANNED, FULL] }, { now: 200 });
    expect([once.revision, twice.revision]).toEqual([2, 3]);
    expect([twice.createdAt, once.updatedAt, twice.updatedAt]).toEqual([100, 200, 201]);
    expect(await getWordList(db, made.id)).toEqual(twice);
  });

  it('trim what is written and give a missing note as empty', async () => {
    const db = freshDatabase();
    const made = await createWordList(db, ' 词表 ', [{ kind: 'banned', word: ' 据说 ' } as WordEntry]);
    expect(made.name).toBe('词表');
    expect(made.entries).toEqual([{ kind: 'banned', word: '据说', note: '' }]);
  });

  it('refuse an empty word, a word of two lines and an unknown kind, writing nothing', async () => {
    const db = freshDatabase();
    const made = await createWordList(db, '词表', [BANNED], 1);
    for (const entries of [[{ kind: 'banned', word: '  ', note: '' }], [{ kind: 'term', wrong: '甲\n乙', right: '丙', note: '' }], [{ kind: 'other', word: '甲' }]]) {
      expect(await codesOf(saveWordList(db, { ...made, entries: entries as WordEntry[] }))).not.toBe('written');
    }
    expect(await getWordList(db, made.id)).toEqual(made);
  });

  it('refuse a save begun from an older revision, and a save to a list that is trashed or gone', async () => {
    const db = freshDatabase();
    const made = await createWordList(db, '词表', [], 1);
    await saveWordList(db, { ...made, entries: [BANNED] }, { expectedRevision: 1 });
    expect(await codesOf(saveWordList(db, { ...made, entries: [TERM] }, { expectedRevision: 1 }))).toEqual(['db.wordListChanged']);
    await trashWordList(db, made.id, 5);
    expect(await codesOf(saveWordList(db, { ...made, entries: [TERM] }))).toEqual(['db.wordListTrashed']);
    expect(await codesOf(saveWordList(db, { id: 'nope', name: '词表', entries: [] }))).toEqual(['db.wordListGone']);
    expect((await getWordList(db, made.id))?.entries).toEqual([BANNED]);
  });

  it('go to the trash and come back as they were; only a trashed list can be deleted for good', async () => {
    const db = freshDatabase();
    const first = await createWordList(db, '甲', [TERM], 1);
    const second = await createWordList(db, '乙', [BANNED], 2);
    expect((await listWordLists(db)).map((l) => l.name)).toEqual(['甲', '乙']);

    await trashWordList(db, first.id, 50);
    expect((await listWordLists(db)).map((l) => l.name)).toEqual(['乙']);
    expect(await listTrashedWordLists(db)).toMatchObject([{ name: '甲', deletedAt: 50 }]);
    expect(await deleteWordListForever(db, second.id)).toBe(false);

    await restoreWordList(db, first.id);
    expect(await getWordList(db, first.id)).toEqual(first);
    await trashWordList(db, first.id, 60);
    expect(await deleteWordListForever(db, first.id)).toBe(true);
    expect(await getWordList(db, first.id)).toBeUndefined();
    expect(await codesOf(restoreWordList(db, first.id))).toEqual(['db.wordListGone']);
  });

  it('wait 30 days in the trash, and leave with it when it is emptied', async () => {
    const db = freshDatabase();
    const old = await createWordList(db, '旧', [], 1);
    const recent = await createWordList(db, '新', [], 2);
    const live = await createWordList(db, '在用', [], 3);
    await trashWordList(db, old.id, 0);
    await trashWordList(db, recent.id, 29 * DAY);
    expect(await purgeExpiredTrash(db, 31 * DAY)).toBe(1);
    expect((await listTrashedWordLists(db)).map((l) => l.name)).toEqual(['新']);
    expect(await emptyTrash(db)).toBe(1);
    expect((await db.wordLists.toArray()).map((l) => l.id)).toEqual([live.id]);
  });
});

describe('the panel’s own list', () => {
  it('is made on the first save, then saved in place; a stale revision is refused', async () => {
    const db = freshDatabase();
    expect(await ownWordList(db)).toBeUndefined();
    const made = await saveOwnEntries(db, [TERM], { name: '我的词表', now: 10 });
    expect(made).toMatchObject({ name: '我的词表', revision: 1, entries: [TERM] });
    const saved = await saveOwnEntries(db, [TERM, FULL], { name: 'ignored', expectedRevision: 1, now: 20 });
    expect(saved).toMatchObject({ id: made.id, name: '我的词表', revision: 2, entries: [TERM, FULL] });
    expect(await codesOf(saveOwnEntries(db, [], { name: '我的词表', expectedRevision: 1 }))).toEqual(['db.wordListChanged']);
  });

  it('is not another list made earlier (a pack’s), and a trashed own list is not edited unseen', async () => {
    const db = freshDatabase();
    const pack = await createWordList(db, '某个共享词表', [BANNED], 1);
    const own = await saveOwnEntries(db, [TERM], { name: '我的词表', now: 5 });
    expect(own.id).not.toBe(pack.id);
    expect((await ownWordList(db))?.id).toBe(own.id);
    await trashWordList(db, own.id);
    expect(await ownWordList(db)).toBeUndefined();
    expect(await codesOf(saveOwnEntries(db, [], { name: '我的词表', expectedRevision: 1 }))).toEqual(['db.wordListChanged']);
  });
});

describe('edits of the panel’s own list', () => {
  it('add, change, remove and put back entries, one revision each, making the list on the first', async () => {
    const db = freshDatabase();
    const name = '我的词表';
    expect((await editOwnEntries(db, { kind: 'add', entry: TERM }, { name })).revision).toBe(1);
    await editOwnEntries(db, { kind: 'add', entry: BANNED }, { name });
    await editOwnEntries(db, { kind: 'add', entry: FULL }, { name });
    const changed: WordEntry = { ...BANNED, note: '写明部门名称' };
    await editOwnEntries(db, { kind: 'replace', before: BANNED, after: changed }, { name });
    expect((await ownWordList(db))?.entries).toEqual([TERM, changed, FULL]);
    await editOwnEntries(db, { kind: 'remove', entry: changed }, { name });
    expect((await ownWordList(db))?.entries).toEqual([TERM, FULL]);
    const back = await editOwnEntries(db, { kind: 'insert', entry: changed, at: 1 }, { name });
    expect(back.entries).toEqual([TERM, changed, FULL]);
    expect(back.revision).toBe(6);
  });

  it('refuse a change or removal of an entry that is no longer there, writing nothing', async () => {
    const db = freshDatabase();
    const made = await saveOwnEntries(db, [TERM], { name: '我的词表' });
    expect(await codesOf(editOwnEntries(db, { kind: 'remove', entry: BANNED }, { name: '我的词表' }))).toEqual(['db.wordListChanged']);
    expect(await codesOf(editOwnEntries(db, { kind: 'replace', before: { ...TERM, note: '别的说明' }, after: BANNED }, { name: '我的词表' }))).toEqual(['db.wordListChanged']);
    expect(await ownWordList(db)).toEqual(made);
  });
});
