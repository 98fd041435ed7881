// A library with rows in every table: metrics of each kind with values and tally entries, a few
// snippets in two folders, a trashed snippet, an edit (so a revision), a problem set, settings (the
// author profile among them), a report using a snippet (named, so every run is the same) and the problem set, a report in the trash,
// the panel's own word list and a trashed one.
// Written here rather than from the sample library, so these tests do not move when it changes.
import { exportLibrary, type BackupFile } from '../../../lib/db/backup/index.ts';
import type { DrafterDatabase } from '../../../lib/db/database.ts';
import { writeAuthorProfile } from '../../../lib/db/author.ts';
import { addTallyEntry, createMetric, setMetricValue } from '../../../lib/db/metrics.ts';
import { createReportFromOutline, saveReport, trashReport } from '../../../lib/db/reports.ts';
import { writeSetting } from '../../../lib/db/settings.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../../lib/db/snippets.ts';
import { createWordList, saveOwnEntries, trashWordList } from '../../../lib/db/wordLists.ts';
import { freshDatabase } from '../support.ts';

/** A fresh database with the library above, and its backup file. */
export async function populated(): Promise<{ db: DrafterDatabase; file: BackupFile }> {
  const db = freshDatabase();
  await populate(db);
  return { db, file: await exportLibrary(db, 5000) };
}

export async function populate(db: DrafterDatabase): Promise<void> {
  const members = await createMetric(db, { name: '发展党员', kind: 'value', unit: '名', note: '组织部口径', tags: ['党建'] }, 100);
  await setMetricValue(db, members.id, '2025', 5, '', 101);
  await setMetricValue(db, members.id, '2024', 4, '去年', 102);
  const funds = await createMetric(db, { name: '党建经费', kind: 'value', unit: '万元', note: '', tags: [] }, 103);
  await setMetricValue(db, funds.id, '2025', 12.5, '', 104);
  const meetings = await createMetric(db, { name: '党建专题会议', kind: 'tally', unit: '次', note: '', tags: [] }, 105);
  await addTallyEntry(db, { metricId: meetings.id, date: '2025-03-02', note: '一季度' }, 106);
  await addTallyEntry(db, { metricId: meetings.id, date: '2025-06-20', amount: 2, note: '' }, 107);
  const place = await createMetric(db, { name: '示范社区', kind: 'text', unit: '', note: '', tags: [] }, 108);
  await setMetricValue(db, place.id, '2025', '河柴社区', '', 109);
  for (let i = 1; i <= 5; i++) {
    await createSnippet(db, { title: `主要工作${i}`, body: `召开{{党建专题会议}}次会议，发展党员{{发展党员}}名，投入{{党建经费}}万元。\n第二段${i}。`, role: 'work', folder: '述职报告/党建', tags: [], favorite: false }, 200 + i);
  }
  await createSnippet(db, { title: '总结开头', body: '今年以来，{{示范社区}}……', role: 'opening', folder: '工作总结', tags: [], favorite: false }, 210);
  const problem = await createSnippet(db, { title: '督促检查不到位', body: '亲自督查{{督查次数}}次，偏少。', role: 'problem', folder: '述职报告/党建', tags: ['问题'], favorite: true }, 1000);
  const cause = await createSnippet(db, { title: '思想认识有偏差', body: '把党建当软任务。', role: 'cause', folder: '述职报告/党建', tags: [], favorite: false }, 1001);
  const measure = await createSnippet(db, { title: '强化督查', body: '每月督查不少于{{督查次数}}次。', role: 'measure', folder: '述职报告/党建', tags: [], favorite: false }, 1002);
  await updateSnippet(db, measure.id, { body: '每月到基层督查不少于{{督查次数}}次。' }, 2000);
  await db.problemSets.add({ id: 'ps1', problemId: problem.id, causeIds: [cause.id], measureIds: [measure.id], owner: '办公室', deadline: '2026年6月底前', updatedAt: 2000 });
  const gone = await createSnippet(db, { title: '已删除的段落', body: '旧文字', role: 'other', folder: '', tags: [], favorite: false }, 1003);
  await trashSnippet(db, gone.id, 3000);
  await writeSetting(db, 'currentPeriod', '2025');
  await writeAuthorProfile(db, { unit: '某某县发展和改革局', name: '张三', post: '局长' });
  const report = await createReportFromOutline(db, 'duty', '2025', 4000);
  const [work, shortcomings] = report.parts;
  await saveReport(
    db,
    {
      ...report,
      opening: [{ kind: 'text', text: '根据安排，现将一年来的履职情况报告如下：' }],
      parts: [
        { ...work!, blocks: [{ kind: 'snippet', snippetId: (await db.snippets.toArray()).find((s) => s.title === '主要工作1')!.id }] },
        { ...shortcomings!, blocks: [{ kind: 'problemSet', id: 'ps1' }] },
        ...report.parts.slice(2),
      ],
      date: '2026-01-10',
    },
    { now: 4001 },
  );
  const trashed = await createReportFromOutline(db, 'research', '2025', 4002);
  await trashReport(db, trashed.id, 4003);
  const own = await saveOwnEntries(db, [{ kind: 'term', wrong: '三务公开', right: '党务、政务、财务公开', note: '第一次出现写全' }], { name: '我的词表', now: 4004 });
  await saveOwnEntries(db, [...own.entries, { kind: 'banned', word: '据不完全统计', note: '' }, { kind: 'fullName', short: '县发改局', full: '县发展和改革局' }], { name: '我的词表', expectedRevision: 1, now: 4005 });
  const old = await createWordList(db, '旧词表', [{ kind: 'banned', word: '大概', note: '' }], 4006);
  await trashWordList(db, old.id, 4007);
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
    reports: sortBy(await db.reports.toArray(), (r) => r.id),
    wordLists: sortBy(await db.wordLists.toArray(), (r) => r.id),
  };
}
