// What automatic backups keep on this computer only (the `localState` table, never in a backup):
// the folder handle the browser gave, and how the backups went — for the panel's status line, the
// schedule, and the reminder for those without a folder.
import { z } from 'zod';
import type { DrafterDatabase } from '../database.ts';
import { AUTO_BACKUP_CODES, type BackupFolderHandle } from './folder.ts';

const FOLDER_KEY = 'autoBackupFolder';
const STATUS_KEY = 'autoBackupStatus';

const Time = z.number().int().nonnegative();

export const AutoBackupStatus = z.object({
  /** The last backup written to the folder: when, its file name, the folder's name. */
  lastWrittenAt: Time.nullable(),
  lastFile: z.string().nullable(),
  folderName: z.string().nullable(),
  /** The last backup of any kind (the folder's, or one downloaded by hand). */
  lastBackupAt: Time.nullable(),
  /** The first change not in any backup yet; null: everything is in one. */
  changedSince: Time.nullable(),
  /** What went wrong the last time, until a write succeeds. */
  failure: z.object({ code: z.enum(AUTO_BACKUP_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])).optional(), at: Time }).nullable(),
  /** The reminder to back up by hand is showing; and when it last came. */
  reminding: z.boolean(),
  lastRemindedAt: Time.nullable(),
});
export type AutoBackupStatus = z.infer<typeof AutoBackupStatus>;

export const EMPTY_STATUS: AutoBackupStatus = {
  lastWrittenAt: null,
  lastFile: null,
  folderName: null,
  lastBackupAt: null,
  changedSince: null,
  failure: null,
  reminding: false,
  lastRemindedAt: null,
};

export async function readStatus(db: DrafterDatabase): Promise<AutoBackupStatus> {
  const parsed = AutoBackupStatus.safeParse((await db.localState.get(STATUS_KEY))?.value);
  return parsed.success ? parsed.data : EMPTY_STATUS;
}

/** Changes the status in one transaction, so two panels' changes do not overwrite each other. */
export async function updateStatus(db: DrafterDatabase, change: (status: AutoBackupStatus) => Partial<AutoBackupStatus>): Promise<AutoBackupStatus> {
  return db.transaction('rw', db.localState, async () => {
    const current = await readStatus(db);
    const changes = change(current);
    // Every change to the library asks; only the first after a backup has anything to write.
    if (Object.keys(changes).length === 0) return current;
    const next = AutoBackupStatus.parse({ ...current, ...changes });
    await db.localState.put({ key: STATUS_KEY, value: next });
    return next;
  });
}

function isFolderHandle(value: unknown): value is BackupFolderHandle {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory' && typeof (value as { getFileHandle?: unknown }).getFileHandle === 'function';
}

/** The chosen folder (IndexedDB keeps the browser's handle as it is), or null. */
export async function readFolder(db: DrafterDatabase): Promise<BackupFolderHandle | null> {
  const value = (await db.localState.get(FOLDER_KEY))?.value;
  return isFolderHandle(value) ? value : null;
}

export async function writeFolder(db: DrafterDatabase, folder: BackupFolderHandle | null): Promise<void> {
  if (folder) await db.localState.put({ key: FOLDER_KEY, value: folder });
  else await db.localState.delete(FOLDER_KEY);
}
