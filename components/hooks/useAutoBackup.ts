// Automatic backups for the UI: one schedule per panel page (lib/db/backup/auto.ts), its status
// followed live, and the folder's backups for the restore list. Every call goes to lib/db/backup.
import { startAutoBackup, type AutoBackup } from '../../lib/db/backup/auto.ts';
import type { BackupFolderHandle } from '../../lib/db/backup/folder.ts';
import { listFolderBackups, openFolderBackup, type FolderBackup, type OpenedBackup } from '../../lib/db/backup/folderBackups.ts';
import { readFolder, readStatus, type AutoBackupStatus } from '../../lib/db/backup/localState.ts';
import { database } from '../../lib/db/database.ts';
import { useLive } from './usePanelDatabase.ts';

export type { AutoBackupStatus, BackupFolderHandle, FolderBackup, OpenedBackup };
export type { AutoBackupProblem } from '../../lib/db/backup/folder.ts';

let running: AutoBackup | null = null;
/** The page's schedule, started on first use (the panel starts it once its first screen is painted). */
export function autoBackup(): AutoBackup {
  running ??= startAutoBackup(database());
  return running;
}

export function useAutoBackupStatus(): AutoBackupStatus | undefined {
  return useLive(readStatus);
}

/** Newest first; null when no folder is chosen. */
export async function folderBackups(): Promise<FolderBackup[] | null> {
  const folder = await readFolder(database());
  return folder ? listFolderBackups(folder) : null;
}

export async function openBackupInFolder(name: string): Promise<OpenedBackup | null> {
  const folder = await readFolder(database());
  return folder ? openFolderBackup(folder, name) : null;
}
