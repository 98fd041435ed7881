import { describe, expect, it } from 'vitest';
import { Report, ReportBlock } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

describe('Report schema', () => {
  it('accepts a report with parts, sub-parts and every kind of block', () => {
    const report = reportOf([['主要工作', [['理论学习'], ['重点任务', [['项目建设', [['一期工程']]]]]]], ['下步打算']]);
    report.parts[0]!.blocks = [
      { kind: 'snippet', snippetId: 's1' },
      { kind: 'problemSet', id: 'ps1' },
      { kind: 'text', text: '本年度共召开会议{{会议次数}}次。\n第二段。' },
    ];
    expect(Report.parse(report)).toEqual(report);
  });

  it('refuses a fifth level: GB/T 9704 numbers four', () => {
    const result = Report.safeParse(reportOf([['一', [['二', [['三', [['四', [['五']]]]]]]]]]));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['parts.0.children.0.children.0.children.0.children.0']);
  });

  it('refuses two parts with one id, wherever they sit', () => {
    const report = reportOf([['甲', [['乙']]], ['丙']]);
    report.parts[1]!.id = '乙';
    expect(Report.safeParse(report).error?.issues.map((i) => i.message)).toEqual(['schema.partIdTwice']);
  });

  it('refuses line breaks in headings, titles and 落款 lines, but not in free text', () => {
    const report = reportOf([['主要\n工作']]);
    expect(Report.safeParse(report).success).toBe(false);
    expect(Report.safeParse(reportOf([], { title: '报告\n标题' })).success).toBe(false);
    expect(Report.safeParse(reportOf([], { signature: ['张三\n李四'] })).success).toBe(false);
    expect(ReportBlock.safeParse({ kind: 'text', text: '一段\n两段' }).success).toBe(true);
  });

  it('takes a period key as the other records do, and a real calendar date or none', () => {
    expect(Report.safeParse(reportOf([], { period: '2026-H1' })).success).toBe(true);
    expect(Report.safeParse(reportOf([], { period: '2026-H3' })).success).toBe(false);
    expect(Report.safeParse(reportOf([], { date: null })).success).toBe(true);
    expect(Report.safeParse(reportOf([], { date: '2024-02-29' })).success).toBe(true);
    expect(Report.safeParse(reportOf([], { date: '2026-02-29' })).success).toBe(false);
    expect(Report.safeParse(reportOf([], { date: '2026-1-5' })).success).toBe(false);
  });

  it('refuses a block of an unknown kind or without its reference', () => {
    expect(ReportBlock.safeParse({ kind: 'image', src: 'x' }).success).toBe(false);
    expect(ReportBlock.safeParse({ kind: 'snippet', snippetId: '' }).success).toBe(false);
    expect(ReportBlock.safeParse({ kind: 'problemSet' }).success).toBe(false);
  });
});
