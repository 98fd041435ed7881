// Library packs: one folder and the metrics it uses; importing never overwrites.
import { describe, expect, it } from 'vitest';
import { backupToJson, exportPack, importPack, listFolders, previewPack, readLibraryFile, undoPackImport } from '../../../lib/db/backup/index.ts';
import { createMetric, setMetricValue } from '../../../lib/db/metrics.ts';
import { createSnippet } from '../../../lib/db/snippets.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate } from './library.ts';

describe('library packs', () => {
  it('exports one folder with the metrics its snippets use, and no values unless asked', async () => {
    const db = freshDatabase();
    await populate(db);
    await createMetric(db, { name: '督查次数', kind: 'value', unit: '次', note: '', tags: [] });
    const other = await createSnippet(db, { title: '别的文件夹', body: '{{发展党员}}', role: 'work', folder: '工作总结', tags: [], favorite: false });
    expect(await listFolders(db)).toEqual(expect.arrayContaining(['述职报告', '述职报告/党建', '工作总结']));
    const pack = await exportPack(db, '述职报告/党建');
    expect(pack.snippets.every((s) => s.folder === '述职报告/党建' && s.deletedAt === null)).toBe(true);
    expect(pack.snippets.map((s) => s.id)).not.toContain(other.id);
    expect(pack.metrics.map((m) => m.name)).toContain('督查次数');
    expect(pack.metricValues).toEqual([]);
    expect(pack.problemSets).toHaveLength(1);
    const withValues = await exportPack(db, '述职报告/党建', { includeValues: true });
    expect(withValues.metricValues.length).toBeGreaterThan(0);
  });

  it('imports into a colleague library: renames same titles, keeps their metric and values', async () => {
    const source = freshDatabase();
    await populate(source);
    const pack = await exportPack(source, '述职报告/党建', { includeValues: true });
    const read = readLibraryFile(backupToJson(pack));
    if (!read.ok || read.value.kind !== 'pack') throw new Error('unreadable pack');

    const target = freshDatabase();
    await createSnippet(target, { title: '督促检查不到位', body: '我自己写的', role: 'problem', folder: '述职报告/党建', tags: [], favorite: false });
    const mine = await createMetric(target, { name: '发展党员', kind: 'value', unit: '名', note: '我的口径', tags: [] });
    await setMetricValue(target, mine.id, '2026', 99);
    const before = await dump(target);

    const preview = await previewPack(target, read.value.file);
    expect(preview.sameTitles).toEqual(['督促检查不到位']);
    expect(preview.existingMetrics).toContain('发展党员');

    const outcome = await importPack(target, read.value.file, 'rename');
    expect(outcome.renamed).toBe(1);
    const titles = (await target.snippets.toArray()).map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['督促检查不到位', '督促检查不到位（导入）']));
    expect(await target.snippets.get(before.snippets[0]!.id)).toEqual(before.snippets[0]);
    expect(await target.metrics.get(mine.id)).toEqual(before.metrics[0]);
    expect(await target.metricValues.get([mine.id, '2026'])).toMatchObject({ value: 99 });
    expect(await target.problemSets.count()).toBe(1);

    await undoPackImport(target, outcome);
    const after = await dump(target);
    expect(after.snippets).toEqual(before.snippets);
    expect(after.metrics).toEqual(before.metrics);
  });

  it('skip leaves same-titled snippets alone and adds the rest', async () => {
    const source = freshDatabase();
    await populate(source);
    const pack = await exportPack(source, '');
    const outcome = await importPack(source, pack, 'skip');
    expect(outcome.snippetIds).toEqual([]);
    expect(outcome.skipped).toBe(pack.snippets.length);
    expect(outcome.createdMetricIds).toEqual([]);
  });
});
