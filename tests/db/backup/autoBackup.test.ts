// Automatic backups into a folder, on fake-indexeddb with a folder in memory and a clock the test
// moves: written at once when a folder is chosen, again after changes settle, checked before it
// takes its final name (with and without the browser's rename), rotated, and never in place of a
// good file when the check fails; without a folder, the reminder after a week, once a day.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoBackup, type AutoBackup, type Clock } from '../../../lib/db/backup/auto.ts';
import type { BackupFileHandle, BackupFolderHandle } from '../../../lib/db/backup/folder.ts';
import { listFolderBackups, openFolderBackup } from '../../../lib/db/backup/folderBackups.ts';
import { readStatus } from '../../../lib/db/backup/localState.ts';
import { BACKUP_VERSION } from '../../../lib/db/backup/format.ts';
import { readLibraryFile } from '../../../lib/db/backup/read.ts';
import { createSnippet } from '../../../lib/db/snippets.ts';
import { autoBackupName, parseAutoBackupName, stampOf } from '../../../lib/domain/backup/name.ts';
import { chooseKept } from '../../../lib/domain/backup/rotation.ts';
import { DAY, HOUR, MINUTE } from '../../../lib/domain/backup/schedule.ts';
import { freshDatabase } from '../support.ts';
import { populate } from './library.ts';

// A real browser's handle is kept in IndexedDB as it is (structured clone); a folder made of
// functions is not cloneable, so here it is kept beside the database instead.
const kept = new Map<string, BackupFolderHandle | null>();
vi.mock('../../../lib/db/backup/localState.ts', async (original) => ({
  ...(await original<typeof import('../../../lib/db/backup/localState.ts')>()),
  readFolder: async (db: { name: string }) => kept.get(db.name) ?? null,
  writeFolder: async (db: { name: string }, folder: BackupFolderHandle | null) => void kept.set(db.name, folder),
}));

class TestClock implements Clock {
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  constructor(public time: number) {}
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    // A timer set when it is already due fires on its own, as a browser's does: the schedule may
    // set it only after the test has moved the clock (it reads the status first), and no later
    // move would come to fire it.
    if (ms <= 0) setTimeout(() => this.timers.delete(id) && run(), 0);
    return id;
  };
  clearTimeout = (id: unknown) => void this.timers.delete(id as number);
  /** True while a timer waits: the schedule has set its next one. */
  armed = () => this.timers.size > 0;
  /** Moves time on, firing each timer that falls due, as a browser would. */
  advance(ms: number) {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at > this.time) continue;
      this.timers.delete(id);
      timer.run();
    }
  }
}

/** A folder in memory; `damage` spoils what is written, `move: false` a browser that cannot rename. */
function memoryFolder(options: { move?: boolean | 'refuses'; damage?: (text: string) => string; permission?: PermissionState } = {}) {
  const files = new Map<string, string>();
  let permission: PermissionState = options.permission ?? 'granted';
  const fileHandle = (name: string): BackupFileHandle => ({
    kind: 'file',
    name,
    getFile: async () => {
      const text = files.get(name);
      if (text === undefined) throw Object.assign(new Error('gone'), { name: 'NotFoundError' });
      return { text: async () => text };
    },
    createWritable: async () => {
      let buffer = '';
      return { write: async (data: string) => void (buffer += data), close: async () => void files.set(name, options.damage ? options.damage(buffer) : buffer) };
    },
    ...(options.move === false
      ? {}
      : {
          move: async (to: string) => {
            if (options.move === 'refuses') throw Object.assign(new Error('no'), { name: 'InvalidModificationError' });
            files.set(to, files.get(name)!);
            files.delete(name);
          },
        }),
  });
  const folder: BackupFolderHandle = {
    kind: 'directory',
    name: '我的备份',
    async *values() {
      for (const name of [...files.keys()]) yield { kind: 'file' as const, name };
    },
    getFileHandle: async (name, o) => {
      if (!files.has(name) && !o?.create) throw Object.assign(new Error('none'), { name: 'NotFoundError' });
      return fileHandle(name);
    },
    removeEntry: async (name) => void files.delete(name),
    queryPermission: async () => permission,
    requestPermission: async () => (permission = 'granted'),
  };
  return { folder, files };
}

const T0 = new Date(2026, 11, 1, 9, 0, 0).getTime();
let running: AutoBackup | null = null;
afterEach(() => running?.stop());

async function setUp(options: Parameters<typeof memoryFolder>[0] = {}) {
  const db = freshDatabase();
  await populate(db);
  const clock = new TestClock(T0);
  const { folder, files } = memoryFolder(options);
  running = startAutoBackup(db, { clock });
  return { db, clock, folder, files, auto: running };
}

/** Waits for what a step writes: a limit, not a budget — a loaded machine may take seconds. */
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 15_000, interval: 20 });

/**
 * Moves the clock on and lets the steps it set off finish: they end by setting the next timer, and
 * the next move must find it set (a timer set after it would wait for yet another move).
 */
async function jump(clock: TestClock, ms: number) {
  clock.advance(ms);
  await until(() => expect(clock.armed()).toBe(true));
}

const ours = (files: Map<string, string>) => [...files.keys()].filter((n) => parseAutoBackupName(n)).sort();
const nameAt = (time: number) => autoBackupName(stampOf(new Date(time)), BACKUP_VERSION);

describe('automatic backups into a folder', () => {
  it('writes one as soon as the folder is chosen, checked and under its dated name, with no temporary file left', async () => {
    const { db, folder, files, auto } = await setUp();
    expect(await auto.chooseFolder(folder)).toBeNull();
    expect([...files.keys()]).toEqual([nameAt(T0)]);
    const read = readLibraryFile(files.get(nameAt(T0))!);
    expect(read.ok && read.value.kind === 'backup' && read.value.file.snippets.length).toBeGreaterThan(0);
    expect(await readStatus(db)).toMatchObject({ lastWrittenAt: T0, lastFile: nameAt(T0), folderName: '我的备份', failure: null, changedSince: null });
  });

  it('writes again once changes have settled, and daily without changes', async () => {
    const { db, clock, folder, files, auto } = await setUp();
    await auto.chooseFolder(folder);
    clock.advance(HOUR);
    await createSnippet(db, { title: '新写的', body: '正文', role: 'work', folder: '', tags: [], favorite: false }, clock.now());
    await until(async () => expect((await readStatus(db)).changedSince).toBe(T0 + HOUR));
    clock.advance(MINUTE);
    expect(ours(files)).toHaveLength(1);
    clock.advance(MINUTE);
    await until(() => expect(ours(files)).toEqual([nameAt(T0), nameAt(T0 + HOUR + 2 * MINUTE)]));
    const newest = readLibraryFile(files.get(nameAt(T0 + HOUR + 2 * MINUTE))!);
    expect(newest.ok && newest.value.kind === 'backup' && newest.value.file.snippets.some((s) => s.title === '新写的')).toBe(true);
    await until(async () => expect((await readStatus(db)).changedSince).toBeNull());
    // One jump, as a computer waking up the next day: the timer that was waiting fires once.
    clock.advance(DAY);
    await until(() => expect(ours(files)).toHaveLength(3));
  });

  it('keeps the newest 30 and one a month, and leaves the user’s own files alone', async () => {
    const { folder, files, auto } = await setUp();
    const old = Array.from({ length: 40 }, (_, i) => nameAt(T0 - (i + 1) * 3 * DAY));
    for (const name of [...old, '我的笔记.docx', '写材料助手备份-2026-11-01.json']) files.set(name, '{}');
    await auto.chooseFolder(folder);
    const expected = chooseKept([...old, nameAt(T0)]).keep.map((n) => n.name).sort();
    expect(ours(files)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(30);
    expect(files.has('我的笔记.docx') && files.has('写材料助手备份-2026-11-01.json')).toBe(true);
  });

  it('where files cannot be renamed (no move, or a move refused), writes the final name only after the check, and removes the temporary one', async () => {
    for (const move of [false, 'refuses'] as const) {
      const { folder, files, auto } = await setUp({ move });
      expect(await auto.chooseFolder(folder)).toBeNull();
      expect([...files.keys()]).toEqual([nameAt(T0)]);
      expect(readLibraryFile(files.get(nameAt(T0))!).ok).toBe(true);
      auto.stop();
    }
  });

  it('a file that does not read back right never takes a name, and the good ones stay', async () => {
    const { db, folder, files, auto } = await setUp({ damage: (text) => text.slice(0, text.length / 2) });
    files.set(nameAt(T0 - DAY), '好的旧备份');
    expect(await auto.chooseFolder(folder)).toEqual({ code: 'autoBackup.notVerified' });
    expect([...files.entries()]).toEqual([[nameAt(T0 - DAY), '好的旧备份']]);
    expect((await readStatus(db)).failure).toMatchObject({ code: 'autoBackup.notVerified', at: T0 });
  });

  it('asks for the browser’s leave again with one click, then writes', async () => {
    const { db, folder, files, auto } = await setUp({ permission: 'prompt' });
    expect(await auto.chooseFolder(folder)).toEqual({ code: 'autoBackup.needsPermission' });
    expect(files.size).toBe(0);
    expect(await auto.resume()).toBeNull();
    expect(ours(files)).toHaveLength(1);
    expect((await readStatus(db)).failure).toBeNull();
  });

  it('lists the folder’s backups newest first with their counts; a damaged one says why', async () => {
    const { clock, folder, files, auto } = await setUp();
    await auto.chooseFolder(folder);
    clock.advance(DAY);
    await until(() => expect(ours(files)).toHaveLength(2));
    files.set(nameAt(T0 + DAY), files.get(nameAt(T0 + DAY))!.slice(0, 100));
    const list = await listFolderBackups(folder);
    expect(list.map((b) => [b.name, b.ok])).toEqual([
      [nameAt(T0 + DAY), false],
      [nameAt(T0), true],
    ]);
    expect(list[0]).toMatchObject({ ok: false, error: { code: 'backup.notJson' } });
    expect(list[1]).toMatchObject({ ok: true, writtenAt: T0, counts: { snippets: expect.any(Number) } });
    expect((await openFolderBackup(folder, nameAt(T0))).ok).toBe(true);
  });
});

describe('the reminder without a folder', () => {
  it('comes after a week of changes without a backup, not more than once a day, and a download ends it', async () => {
    const { db, clock, auto } = await setUp();
    await createSnippet(db, { title: '改动', body: '', role: 'work', folder: '', tags: [], favorite: false }, clock.now());
    await until(async () => expect((await readStatus(db)).changedSince).toBe(T0));
    await jump(clock, 7 * DAY - HOUR);
    expect((await readStatus(db)).reminding).toBe(false);
    await jump(clock, HOUR);
    await until(async () => expect((await readStatus(db)).reminding).toBe(true));
    await auto.dismissReminder();
    await jump(clock, 23 * HOUR);
    expect((await readStatus(db)).reminding).toBe(false);
    await jump(clock, HOUR);
    await until(async () => expect((await readStatus(db)).reminding).toBe(true));
    await auto.noteDownload();
    await jump(clock, 2 * DAY);
    expect(await readStatus(db)).toMatchObject({ reminding: false, changedSince: null, lastBackupAt: T0 + 8 * DAY });
  });
});
