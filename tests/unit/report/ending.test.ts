// @vitest-environment jsdom
// A report made from an imported old report: the old 落款 and 成文日期 come in as the last lines of
// the closing snippet. The document writes a 落款 line as the 落款 (right-aligned in Word, not an
// indented paragraph) where the report has none of its own, never the old date (the 成文日期 is
// the writer's to set, and a copy for the next period must not carry last year's), and counts
// neither in the 字数. Original text written for this test.
import { describe, expect, it } from 'vitest';
import { outlineHeadings, parseOutline, proposeSnippets } from '../../../lib/domain/import/index.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';
import { renderReport, reportForPeriod, reportFromImport, reportGaps, reportInsertBlocks, type Report, type ReportResolver } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

const OLD = [
  '2025年度城乡建设工作总结',
  '今年以来，我局围绕年度目标扎实推进各项工作。',
  '一、主要工作',
  '全年完成改造小区23个，惠及居民4100户。',
  '二、下步打算',
  '继续推进背街小巷整治。',
  '以上报告，请审议。',
  '某某县住房和城乡建设局',
  '2025年12月30日',
];

function fromOld(lines: readonly string[]): { report: Report; resolver: ReportResolver } {
  const doc = parseOutline(lines);
  const proposals = proposeSnippets(doc);
  let n = 0;
  const report = reportFromImport(
    { title: doc.title, headings: outlineHeadings(doc), snippets: proposals.map((p, i) => ({ snippetId: `s${i}`, place: p.place })) },
    { id: 'r1', newId: () => `p${++n}`, period: parsePeriod('2026')!, author: { unit: '', name: '', post: '' }, now: 1 },
  );
  return { report, resolver: { snippet: (id) => ({ paragraphs: proposals[Number(id.slice(1))]!.original.split('\n') }), problemSet: () => null } };
}

const kinds = (report: Report, resolver: ReportResolver) => renderReport(report, resolver).lines.map((l) => `${l.kind} ${'text' in l ? l.text : ''}`);

describe('the old 落款 and date in the closing', () => {
  it('become the 落款, and the old date is not written', () => {
    const { report, resolver } = fromOld(OLD);
    const lines = kinds(report, resolver);
    expect(lines.slice(-2)).toEqual(['paragraph 以上报告，请审议。', 'signature 某某县住房和城乡建设局']);
    expect(lines.join('\n')).not.toContain('2025年12月30日');
    const inserted = reportInsertBlocks(renderReport(report, resolver))!.blocks;
    expect(inserted.at(-1)).toEqual({ kind: 'signature', text: '某某县住房和城乡建设局' });
    expect(reportGaps(renderReport(report, resolver)).noDate).toBe(true);
  });

  it('give way to the report’s own 落款 and date', () => {
    const { report, resolver } = fromOld(OLD);
    const own = { ...report, signature: ['张某某'], date: '2026-01-08' };
    expect(kinds(own, resolver).slice(-3)).toEqual(['paragraph 以上报告，请审议。', 'signature 张某某', 'date 2026年1月8日']);
  });

  it('are not counted in the 字数, as the report’s own 落款 is not', () => {
    const { report, resolver } = fromOld(OLD);
    const without = fromOld(OLD.slice(0, -2));
    expect(renderReport(report, resolver).count.total).toBe(renderReport(without.report, without.resolver).count.total);
  });

  it('in a copy for the next period: no old date, the 落款 kept', () => {
    const { report, resolver } = fromOld(OLD);
    const next = reportForPeriod({ ...report, date: '2025-12-30' }, { id: 'r2', period: parsePeriod('2027')!, now: 2 });
    const lines = kinds(next, resolver).join('\n');
    expect(lines).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(lines).toContain('signature 某某县住房和城乡建设局');
  });

  it('leave a closing without them alone: 特此报告 and sentences stay body text', () => {
    const report = reportOf([['工作']], { closing: [{ kind: 'text', text: '特此报告。\n以上情况如有不妥，请批评指正。' }], signature: [] });
    const lines = kinds(report, { snippet: () => null, problemSet: () => null });
    expect(lines.slice(-3)).toEqual(['paragraph 特此报告。', 'paragraph 以上情况如有不妥，请批评指正。', 'date 2026年1月5日']);
  });

  it('take a 落款 line still to fill (【单位】) as the 落款', () => {
    const report = reportOf([['工作']], { closing: [{ kind: 'snippet', snippetId: 'end' }], signature: [], date: null });
    const resolver: ReportResolver = { snippet: () => ({ paragraphs: ['以上报告，请审议。', '【单位】', '2025年12月30日'], missing: ['单位'] }), problemSet: () => null };
    const doc = renderReport(report, resolver);
    expect(doc.lines.slice(-2).map((l) => l.kind)).toEqual(['paragraph', 'signature']);
    expect(doc.missing).toEqual(['单位']);
  });
});

describe('reportGaps', () => {
  it('names headings without words and parts with nothing under them', () => {
    const report = reportOf([['有内容'], [''], ['空的部分'], ['有下级', [['下级']]]], { date: null });
    report.parts[0]!.blocks = [{ kind: 'text', text: '正文。' }];
    report.parts[1]!.blocks = [{ kind: 'text', text: '正文。' }];
    const gaps = reportGaps(renderReport(report, { snippet: () => null, problemSet: () => null }));
    expect(gaps).toEqual({ emptyHeadings: [''], emptyParts: ['空的部分', '下级'], noDate: true });
  });

  it('counts a part whose only snippet is gone as empty', () => {
    const report = reportOf([['甲']]);
    report.parts[0]!.blocks = [{ kind: 'snippet', snippetId: 'gone' }];
    expect(reportGaps(renderReport(report, { snippet: () => null, problemSet: () => null })).emptyParts).toEqual(['甲']);
  });
});

describe('a copy for the next period', () => {
  const copy = (report: Report, period: string) => reportForPeriod(report, { id: 'c', period: parsePeriod(period)!, now: 9 });
  const headings = (report: Report): string[] => report.parts.flatMap(function all(p): string[] {
    return [p.heading, ...p.children.flatMap(all)];
  });

  it('moves the title and the headings that name the period, and the plans’ period after it, once', () => {
    const report = reportOf([['2025年主要工作', [['自2018年以来的变化']]], ['2026年工作打算'], ['存在问题']], { title: '2025年工作总结和2026年工作打算', period: '2025' });
    const next = copy(report, '2026');
    expect(next.title).toBe('2026年工作总结和2027年工作打算');
    expect(headings(next)).toEqual(['2026年主要工作', '自2018年以来的变化', '2027年工作打算', '存在问题']);
    expect(next.date).toBeNull();
    // The report copied from keeps its words.
    expect(headings(report)[0]).toBe('2025年主要工作');
  });

  it('moves a half year, a quarter and a month by their own labels', () => {
    expect(copy(reportOf([['2025年上半年重点工作']], { title: '2025年上半年工作总结', period: '2025-H1' }), '2025-H2').title).toBe('2025年下半年工作总结');
    expect(copy(reportOf([], { title: '2025年第四季度工作情况', period: '2025-Q4' }), '2026-Q1').title).toBe('2026年第一季度工作情况');
    expect(copy(reportOf([['2025年1月工作']], { title: '2025年1月工作简报', period: '2025-01' }), '2025-02').parts[0]!.heading).toBe('2025年2月工作');
    // 2025年11月 is not 2025年1月.
    expect(copy(reportOf([], { title: '2025年11月工作简报', period: '2025-01' }), '2025-02').title).toBe('2025年11月工作简报');
  });
});
