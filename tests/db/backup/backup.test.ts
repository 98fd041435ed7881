// Backup and restore: export → wipe → import gives the same library; a bad file writes nothing and
// names the bad field (a code and its place; the words the panel shows from them); merge keeps both
// sides without breaking a metric name.
import { describe, expect, it } from 'vitest';
import { fileErrorText } from '../../../components/backup/fileErrorText.ts';
import { backupToJson, exportLibrary, exportPack, previewRestore, readLibraryFile, restoreBackup, restoreFromText, type BackupFile } from '../../../lib/db/backup/index.ts';
import { createMetric } from '../../../lib/db/metrics.ts';
import { createSnippet } from '../../../lib/db/snippets.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate } from './library.ts';

async function backupOfPopulated() {
  const db = freshDatabase();
  await populate(db);
  return { db, file: await exportLibrary(db, 5000) };
}

describe('backup round trip', () => {
  it('export → new empty library → restore (replace) gives identical data in every table', async () => {
    const { db, file } = await backupOfPopulated();
    expect(file.snippetRevisions.length).toBe(1);
    expect(file.problemSets.length).toBe(1);
    const read = readLibraryFile(backupToJson(file));
    expect(read.ok).toBe(true);
    const target = freshDatabase();
    await createSnippet(target, { title: '会被替换掉', body: '', role: 'other', folder: '', tags: [], favorite: false });
    if (!read.ok || read.value.kind !== 'backup') throw new Error('unreadable');
    await restoreBackup(target, read.value.file, 'replace');
    expect(await dump(target)).toEqual(await dump(db));
    // and the restored library exports to the same file again
    expect(await exportLibrary(target, 5000)).toEqual(file);
  });

  it('merge into the same library changes nothing', async () => {
    const { db, file } = await backupOfPopulated();
    const before = await dump(db);
    const outcome = await restoreBackup(db, file, 'merge');
    expect(await dump(db)).toEqual(before);
    expect(Object.values(outcome.written).every((n) => n === 0)).toBe(true);
  });

  it('merge adds what is missing, keeps the newer snippet, and joins a same-named metric', async () => {
    const { file } = await backupOfPopulated();
    const target = freshDatabase();
    const mine = await createMetric(target, { name: '督查次数', kind: 'value', unit: '次', note: '我的', tags: [] });
    const theirs = { ...file, metrics: [...file.metrics, { id: 'other-id', name: '督查次数', kind: 'value' as const, unit: '次', note: '他的', tags: [], createdAt: 1, updatedAt: 1 }], metricValues: [...file.metricValues, { metricId: 'other-id', period: '2025', value: 9, note: '', updatedAt: 1 }] };
    const preview = await previewRestore(target, theirs);
    expect(preview.sameNameMetrics).toBe(1);
    await restoreBackup(target, theirs, 'merge');
    const metrics = await target.metrics.where('name').equals('督查次数').toArray();
    expect(metrics).toHaveLength(1);
    expect(metrics[0]!.note).toBe('我的');
    expect(await target.metricValues.get([mine.id, '2025'])).toMatchObject({ value: 9 });
    expect(await target.snippets.count()).toBe(file.snippets.length);
  });
});

describe('a bad backup file', () => {
  /** Restores `text` both ways: refused with `code` at `path`, nothing written, and in words (zh-CN) that say so. */
  async function expectNothingWritten(text: string, code: string, path: string | null, words?: RegExp) {
    const db = freshDatabase();
    await populate(db);
    const before = await dump(db);
    for (const mode of ['merge', 'replace'] as const) {
      const result = await restoreFromText(db, text, mode);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.path).toBe(path);
      const shown = fileErrorText(result.error);
      expect(shown).toMatch(/现有资料没有任何改动。$/);
      if (words) expect(shown).toMatch(words);
    }
    expect(await dump(db)).toEqual(before);
  }

  it('names the bad field: snippets[3].title', async () => {
    const { file } = await backupOfPopulated();
    const bad = structuredClone(file) as BackupFile;
    bad.snippets[3]!.title = '';
    await expectNothingWritten(JSON.stringify(bad), 'backup.badField', 'snippets[3].title', /^文件中有错误：snippets\[3\]\.title：标题不能为空。/);
  });

  it('names a wrong type, with the field', async () => {
    const { file } = await backupOfPopulated();
    const bad = structuredClone(file) as unknown as { metricValues: { value: unknown }[] };
    bad.metricValues[1]!.value = { x: 1 };
    await expectNothingWritten(JSON.stringify(bad), 'backup.badField', 'metricValues[1].value', /metricValues\[1\]\.value：无效输入/);
  });

  it('refuses a value that points to no metric', async () => {
    const { file } = await backupOfPopulated();
    const bad = structuredClone(file);
    bad.metricValues[0]!.metricId = 'nobody';
    await expectNothingWritten(JSON.stringify(bad), 'backup.badField', 'metricValues[0].metricId', /指向不存在的指标/);
  });

  it('refuses two metrics with one name', async () => {
    const { file } = await backupOfPopulated();
    const bad = structuredClone(file);
    bad.metrics[1]!.name = bad.metrics[0]!.name;
    await expectNothingWritten(JSON.stringify(bad), 'backup.badField', 'metrics[1].name', /指标名称重复/);
  });

  it('names the first of several problems and counts the others, each kept with its place', async () => {
    const { file } = await backupOfPopulated();
    const bad = structuredClone(file) as BackupFile;
    bad.snippets[0]!.title = '';
    bad.snippets[1]!.title = 'x'.repeat(201);
    const read = readLibraryFile(JSON.stringify(bad));
    if (read.ok) throw new Error('read a bad file');
    expect(read.error).toMatchObject({ code: 'backup.badFields', params: { more: 1 }, path: 'snippets[0].title' });
    expect(read.error.issues).toEqual([
      { code: 'schema.titleEmpty', params: { minimum: 1 }, path: 'snippets[0].title' },
      { code: 'schema.tooLong', params: { maximum: 200 }, path: 'snippets[1].title' },
    ]);
    expect(fileErrorText(read.error)).toBe('文件中有错误：snippets[0].title：标题不能为空（另有 1 处问题）。现有资料没有任何改动。');
  });

  it('refuses a file that is not JSON, not ours, or from a newer version', async () => {
    await expectNothingWritten('{"format": "report-drafter-backup", ', 'backup.notJson', null, /JSON/);
    await expectNothingWritten('[1,2,3]', 'backup.notObject', null);
    await expectNothingWritten('{"hello": 1}', 'backup.wrongFormat', 'format');
    await expectNothingWritten(JSON.stringify({ format: 'report-drafter-backup', version: 4 }), 'backup.newerVersion', 'version', /更新版本.*第 4 版/);
  });

  it('refuses a pack where a full backup is needed', async () => {
    const db = freshDatabase();
    await populate(db);
    const pack = backupToJson(await exportPack(db, ''));
    await expectNothingWritten(pack, 'backup.packNotBackup', 'format', /这是资料包，不是完整备份/);
  });

  it('a failure inside the transaction rolls back every table', async () => {
    const { file } = await backupOfPopulated();
    const db = freshDatabase();
    await populate(db);
    const before = await dump(db);
    // Two revisions with one id pass the file check only if the check is skipped, as here: the
    // replace clears every table, then fails on the second revision; all of it must roll back.
    const broken = { ...file, snippetRevisions: [...file.snippetRevisions, { ...file.snippetRevisions[0]! }] };
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
