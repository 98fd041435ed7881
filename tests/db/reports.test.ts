// The report repository on a real (fake-indexeddb) database: a report made from a built-in outline
// takes the author profile; saves are whole, checked, and refused without writing anything when the
// report is bad, gone, trashed or changed elsewhere; a copy for the next period reads the new
// period's figures through the same snippets; the trash keeps a report 30 days.
import { describe, expect, it } from 'vitest';
import { readAuthorProfile, writeAuthorProfile } from '../../lib/db/author.ts';
import { createMetric, setMetricValue } from '../../lib/db/metrics.ts';
import {
  copyReportAsOwn,
  copyReportForNextPeriod,
  createReportFromImport,
  createReportFromOutline,
  deleteReportForever,
  getReport,
  listReports,
  listTrashedReports,
  renameReport,
  restoreReport,
  saveReport,
  trashReport,
  type ReportRow,
} from '../../lib/db/reports.ts';
import { writeSetting } from '../../lib/db/settings.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { createSnippet } from '../../lib/db/snippets.ts';
import { emptyTrash, purgeExpiredTrash } from '../../lib/db/trash.ts';
import { writeFailure, writeProblems } from '../../lib/db/writeFailure.ts';
import { addBlock, addPart, numberOutline, renderReport, type Report } from '../../lib/domain/report/index.ts';
import { renderTemplate } from '../../lib/domain/template/index.ts';
import type { DrafterDatabase } from '../../lib/db/database.ts';
import { freshDatabase } from './support.ts';

const DAY = 86_400_000;
const failureOf = (write: Promise<unknown>) => write.then(() => 'written', (e: unknown) => [writeFailure(e), writeProblems(e).map((p) => p.code)]);

/** Applies a domain edit that must succeed. */
function edited(result: { ok: true; report: Report } | { ok: false }): Report {
  if (!result.ok) throw new Error('edit refused');
  return result.report;
}

/** The report's text as the panel would show it, with snippets rendered for the report's period. */
async function reportText(db: DrafterDatabase, report: Report): Promise<string[]> {
  const lookup = slotLookup(await loadMetricStore(db));
  const snippets = new Map((await db.snippets.toArray()).map((s) => [s.id, s]));
  const doc = renderReport(report, {
    snippet: (id) => {
      const snippet = snippets.get(id);
      if (!snippet) return null;
      const rendered = renderTemplate(snippet.body, { period: report.period, lookup });
      return { paragraphs: rendered.paragraphs.map((p) => p.map((s) => s.text).join('')), missing: rendered.missing };
    },
    problemSet: () => null,
  });
  return doc.lines.map((l) => ('text' in l ? l.text : `[${l.kind}]`));
}

describe('author profile', () => {
  it('is empty until filled in, then kept as one trimmed line per field', async () => {
    const db = freshDatabase();
    expect(await readAuthorProfile(db)).toEqual({ unit: '', name: '', post: '' });
    await writeAuthorProfile(db, { unit: ' 某某县发展和改革局 ', name: '张三', post: '党组书记、\n局长' });
    expect(await readAuthorProfile(db)).toEqual({ unit: '某某县发展和改革局', name: '张三', post: '党组书记、 局长' });
  });

  it('refuses a field that is too long and keeps the profile it had', async () => {
    const db = freshDatabase();
    await writeAuthorProfile(db, { unit: '办公室', name: '李四', post: '主任' });
    await expect(failureOf(writeAuthorProfile(db, { unit: '单'.repeat(101), name: '李四', post: '主任' }))).resolves.toEqual(['invalid', ['schema.tooLong']]);
    expect(await readAuthorProfile(db)).toEqual({ unit: '办公室', name: '李四', post: '主任' });
  });
});

describe('creating and reading reports', () => {
  it('lays a new report out by a built-in outline for the period, with the author profile in its 落款', async () => {
    const db = freshDatabase();
    await writeAuthorProfile(db, { unit: '某某县发展和改革局', name: '张三', post: '局长' });
    const report = await createReportFromOutline(db, 'duty', '2025', 1000);
    expect(report).toMatchObject({ title: '2025年度述职报告', period: '2025', author: { unit: '某某县发展和改革局', name: '张三', post: '局长' }, signature: ['张三'], date: null, createdAt: 1000, updatedAt: 1000, deletedAt: null });
    expect(numberOutline(report.parts).map((p) => p.text)).toEqual(['一、履职尽责情况', '（一）加强学习，提升能力', '（二）围绕中心，推动工作', '（三）严于律己，廉洁自守', '二、存在的不足', '三、今后努力方向']);
    expect(await getReport(db, report.id)).toEqual(report);
  });

  it('takes the panel’s current period when none is given, and refuses a period that is not one', async () => {
    const db = freshDatabase();
    await writeSetting(db, 'currentPeriod', '2026-H1');
    expect(await createReportFromOutline(db, 'halfYear')).toMatchObject({ period: '2026-H1', title: '2026年上半年工作总结' });
    await expect(failureOf(createReportFromOutline(db, 'annual', '2026-H3'))).resolves.toEqual(['invalid', ['schema.periodFormat']]);
    expect(await db.reports.count()).toBe(1);
  });

  it('lists live reports, most recently edited first', async () => {
    const db = freshDatabase();
    const a = await createReportFromOutline(db, 'duty', '2025', 1000);
    const b = await createReportFromOutline(db, 'annual', '2025', 2000);
    const c = await createReportFromOutline(db, 'research', '2025', 3000);
    await saveReport(db, { ...a, title: '改过的述职报告' }, { now: 4000 });
    await trashReport(db, c.id, 5000);
    expect((await listReports(db)).map((r) => r.id)).toEqual([a.id, b.id]);
  });
});

describe('saving a report', () => {
  it('saves the whole record: parts, blocks, 落款 and date; keeps createdAt and moves updatedAt on', async () => {
    const db = freshDatabase();
    const report = await createReportFromOutline(db, 'research', '2025', 1000);
    let next = edited(addPart(report, { id: 'extra', heading: '六、附件说明', parentId: null }));
    next = edited(addBlock(next, { in: { partId: 'extra' }, index: 0 }, { kind: 'text', text: '附件两份。' }));
    next = { ...next, signature: ['某某县调研组'], date: '2026-01-05', createdAt: 1 };
    const saved = await saveReport(db, next, { now: 1000 });
    expect(saved.createdAt).toBe(1000);
    expect(saved.updatedAt).toBe(1001);
    const stored = (await getReport(db, report.id))!;
    expect(stored.parts.at(-1)).toEqual({ id: 'extra', heading: '附件说明', blocks: [{ kind: 'text', text: '附件两份。' }], children: [] });
    expect([stored.signature, stored.date]).toEqual([['某某县调研组'], '2026-01-05']);
  });

  it('refuses a report the schema refuses, and writes nothing', async () => {
    const db = freshDatabase();
    const report = await createReportFromOutline(db, 'duty', '2025', 1000);
    const before = await getReport(db, report.id);
    const deep: Report = { ...report, parts: [{ id: 'a', heading: '一', blocks: [], children: [{ id: 'b', heading: '二', blocks: [], children: [{ id: 'c', heading: '三', blocks: [], children: [{ id: 'd', heading: '四', blocks: [], children: [{ id: 'e', heading: '五', blocks: [], children: [] }] }] }] }] }] };
    await expect(failureOf(saveReport(db, deep))).resolves.toEqual(['invalid', ['schema.partTooDeep']]);
    await expect(failureOf(saveReport(db, { ...report, title: '两行\n标题' }))).resolves.toEqual(['invalid', ['schema.invalidFormat']]);
    const twice = { ...report, parts: [report.parts[1]!, { ...report.parts[2]!, id: report.parts[1]!.id }] };
    await expect(failureOf(saveReport(db, twice))).resolves.toEqual(['invalid', ['schema.partIdTwice']]);
    expect(await getReport(db, report.id)).toEqual(before);
  });

  it('refuses a report that is gone, in the trash, or changed in another window since the edit began', async () => {
    const db = freshDatabase();
    const report = await createReportFromOutline(db, 'duty', '2025', 1000);
    const other = await saveReport(db, { ...report, title: '另一个窗口的标题' }, { now: 2000, expectedUpdatedAt: 1000 });
    await expect(failureOf(saveReport(db, { ...report, title: '这个窗口的标题' }, { expectedUpdatedAt: 1000 }))).resolves.toEqual(['conflict', ['db.reportChanged']]);
    expect((await getReport(db, report.id))!.title).toBe('另一个窗口的标题');
    await trashReport(db, report.id, 3000);
    await expect(failureOf(saveReport(db, other, { expectedUpdatedAt: other.updatedAt }))).resolves.toEqual(['gone', ['db.reportTrashed']]);
    await expect(failureOf(renameReport(db, report.id, '新标题'))).resolves.toEqual(['gone', ['db.reportTrashed']]);
    expect(await getReport(db, report.id)).toMatchObject({ title: '另一个窗口的标题', deletedAt: 3000 });
    await deleteReportForever(db, report.id);
    await expect(failureOf(saveReport(db, other))).resolves.toEqual(['gone', ['db.reportGone']]);
    expect(await db.reports.count()).toBe(0);
  });

  it('renames: one trimmed line, the rest untouched', async () => {
    const db = freshDatabase();
    const report = await createReportFromOutline(db, 'annual', '2025', 1000);
    const renamed = await renameReport(db, report.id, '  某某局2025年\n工作总结 ', 5000);
    expect(renamed).toEqual({ ...report, title: '某某局2025年 工作总结', updatedAt: 5000, revision: 2 });
    expect(await getReport(db, report.id)).toEqual(renamed);
  });
});

describe('copy for the next period', () => {
  it('moves the period and the title on; the snippets stay referenced, so their figures are the new period’s', async () => {
    const db = freshDatabase();
    const members = await createMetric(db, { name: '发展党员', kind: 'value', unit: '名', note: '', tags: [] });
    await setMetricValue(db, members.id, '2025', 5);
    await setMetricValue(db, members.id, '2026', 8);
    const snippet = await createSnippet(db, { title: '党建', body: '全年发展党员{{发展党员}}名。', role: 'work', folder: '', tags: [], favorite: false });
    const created = await createReportFromOutline(db, 'duty', '2025', 1000);
    const first = created.parts[0]!.children[1]!.id;
    const withSnippet = edited(addBlock(created, { in: { partId: first }, index: 0 }, { kind: 'snippet', snippetId: snippet.id }));
    const old = await saveReport(db, { ...withSnippet, date: '2026-01-10' }, { now: 2000 });

    const copy = await copyReportForNextPeriod(db, old.id, { now: 9000 });
    expect(copy.id).not.toBe(old.id);
    expect(copy).toMatchObject({ title: '2026年度述职报告', period: '2026', date: null, createdAt: 9000, updatedAt: 9000, deletedAt: null });
    expect(copy.parts).toEqual(old.parts);
    expect(await reportText(db, old)).toContain('全年发展党员5名。');
    expect(await reportText(db, copy)).toContain('全年发展党员8名。');
    expect(await reportText(db, copy)).not.toContain('全年发展党员5名。');
    // The old report is still there as it was.
    expect(await getReport(db, old.id)).toEqual(old);
    expect((await listReports(db)).map((r) => r.id)).toEqual([copy.id, old.id]);
  });

  it('steps over a year end, and goes to another period when asked', async () => {
    const db = freshDatabase();
    const q4 = await createReportFromOutline(db, 'duty', '2025-Q4', 1000);
    expect(q4.title).toBe('2025年第四季度述职报告');
    expect(await copyReportForNextPeriod(db, q4.id, { now: 2000 })).toMatchObject({ period: '2026-Q1', title: '2026年第一季度述职报告' });
    const half = await createReportFromOutline(db, 'halfYear', '2025-H1', 1000);
    expect(await copyReportForNextPeriod(db, half.id, { period: '2026-H1', now: 2000 })).toMatchObject({ period: '2026-H1', title: '2026年上半年工作总结' });
    await expect(failureOf(copyReportForNextPeriod(db, half.id, { period: '明年' }))).resolves.toEqual(['invalid', ['schema.periodFormat']]);
    await expect(failureOf(copyReportForNextPeriod(db, 'no-such-report'))).resolves.toEqual(['gone', ['db.reportGone']]);
    expect(await db.reports.count()).toBe(4);
  });
});

describe('a report taken from a pack', () => {
  const origin = { pack: 'p', item: 'r-1', revision: 3, base: 'f' };

  it('copied for the next period, is the writer’s own: no link to the pack, its saves counted from one', async () => {
    const db = freshDatabase();
    const created = await createReportFromOutline(db, 'duty', '2025', 1000);
    await db.reports.put({ ...created, origin, revision: 3 });
    const copy = await copyReportForNextPeriod(db, created.id, { now: 2000 });
    const stored = (await getReport(db, copy.id))!;
    expect(stored.origin).toBeUndefined();
    expect(stored.revision).toBe(1);
    expect((await getReport(db, created.id))!.origin).toEqual(origin);
  });

  it('复制一份自己改: the same report under a new title, the writer’s own, the one taken left following the pack', async () => {
    const db = freshDatabase();
    const created = await createReportFromOutline(db, 'duty', '2025', 1000);
    await db.reports.put({ ...created, origin, revision: 3 });
    const taken = (await getReport(db, created.id))!;
    const own = await copyReportAsOwn(db, created.id, '2025年度述职报告（我的）', 5000);
    const stored = (await getReport(db, own.id))!;
    expect(stored).toMatchObject({ title: '2025年度述职报告（我的）', period: taken.period, parts: taken.parts, createdAt: 5000, revision: 1, deletedAt: null });
    expect(stored.origin).toBeUndefined();
    expect(await getReport(db, created.id)).toEqual(taken);
    await trashReport(db, created.id, 6000);
    await expect(failureOf(copyReportAsOwn(db, created.id, 'x'))).resolves.toEqual(['gone', ['db.reportGone']]);
  });
});

describe('reports in the trash', () => {
  async function three(db: DrafterDatabase): Promise<ReportRow[]> {
    return [await createReportFromOutline(db, 'duty', '2025', 1), await createReportFromOutline(db, 'annual', '2025', 2), await createReportFromOutline(db, 'research', '2025', 3)];
  }

  it('moves a report to the trash and back, unchanged', async () => {
    const db = freshDatabase();
    const [a, b] = await three(db);
    await trashReport(db, a!.id, 10 * DAY);
    await trashReport(db, b!.id, 11 * DAY);
    expect((await listTrashedReports(db)).map((r) => r.id)).toEqual([b!.id, a!.id]);
    expect(await listReports(db)).toHaveLength(1);
    await restoreReport(db, a!.id);
    expect(await getReport(db, a!.id)).toEqual(a);
    expect((await listTrashedReports(db)).map((r) => r.id)).toEqual([b!.id]);
    await expect(failureOf(trashReport(db, 'no-such-report'))).resolves.toEqual(['gone', ['db.reportGone']]);
  });

  it('deletes for good only from the trash, and leaves the snippets the report used', async () => {
    const db = freshDatabase();
    const snippet = await createSnippet(db, { title: '开头', body: '现将有关情况报告如下：', role: 'opening', folder: '', tags: [], favorite: false });
    const [a, b] = await three(db);
    await saveReport(db, { ...a!, opening: [{ kind: 'snippet', snippetId: snippet.id }] });
    expect(await deleteReportForever(db, a!.id)).toBe(false);
    await trashReport(db, a!.id);
    expect(await deleteReportForever(db, a!.id)).toBe(true);
    expect(await getReport(db, a!.id)).toBeUndefined();
    expect(await getReport(db, b!.id)).toBeDefined();
    expect(await db.snippets.get(snippet.id)).toBeDefined();
  });

  it('purges reports trashed more than 30 days ago, with the snippets of that age', async () => {
    const db = freshDatabase();
    const [a, b, c] = await three(db);
    const now = 100 * DAY;
    await trashReport(db, a!.id, now - 31 * DAY);
    await trashReport(db, b!.id, now - 29 * DAY);
    const old = await createSnippet(db, { title: '旧', body: '', role: 'other', folder: '', tags: [], favorite: false });
    await db.snippets.update(old.id, { deletedAt: now - 40 * DAY });
    expect(await purgeExpiredTrash(db, now)).toBe(2);
    expect(await getReport(db, a!.id)).toBeUndefined();
    expect((await listTrashedReports(db)).map((r) => r.id)).toEqual([b!.id]);
    expect((await listReports(db)).map((r) => r.id)).toEqual([c!.id]);
  });

  it('empties with the snippets: every trashed report goes for good, live ones stay', async () => {
    const db = freshDatabase();
    const [a, b, c] = await three(db);
    await trashReport(db, a!.id);
    await trashReport(db, b!.id);
    expect(await emptyTrash(db)).toBe(2);
    expect(await listTrashedReports(db)).toEqual([]);
    expect((await listReports(db)).map((r) => r.id)).toEqual([c!.id]);
  });
});

describe('a report made from an import', () => {
  it('takes the imported outline and snippets, the panel’s period and the author profile; a bad one writes nothing', async () => {
    const db = freshDatabase();
    await writeSetting(db, 'currentPeriod', '2026-H1');
    await writeAuthorProfile(db, { unit: '某街道', name: '李四', post: '主任' });
    const row = await createReportFromImport(db, {
      title: '旧总结',
      headings: [{ depth: 1, text: '一、主要工作' }, { depth: 2, text: '（一）抓学习' }, { depth: 1, text: '存在问题' }],
      snippets: [{ snippetId: 's0', place: 'opening' }, { snippetId: 's1', place: 1 }, { snippetId: 's2', place: 2 }, { snippetId: 's3', place: 'closing' }],
    }, 5);
    expect(row).toMatchObject({ title: '旧总结', period: '2026-H1', author: { unit: '某街道', name: '李四', post: '主任' }, deletedAt: null, createdAt: 5 });
    expect(numberOutline(row.parts).map((p) => p.text)).toEqual(['一、主要工作', '（一）抓学习', '二、存在问题']);
    expect(row.parts[0]!.children[0]!.blocks).toEqual([{ kind: 'snippet', snippetId: 's1' }]);
    expect([row.opening, row.closing]).toEqual([[{ kind: 'snippet', snippetId: 's0' }], [{ kind: 'snippet', snippetId: 's3' }]]);
    expect(await getReport(db, row.id)).toEqual(row);
    const tooLong = createReportFromImport(db, { title: null, headings: [], snippets: Array.from({ length: 501 }, (_, i) => ({ snippetId: `s${i}`, place: 'opening' as const })) });
    await expect(failureOf(tooLong)).resolves.toEqual(['invalid', expect.any(Array)]);
    expect(await listReports(db)).toHaveLength(1);
  });
});
