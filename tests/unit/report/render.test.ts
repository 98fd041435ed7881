import { describe, expect, it } from 'vitest';
import { documentDate, movePart, renderReport, type ReportResolver } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

const SNIPPETS: Record<string, { paragraphs: string[]; missing?: string[] }> = {
  study: { paragraphs: ['全年组织集中学习【学习次数】次，一是抓专题学习，二是抓研讨交流。', '　　完成调研课题3项。'] },
  team: { paragraphs: ['班子团结协作。\n\n作风持续改进。'] },
};
SNIPPETS.study!.missing = ['学习次数'];
const resolver: ReportResolver = {
  snippet: (id) => SNIPPETS[id] ?? null,
  problemSet: (id) => (id === 'ps1' ? { paragraphs: ['（一）学习不够深入。', '（二）调研不够经常。'] } : null),
};

function sample() {
  const report = reportOf([['主要工作', [['抓学习'], ['抓班子']]], ['存在问题'], ['下步打算']], { signature: ['某某局', '张三'], date: '2026-01-05' });
  report.opening = [{ kind: 'text', text: '根据安排，现将本人履职情况报告如下：' }];
  report.parts[0]!.children[0]!.blocks = [{ kind: 'snippet', snippetId: 'study' }];
  report.parts[0]!.children[1]!.blocks = [{ kind: 'snippet', snippetId: 'team' }, { kind: 'snippet', snippetId: 'gone' }];
  report.parts[1]!.blocks = [{ kind: 'problemSet', id: 'ps1' }];
  report.parts[2]!.blocks = [{ kind: 'text', text: '持续抓好学习。' }];
  report.closing = [{ kind: 'text', text: '以上报告，请审议。' }];
  return report;
}

describe('renderReport', () => {
  it('lays out title, numbered headings, paragraphs in order, 落款 and date', () => {
    const doc = renderReport(sample(), resolver);
    expect(doc.lines.map((l) => (l.kind === 'unresolved' ? `unresolved ${l.block.kind}` : `${l.kind} ${l.text}`))).toEqual([
      'title 2026年述职报告',
      'paragraph 根据安排，现将本人履职情况报告如下：',
      'heading 一、主要工作',
      'heading （一）抓学习',
      // 一是/二是 inside the paragraph stay as written; the unfilled slot passes through.
      'paragraph 全年组织集中学习【学习次数】次，一是抓专题学习，二是抓研讨交流。',
      'paragraph 完成调研课题3项。',
      'heading （二）抓班子',
      'paragraph 班子团结协作。',
      'paragraph 作风持续改进。',
      'unresolved snippet',
      'heading 二、存在问题',
      'paragraph （一）学习不够深入。',
      'paragraph （二）调研不够经常。',
      'heading 三、下步打算',
      'paragraph 持续抓好学习。',
      'paragraph 以上报告，请审议。',
      'signature 某某局',
      'signature 张三',
      'date 2026年1月5日',
    ]);
    expect(doc.lines.filter((l) => l.kind === 'heading').map((l) => l.kind === 'heading' && l.level)).toEqual([1, 2, 2, 1, 1]);
    expect(doc.missing).toEqual(['学习次数']);
    expect(doc.lines[4]).toMatchObject({ partId: '抓学习', missing: ['学习次数'] });
    expect(doc.lines[5]).toMatchObject({ missing: [] });
  });

  it('renumbers when a part moves, and the text moves with its heading', () => {
    const moved = movePart(sample(), '下步打算', { kind: 'to', parentId: null, index: 0 });
    if (!moved.ok) throw new Error(moved.problem.code);
    const text = renderReport(moved.report, resolver).lines.flatMap((l) => (l.kind === 'heading' || l.kind === 'paragraph' ? [l.text] : []));
    expect(text.slice(1, 4)).toEqual(['一、下步打算', '持续抓好学习。', '二、主要工作']);
    expect(text).toContain('三、存在问题');
  });

  it('counts 字数 per part, with and without sub-parts, and for the body in total', () => {
    const { count } = renderReport(sample(), resolver);
    // （一）抓学习 = 6; the paragraphs: 26 + 1 for the slot, then 完成调研课题3项。 = 9 (3 is one).
    expect(count.parts['抓学习']).toEqual({ own: 6 + 27 + 9, total: 42 });
    expect(count.parts['抓班子']).toEqual({ own: 6 + 7 + 7, total: 20 });
    expect(count.parts['主要工作']).toEqual({ own: 6, total: 6 + 42 + 20 });
    expect(count.parts['存在问题']).toEqual({ own: 6 + 10 + 10, total: 26 });
    // Opening 18, the parts 68 + 26 + (6 + 7), closing 9; title, 落款 and date are not counted.
    expect(count.total).toBe(18 + 68 + 26 + 13 + 9);
  });

  it('leaves out an empty title, blank 落款 lines and an unset date; free text may hold slots too', () => {
    const report = reportOf([['甲']], { title: ' ', signature: ['', '张三'], date: null });
    report.parts[0]!.blocks = [{ kind: 'text', text: '任职{{年限}}年。' }];
    const doc = renderReport(report, { ...resolver, text: (t) => ({ paragraphs: [t.replace('{{年限}}', '【年限】')], missing: ['年限'] }) });
    expect(doc.lines.map((l) => l.kind)).toEqual(['heading', 'paragraph', 'signature']);
    expect(doc.missing).toEqual(['年限']);
  });
});

describe('documentDate', () => {
  it('writes Arabic numerals without leading zeros', () => {
    expect(['2026-01-05', '2025-12-31', '2026-10-10'].map(documentDate)).toEqual(['2026年1月5日', '2025年12月31日', '2026年10月10日']);
  });
});
