// Backup, restore and library packs for the UI: every call goes to lib/db/backup.
import {
  backupFileName,
  backupToJson,
  countLibrary,
  exportLibrary,
  exportPack,
  importPackFile,
  listFolders,
  previewPackFile,
  previewRestore,
  readLibraryFile,
  restoreBackup,
  undoPackFileImport,
  type BackupFile,
  type PackFile,
  type PackFileChoices,
  type PackFilePreview,
  type RestoreMode,
} from '../../lib/db/backup/index.ts';
import { database } from '../../lib/db/database.ts';
import { useLive } from './usePanelDatabase.ts';

export type { PackChoice, PackDecision } from '../../lib/domain/pack/merge.ts';
export type { PackFileOutcome, PackFilePreview, PackImportPlan, PackItemPlan } from '../../lib/db/backup/index.ts';
export type { BackupFile, LibraryFile, LibraryFileError, PackConflictChoice, PackFile, PackOutcome, PackPreview, ReadResult, RestoreMode, RestoreOutcome, RestorePreview, TableCounts, TableName } from '../../lib/db/backup/index.ts';
export { TABLE_NAMES } from '../../lib/db/backup/index.ts';

const db = () => database();

/** Table counts, with the snippets split into live and in the trash, and the reports not in the trash. */
export function useLibraryCounts() {
  return useLive(async (db) => {
    const counts = await countLibrary(db);
    const trashed = await db.snippets.where('deletedAt').aboveOrEqual(0).count();
    const trashedReports = await db.reports.where('deletedAt').aboveOrEqual(0).count();
    return { ...counts, liveSnippets: counts.snippets - trashed, trashedSnippets: trashed, liveReports: counts.reports - trashedReports };
  });
}

export function useFolders(): string[] | undefined {
  return useLive(listFolders);
}

export async function makeBackup(): Promise<{ json: string; fileName: string }> {
  const file = await exportLibrary(db());
  return { json: backupToJson(file), fileName: backupFileName('写材料助手备份') };
}

export async function makePack(folder: string, includeValues: boolean, includeWordLists = false): Promise<{ json: string; fileName: string; snippets: number }> {
  const name = folder === '' ? '全部' : folder.replace(/\//g, '-');
  const pack = await exportPack(db(), folder, { includeValues, includeWordLists, name: folder === '' ? '全部资料' : folder });
  return { json: backupToJson(pack), fileName: backupFileName(`写材料助手资料包-${name}`), snippets: pack.snippets.length };
}

export const readBackupOrPack = readLibraryFile;
export const previewBackup = (file: BackupFile) => previewRestore(db(), file);
export const previewPackImport = (pack: PackFile) => previewPackFile(db(), pack);

/** Restores, keeping the library as it was so the restore can be undone. */
export async function restoreWithUndo(file: BackupFile, mode: RestoreMode) {
  const before = await exportLibrary(db());
  const outcome = await restoreBackup(db(), file, mode);
  return { outcome, undo: () => restoreBackup(db(), before, 'replace').then(() => undefined) };
}

export async function importPackWithUndo(preview: PackFilePreview, choices: PackFileChoices) {
  const done = await importPackFile(db(), preview, choices);
  return { done, undo: () => undoPackFileImport(db(), done) };
}
