// The backups found in the chosen folder, for the restore list: when each was written and what it
// holds, read through the restore's own reader; one that does not read says why, and is not offered.
// Only the counts are kept for the list: the one chosen is read (and checked) again to restore it.
import { compareNewestFirst, parseAutoBackupName, timeOfStamp } from '../../domain/backup/name.ts';
import type { BackupFile } from './format.ts';
import { folderNames, folderProblem, readBackupText, type AutoBackupProblem, type BackupFolderHandle } from './folder.ts';
import { readLibraryFile, type LibraryFileError } from './read.ts';

export interface FolderBackupCounts {
  snippets: number;
  metrics: number;
  metricValues: number;
  reports: number;
}

export type FolderBackup = { name: string; writtenAt: number } & ({ ok: true; counts: FolderBackupCounts } | { ok: false; error: LibraryFileError | AutoBackupProblem });

export type OpenedBackup = { ok: true; file: BackupFile } | { ok: false; error: LibraryFileError | AutoBackupProblem };

export function countsOf(file: BackupFile): FolderBackupCounts {
  return {
    snippets: file.snippets.filter((s) => s.deletedAt === null).length,
    metrics: file.metrics.length,
    metricValues: file.metricValues.length,
    reports: file.reports.filter((r) => r.deletedAt === null).length,
  };
}

/** One backup of the folder, read and checked as a chosen file is. */
export async function openFolderBackup(folder: BackupFolderHandle, name: string): Promise<OpenedBackup> {
  let text: string;
  try {
    text = await readBackupText(folder, name);
  } catch (error) {
    const found = folderProblem(error);
    return { ok: false, error: found.code === 'autoBackup.writeFailed' ? { code: 'autoBackup.readFailed', params: found.params ?? {} } : found };
  }
  const read = readLibraryFile(text);
  if (!read.ok) return read;
  if (read.value.kind !== 'backup') return { ok: false, error: { code: 'backup.packNotBackup', path: 'format', issues: [] } };
  return { ok: true, file: read.value.file };
}

/** Newest first. Throws (as the file system does) only when the folder itself cannot be read. */
export async function listFolderBackups(folder: BackupFolderHandle): Promise<FolderBackup[]> {
  const ours = (await folderNames(folder)).map(parseAutoBackupName).filter((n) => n !== null);
  ours.sort(compareNewestFirst);
  const out: FolderBackup[] = [];
  for (const { name, stamp } of ours) {
    const opened = await openFolderBackup(folder, name);
    const writtenAt = timeOfStamp(stamp);
    out.push(opened.ok ? { name, writtenAt, ok: true, counts: countsOf(opened.file) } : { name, writtenAt, ok: false, error: opened.error });
  }
  return out;
}
