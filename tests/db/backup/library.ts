// A library with a row in every table: the sample library plus a trashed snippet, an edit (so a
// revision), a problem set and a text setting.
import type { DrafterDatabase } from '../../../lib/db/database.ts';
import { seedSampleLibraryIfEmpty } from '../../../lib/db/seedSampleLibrary.ts';
import { writeSetting } from '../../../lib/db/settings.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../../lib/db/snippets.ts';

export async function populate(db: DrafterDatabase): Promise<void> {
  await seedSampleLibraryIfEmpty(db, new Date('2026-11-26T08:00:00Z'));
  const problem = await createSnippet(db, { title: '督促检查不到位', body: '亲自督查{{督查次数}}次，偏少。', role: 'problem', folder: '述职报告/党建', tags: ['问题'], favorite: true }, 1000);
  const cause = await createSnippet(db, { title: '思想认识有偏差', body: '把党建当软任务。', role: 'cause', folder: '述职报告/党建', tags: [], favorite: false }, 1001);
  const measure = await createSnippet(db, { title: '强化督查', body: '每月督查不少于{{督查次数}}次。', role: 'measure', folder: '述职报告/党建', tags: [], favorite: false }, 1002);
  await updateSnippet(db, measure.id, { body: '每月到基层督查不少于{{督查次数}}次。' }, 2000);
  await db.problemSets.add({ id: 'ps1', problemId: problem.id, causeIds: [cause.id], measureIds: [measure.id], owner: '办公室', deadline: '2026年6月底前', updatedAt: 2000 });
  const gone = await createSnippet(db, { title: '已删除的段落', body: '旧文字', role: 'other', folder: '', tags: [], favorite: false }, 1003);
  await trashSnippet(db, gone.id, 3000);
  await writeSetting(db, 'currentPeriod', '2025');
}

export async function dump(db: DrafterDatabase) {
  const sortBy = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    snippets: sortBy(await db.snippets.toArray(), (r) => r.id),
    metrics: sortBy(await db.metrics.toArray(), (r) => r.id),
    metricValues: sortBy(await db.metricValues.toArray(), (r) => r.metricId + r.period),
    tallyEntries: sortBy(await db.tallyEntries.toArray(), (r) => r.id),
    problemSets: sortBy(await db.problemSets.toArray(), (r) => r.id),
    snippetRevisions: sortBy(await db.snippetRevisions.toArray(), (r) => String(r.id)),
    settings: sortBy(await db.settings.toArray(), (r) => r.key),
  };
}
