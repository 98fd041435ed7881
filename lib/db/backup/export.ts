// Exporting the whole library (every table, trash and history included) as one versioned file.
import { type DrafterDatabase, withoutOrderKey } from '../database.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, SettingEntry } from './format.ts';

export async function exportLibrary(db: DrafterDatabase, now = Date.now()): Promise<BackupFile> {
  const tables = [db.snippets, db.metrics, db.metricValues, db.tallyEntries, db.problemSets, db.snippetRevisions, db.settings, db.reports, db.wordLists];
  const file = await db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    snippets: (await db.snippets.toArray()).map(withoutOrderKey),
    metrics: await db.metrics.toArray(),
    metricValues: await db.metricValues.toArray(),
    tallyEntries: await db.tallyEntries.toArray(),
    problemSets: await db.problemSets.toArray(),
    snippetRevisions: await db.snippetRevisions.toArray(),
    // Only JSON-shaped settings go in; anything else would not survive the file anyway.
    settings: (await db.settings.toArray()).filter((row) => SettingEntry.safeParse(row).success) as SettingEntry[],
    reports: await db.reports.toArray(),
    wordLists: await db.wordLists.toArray(),
  }));
  return file as BackupFile;
}

export function backupToJson(file: unknown): string {
  return JSON.stringify(file, null, 1);
}

/** 写材料助手备份-2026-11-26.json */
export function backupFileName(prefix: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
