// Automatic backups while the panel is open: after changes (once they settle), and at least daily,
// into the folder the user chose; each written under a temporary name, checked, then put in place
// (folder.ts); then rotation (lib/domain/backup/rotation.ts) lets the old ones go. Without a folder,
// it keeps count of how long changes have gone without a backup and raises the reminder.
// Time comes from the clock it is given, so tests drive days forward without waiting.
import Dexie from 'dexie';
import { problem } from '../../domain/problem.ts';
import { autoBackupName, stampOf } from '../../domain/backup/name.ts';
import { chooseKept, KEEP_LATEST } from '../../domain/backup/rotation.ts';
import { backupDueAt, HOUR, MINUTE, shouldRemind } from '../../domain/backup/schedule.ts';
import type { DrafterDatabase } from '../database.ts';
import { backupToJson, exportLibrary } from './export.ts';
import { askFolderPermission, folderNames, folderPermission, folderProblem, removeBackups, writeCheckedBackup, type AutoBackupProblem, type BackupFolderHandle } from './folder.ts';
import { readFolder, readStatus, updateStatus, writeFolder } from './localState.ts';
import { TABLE_NAMES } from './restore.ts';

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** After a failure, the next try waits this long (or the user's click). */
const RETRY = 15 * MINUTE;
/** The longest the schedule sleeps before looking again (a computer that slept, a day that turned). */
const LOOK_AGAIN = HOUR;

export interface AutoBackup {
  /** A folder just chosen (inside the user's click): kept, and written to at once. */
  chooseFolder(folder: BackupFolderHandle): Promise<AutoBackupProblem | null>;
  /** The one click that gives the browser's leave again, then writes. */
  resume(): Promise<AutoBackupProblem | null>;
  /** Writes one now, due or not. */
  backupNow(): Promise<AutoBackupProblem | null>;
  /** No more automatic backups (the files in the folder stay). */
  forgetFolder(): Promise<void>;
  /** A backup downloaded by hand counts as a backup: no reminder for what it holds. */
  noteDownload(): Promise<void>;
  dismissReminder(): Promise<void>;
  stop(): void;
}

export interface AutoBackupOptions {
  clock?: Clock;
  keep?: number;
}

/** One backup at a time across the extension's pages (two panels open in two windows). */
async function exclusively<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request('report-drafter-auto-backup', run) : run();
}

export function startAutoBackup(db: DrafterDatabase, { clock = systemClock, keep = KEEP_LATEST }: AutoBackupOptions = {}): AutoBackup {
  let timer: unknown = null;
  let stopped = false;
  /** The latest change seen by this page (its own, or another page's through Dexie's broadcast). */
  let lastChangeAt: number | null = null;
  let running: Promise<unknown> = Promise.resolve();

  const prefix = `idb://${db.name}/`;
  const watched = new Set<string>(TABLE_NAMES);
  const onMutated = (parts: Record<string, unknown>) => {
    const changed = Object.keys(parts).some((part) => part.startsWith(prefix) && watched.has(part.slice(prefix.length).split('/')[0]!));
    if (!changed) return;
    lastChangeAt = clock.now();
    queue(async () => {
      await updateStatus(db, (s) => (s.changedSince === null ? { changedSince: lastChangeAt } : {}));
    });
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  /** Runs one step after the one before: the schedule and the user's clicks never overlap. */
  function queue<T>(step: () => Promise<T>): Promise<T> {
    const next = running.then(step);
    running = next.catch(() => undefined).then(() => schedule());
    return next;
  }

  async function schedule(): Promise<void> {
    if (stopped) return;
    if (timer !== null) clock.clearTimeout(timer);
    const status = await readStatus(db);
    const folder = await readFolder(db);
    const now = clock.now();
    let wait = LOOK_AGAIN;
    if (folder) {
      const due = backupDueAt({ lastWrittenAt: status.lastWrittenAt, changedSince: status.changedSince, lastChangeAt });
      const retryAt = status.failure ? status.failure.at + RETRY : due;
      wait = Math.min(LOOK_AGAIN, Math.max(0, Math.max(due, retryAt) - now));
    }
    timer = clock.setTimeout(() => {
      timer = null;
      void queue(tick);
    }, wait);
  }

  async function tick(): Promise<void> {
    const folder = await readFolder(db);
    const now = clock.now();
    const status = await readStatus(db);
    if (!folder) {
      if (!status.reminding && shouldRemind(status, now)) await updateStatus(db, () => ({ reminding: true, lastRemindedAt: now }));
      return;
    }
    if (status.failure && now < status.failure.at + RETRY) return;
    if (now < backupDueAt({ lastWrittenAt: status.lastWrittenAt, changedSince: status.changedSince, lastChangeAt })) return;
    await write(folder, false);
  }

  async function fail(found: AutoBackupProblem): Promise<AutoBackupProblem> {
    const at = clock.now();
    await updateStatus(db, () => ({ failure: { ...found, at } }));
    return found;
  }

  async function write(folder: BackupFolderHandle, force: boolean): Promise<AutoBackupProblem | null> {
    try {
      if ((await folderPermission(folder)) !== 'granted') return await fail(problem('autoBackup.needsPermission'));
    } catch (error) {
      return fail(folderProblem(error));
    }
    return exclusively(async () => {
      // Another panel may have written it while this one waited.
      const status = await readStatus(db);
      const started = clock.now();
      if (!force && started < backupDueAt({ lastWrittenAt: status.lastWrittenAt, changedSince: status.changedSince, lastChangeAt })) return null;
      try {
        const file = await exportLibrary(db, started);
        const name = autoBackupName(stampOf(new Date(started)), file.version);
        const found = await writeCheckedBackup(folder, name, backupToJson(file));
        if (found) return await fail(found);
        const names = await folderNames(folder);
        await removeBackups(
          folder,
          chooseKept(names, keep).remove.map((n) => n.name),
          names.filter((n) => n !== name),
        );
        await updateStatus(db, () => ({
          lastWrittenAt: started,
          lastFile: name,
          folderName: folder.name,
          lastBackupAt: started,
          // A change made while the backup was being written is not in it.
          changedSince: lastChangeAt !== null && lastChangeAt > started ? lastChangeAt : null,
          failure: null,
          reminding: false,
        }));
        return null;
      } catch (error) {
        return fail(folderProblem(error));
      }
    });
  }

  const withFolder = (run: (folder: BackupFolderHandle) => Promise<AutoBackupProblem | null>) =>
    queue(async () => {
      const folder = await readFolder(db);
      return folder ? run(folder) : null;
    });

  void queue(async () => undefined);

  return {
    chooseFolder: (folder) =>
      queue(async () => {
        await writeFolder(db, folder);
        await updateStatus(db, () => ({ folderName: folder.name, lastWrittenAt: null, lastFile: null, failure: null, reminding: false }));
        return write(folder, true);
      }),
    async resume() {
      // Asked at once, not after queued steps: the browser asks only within the user's click.
      const folder = await readFolder(db);
      if (!folder) return null;
      let answer: PermissionState;
      try {
        answer = await askFolderPermission(folder);
      } catch (error) {
        return queue(() => fail(folderProblem(error)));
      }
      return queue(() => (answer === 'granted' ? write(folder, true) : fail(problem('autoBackup.permissionDenied'))));
    },
    backupNow: () => withFolder((folder) => write(folder, true)),
    forgetFolder: () =>
      queue(async () => {
        await writeFolder(db, null);
        await updateStatus(db, () => ({ folderName: null, failure: null }));
      }),
    noteDownload: () =>
      queue(async () => {
        const at = clock.now();
        await updateStatus(db, () => ({ lastBackupAt: at, changedSince: null, reminding: false }));
      }),
    dismissReminder: () => queue(async () => void (await updateStatus(db, () => ({ reminding: false })))),
    stop() {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
      if (timer !== null) clock.clearTimeout(timer);
    },
  };
}
