import { describe, expect, it } from 'vitest';
import { BUILT_IN_OUTLINES, OUTLINE_KINDS, Report, numberOutline, reportFromOutline, renderReport } from '../../../lib/domain/report/index.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';

const author = { unit: '某某区住建局', name: '李四', post: '副局长' };
function make(kind: (typeof OUTLINE_KINDS)[number], period = '2025') {
  let n = 0;
  return reportFromOutline(kind, { id: 'r', newId: () => `p${++n}`, period: parsePeriod(period)!, author, now: 5 });
}

describe('built-in outlines', () => {
  it('offers the five kinds of report by name', () => {
    expect(OUTLINE_KINDS.map((k) => BUILT_IN_OUTLINES[k].name)).toEqual(['述职报告', '年度工作总结', '半年工作总结', '整改落实情况报告', '调研报告']);
  });

  for (const kind of OUTLINE_KINDS) {
    it(`${BUILT_IN_OUTLINES[kind].name}: a valid report with numbered headings and no number in the stored words`, () => {
      const report = make(kind);
      expect(Report.parse(report)).toEqual(report);
      const headings = numberOutline(report.parts);
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(headings[0]!.text.startsWith('一、')).toBe(true);
      for (const h of headings) expect(h.heading).not.toMatch(/^[一二三四五六七八九十（(0-9]/);
      expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    });
  }

  it('the 述职报告 reads as a writer expects, titled for the period and signed by the writer', () => {
    const report = make('duty');
    const doc = renderReport(report, { snippet: () => null, problemSet: () => null });
    expect(doc.lines.map((l) => (l.kind === 'unresolved' ? '' : l.text))).toEqual([
      '2025年度述职报告',
      '一、履职尽责情况',
      '（一）加强学习，提升能力',
      '（二）围绕中心，推动工作',
      '（三）严于律己，廉洁自守',
      '二、存在的不足',
      '三、今后努力方向',
      '李四',
    ]);
    expect(report).toMatchObject({ period: '2025', date: null, createdAt: 5, updatedAt: 5, author });
  });

  it('titles follow the period', () => {
    expect(make('halfYear', '2026-H1').title).toBe('2026年上半年工作总结');
    expect(make('halfYear', '2026-H2').title).toBe('2026年下半年工作总结');
    expect(make('annual', '2026').title).toBe('2026年工作总结');
    expect(make('duty', '2026-Q3').title).toBe('2026年第三季度述职报告');
    expect(make('rectification').signature).toEqual(['某某区住建局']);
  });
});
