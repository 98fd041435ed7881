// Reports in backups (format version 2): they go out and come back with the rest of the library,
// trash included; a version 1 backup, written before reports existed, still restores; a damaged
// report refuses the whole file with its place and a code whose words say what is wrong, and
// nothing is written.
import { describe, expect, it } from 'vitest';
import { fileErrorText } from '../../../components/backup/fileErrorText.ts';
import { backupToJson, BACKUP_VERSION, exportLibrary, previewRestore, readLibraryFile, restoreBackup, restoreFromText, type BackupFile } from '../../../lib/db/backup/index.ts';
import type { DrafterDatabase } from '../../../lib/db/database.ts';
import { createReportFromOutline, getReport, listReports, listTrashedReports, renameReport, trashReport } from '../../../lib/db/reports.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate, populated } from './library.ts';

/** The file as the version before reports wrote it: no `reports`, version 1. */
function versionOne(file: BackupFile): string {
  const { reports: _none, ...rest } = file;
  return backupToJson({ ...rest, version: 1 });
}

describe('reports in a backup', () => {
  it('go out and come back whole, the trashed one still in the trash', async () => {
    const { db, file } = await populated();
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.reports).toHaveLength(2);
    const target = freshDatabase();
    const result = await restoreFromText(target, backupToJson(file), 'replace');
    expect(result.ok && result.outcome.written.reports).toBe(2);
    const [live] = await listReports(db);
    expect(await getReport(target, live!.id)).toEqual(live);
    expect(live!.parts.slice(0, 2).map((p) => p.blocks.map((b) => b.kind))).toEqual([['snippet'], ['problemSet']]);
    expect((await listTrashedReports(target)).map((r) => r.title)).toEqual(['调研报告']);
  });

  it('找回 brings back a report renamed or trashed since the backup and keeps one written after it; 替换 removes that one, as its preview says', async () => {
    const { db, file } = await populated();
    const [live] = await listReports(db);
    await renameReport(db, live!.id, '备份之后改的标题', 6000);
    const later = await createReportFromOutline(db, 'annual', '2026', 6001);
    const trashedLive = await createReportFromOutline(db, 'rectification', '2025', 6002);
    const withIt = await exportLibrary(db, 6003);
    await trashReport(db, trashedLive.id, 6004);

    const merge = await previewRestore(db, withIt);
    expect(merge.plan.reports).toEqual({ add: 0, revert: 1, extra: 0 });
    await restoreBackup(db, withIt, 'merge');
    expect((await getReport(db, trashedLive.id))!.deletedAt).toBeNull();

    expect((await previewRestore(db, file)).plan.reports).toEqual({ add: 0, revert: 1, extra: 2 });
    const outcome = await restoreBackup(db, file, 'merge');
    expect(outcome.written.reports).toBe(1);
    expect((await getReport(db, live!.id))!.title).toBe('2025年度述职报告');
    expect(await getReport(db, later.id)).toBeDefined();

    await restoreBackup(db, file, 'replace');
    expect(await getReport(db, later.id)).toBeUndefined();
    expect(await db.reports.count()).toBe(2);
  });
});

describe('a version 1 backup, from before reports', () => {
  it('is read as a backup with no reports', async () => {
    const { file } = await populated();
    const read = readLibraryFile(versionOne(file));
    if (!read.ok || read.value.kind !== 'backup') throw new Error(`refused: ${JSON.stringify(read)}`);
    expect(read.value.file.version).toBe(1);
    expect(read.value.file.reports).toEqual([]);
    expect(read.value.file.snippets).toEqual(file.snippets);
  });

  it('找回 restores the library and leaves the reports here as they are', async () => {
    const { db, file } = await populated();
    const before = await dump(db);
    const text = versionOne(file);
    await db.snippets.clear();
    await db.metricValues.clear();
    const result = await restoreFromText(db, text, 'merge');
    expect(result.ok && result.outcome.written.reports).toBe(0);
    expect(await dump(db)).toEqual(before);
  });

  it('替换 makes the library the backup, which had no reports — and the preview says so first', async () => {
    const { db, file } = await populated();
    const read = readLibraryFile(versionOne(file));
    if (!read.ok || read.value.kind !== 'backup') throw new Error('refused');
    expect((await previewRestore(db, read.value.file)).plan.reports).toEqual({ add: 0, revert: 0, extra: 2 });
    await restoreBackup(db, read.value.file, 'replace');
    const { reports, ...rest } = await dump(db);
    expect(reports).toEqual([]);
    const { reports: _kept, ...expected } = await dump(await populatedCopy(file));
    expect(rest).toEqual(expected);
  });
});

/** A library restored from `file`, to compare with. */
async function populatedCopy(file: BackupFile): Promise<DrafterDatabase> {
  const db = freshDatabase();
  await restoreBackup(db, file, 'replace');
  return db;
}

describe('a damaged report in a backup', () => {
  /** Both modes refuse `bad` with `code` at `path`, in words that say so, and nothing is written. */
  async function refused(bad: unknown, code: string, path: string, words: RegExp) {
    const db = freshDatabase();
    await populate(db);
    const before = await dump(db);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await restoreFromText(db, JSON.stringify(bad), mode);
      if (result.ok) throw new Error(`restored a damaged file (${mode})`);
      expect(result.error).toMatchObject({ code, path });
      expect(fileErrorText(result.error)).toMatch(words);
      expect(fileErrorText(result.error)).toMatch(/现有资料没有任何改动。$/);
    }
    expect(await dump(db)).toEqual(before);
  }

  it('refuses a fifth level of headings, named where it is', async () => {
    const { file } = await populated();
    const bad = structuredClone(file);
    const leaf = (id: string, children: unknown[] = []) => ({ id, heading: id, blocks: [], children });
    // The file lists reports in id order, and ids are random: find the one with a sub-part.
    const at = bad.reports.findIndex((r) => r.parts[0]?.children[0]);
    expect(at).toBeGreaterThanOrEqual(0);
    bad.reports[at]!.parts[0]!.children[0]!.children = [leaf('3', [leaf('4', [leaf('5')])])] as never;
    await refused(bad, 'backup.badField', `reports[${at}].parts[0].children[0].children[0].children[0].children[0]`, /层次超过四级/);
  });

  it('refuses a heading with a line break, a block of no known kind, and two parts with one id', async () => {
    const { file } = await populated();
    const heading = structuredClone(file);
    heading.reports[0]!.parts[1]!.heading = '存在的\n不足';
    await refused(heading, 'backup.badField', 'reports[0].parts[1].heading', /reports\[0\]\.parts\[1\]\.heading：格式不对/);
    const block = structuredClone(file) as unknown as { reports: { opening: unknown[] }[] };
    block.reports[0]!.opening = [{ kind: 'picture', src: 'x.png' }];
    await refused(block, 'backup.badField', 'reports[0].opening[0].kind', /reports\[0\]\.opening\[0\]\.kind/);
    const twice = structuredClone(file);
    twice.reports[0]!.parts[2]!.id = twice.reports[0]!.parts[1]!.id;
    await refused(twice, 'backup.badField', 'reports[0].parts[2].id', /两个部分的编号相同/);
  });

  it('refuses two reports with one id, and a report without its trash field', async () => {
    const { file } = await populated();
    const twice = structuredClone(file);
    twice.reports[1]!.id = twice.reports[0]!.id;
    await refused(twice, 'backup.badField', 'reports[1].id', /报告编号重复/);
    const noTrash = structuredClone(file) as unknown as { reports: Record<string, unknown>[] };
    delete noTrash.reports[0]!.deletedAt;
    await refused(noTrash, 'backup.badField', 'reports[0].deletedAt', /reports\[0\]\.deletedAt：无效输入/);
  });
});
