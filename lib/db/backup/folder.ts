// The folder the user chose for automatic backups, through the File System Access API handle the
// browser gave (showDirectoryPicker). Nothing here knows the database: it writes a text under a
// name, checked, lists our backups, deletes the ones rotation let go, and reads one back.
// A problem leaves as a code (AUTO_BACKUP_CODES); words are the panel's.
import { problem, type Problem } from '../../domain/problem.ts';
import { isAutoBackupTemp, parseAutoBackupName, tempNameOf, type AutoBackupName } from '../../domain/backup/name.ts';
import { readLibraryFile } from './read.ts';

/** What automatic backups can fail with (words: problem.<code> in locales/). */
export const AUTO_BACKUP_CODES = [
  /** The browser asks again for leave to write there: one click on 继续自动备份 gives it. */
  'autoBackup.needsPermission',
  /** The user said no to writing there. */
  'autoBackup.permissionDenied',
  /** The folder was moved, renamed or deleted. */
  'autoBackup.folderGone',
  /** The disk is full. */
  'autoBackup.noSpace',
  /** The file read back was not the one written: it was deleted, nothing else was touched. */
  'autoBackup.notVerified',
  /** Any other refusal of the file system, with the browser's own name for it. */
  'autoBackup.writeFailed',
  /** A backup in the folder cannot be read. */
  'autoBackup.readFailed',
] as const;
export type AutoBackupCode = (typeof AUTO_BACKUP_CODES)[number];
export type AutoBackupProblem = Problem<AutoBackupCode>;

// The parts of the File System Access API used here, written out because TypeScript's DOM types
// lack the permission calls and `move`, and so that tests can hand over a folder of their own.
export interface BackupFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<{ text(): Promise<string> }>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
  /** Chromium: renames in place. Absent elsewhere: then the final name is written after the check. */
  move?(name: string): Promise<void>;
}
export interface BackupFolderHandle {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<{ readonly kind: 'file' | 'directory'; readonly name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle>;
  removeEntry(name: string): Promise<void>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

const READ_WRITE = { mode: 'readwrite' } as const;

/** Whether the folder may be written now, without asking (a panel opened anew must ask). */
export async function folderPermission(folder: BackupFolderHandle): Promise<PermissionState> {
  return folder.queryPermission ? folder.queryPermission(READ_WRITE) : 'granted';
}

/** Asks for leave to write; must run inside the user's click. */
export async function askFolderPermission(folder: BackupFolderHandle): Promise<PermissionState> {
  return folder.requestPermission ? folder.requestPermission(READ_WRITE) : 'granted';
}

/** A file system error as a code: the DOMException's name tells what happened. */
export function folderProblem(error: unknown): AutoBackupProblem {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotFoundError') return problem('autoBackup.folderGone');
  if (name === 'NotAllowedError' || name === 'SecurityError') return problem('autoBackup.needsPermission');
  if (name === 'QuotaExceededError') return problem('autoBackup.noSpace');
  return problem('autoBackup.writeFailed', { error: name || String(error) });
}

async function writeText(folder: BackupFolderHandle, name: string, text: string): Promise<BackupFileHandle> {
  const file = await folder.getFileHandle(name, { create: true });
  const out = await file.createWritable();
  await out.write(text);
  await out.close();
  return file;
}

/** The text is what was written, and a backup the restore would accept. */
async function verified(file: BackupFileHandle, text: string): Promise<boolean> {
  const back = await (await file.getFile()).text();
  if (back !== text) return false;
  const read = readLibraryFile(back);
  return read.ok && read.value.kind === 'backup';
}

async function removeQuietly(folder: BackupFolderHandle, name: string): Promise<void> {
  try {
    await folder.removeEntry(name);
  } catch {
    // Already gone, or the folder is: nothing of ours is left half-written either way.
  }
}

/**
 * Writes `text` as `name` so that a damaged file never takes a good one's place: first under a
 * temporary name, read back and checked through the restore's own reader, then renamed (or, where
 * files cannot be renamed, written again under the final name and checked again) — the temporary
 * file is removed either way. Returns null when the backup is in place.
 */
export async function writeCheckedBackup(folder: BackupFolderHandle, name: string, text: string): Promise<AutoBackupProblem | null> {
  const temp = tempNameOf(name);
  try {
    const file = await writeText(folder, temp, text);
    if (!(await verified(file, text))) {
      await removeQuietly(folder, temp);
      return problem('autoBackup.notVerified');
    }
    if (file.move) {
      try {
        await file.move(name);
        return null;
      } catch {
        // Some folders refuse a rename (older browsers outside their private storage): the final
        // name is written after the check instead, as where `move` is missing.
      }
    }
    const final = await writeText(folder, name, text);
    await removeQuietly(folder, temp);
    if (await verified(final, text)) return null;
    await removeQuietly(folder, name);
    return problem('autoBackup.notVerified');
  } catch (error) {
    await removeQuietly(folder, temp);
    return folderProblem(error);
  }
}

/** Every file name in the folder (not its subfolders). */
export async function folderNames(folder: BackupFolderHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of folder.values()) if (entry.kind === 'file') names.push(entry.name);
  return names;
}

/** Deletes the backups rotation let go, and temporary files a closed panel left behind. */
export async function removeBackups(folder: BackupFolderHandle, names: readonly string[], leftovers: readonly string[]): Promise<void> {
  for (const name of [...names, ...leftovers.filter(isAutoBackupTemp)]) await removeQuietly(folder, name);
}

export async function readBackupText(folder: BackupFolderHandle, name: string): Promise<string> {
  return (await (await folder.getFileHandle(name)).getFile()).text();
}

export { parseAutoBackupName, type AutoBackupName };
