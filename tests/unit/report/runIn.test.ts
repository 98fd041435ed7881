// @vitest-environment jsdom
// A numbered line of an old report that is a paragraph, not a heading (1.全年完成投资12.5亿元，同比增长
// 8%…): the import cuts a heading from its start, and a report made from it must write the words
// once — the number before the whole paragraph — not the cut heading and then the paragraph again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineHeadings, parseOutline, proposeSnippets } from '../../../lib/domain/import/index.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';
import { countWords, documentLines, insertParagraphs, renamePart, renderReport, reportFromImport, reportInsertBlocks, type Report, type ReportResolver } from '../../../lib/domain/report/index.ts';

const options = () => {
  let n = 0;
  return { id: 'r1', newId: () => `p${++n}`, period: parsePeriod('2026')!, author: { unit: '', name: '', post: '' }, now: 1 };
};

/** The old report imported, made into a report, rendered with each snippet's text as it was imported. */
function fromOldReport(lines: string[]): { report: Report; resolver: ReportResolver } {
  const doc = parseOutline(lines);
  const proposals = proposeSnippets(doc);
  const report = reportFromImport({ title: doc.title, headings: outlineHeadings(doc), snippets: proposals.map((p, i) => ({ snippetId: `s${i}`, place: p.place })) }, options());
  const resolver: ReportResolver = { snippet: (id) => ({ paragraphs: proposals[Number(id.slice(1))]!.original.split('\n') }), problemSet: () => null };
  return { report, resolver };
}

const written = (report: Report, resolver: ReportResolver) => insertParagraphs(reportInsertBlocks(renderReport(report, resolver))!.blocks).paragraphs;

// Original text written for this test.
const OLD = [
  '2026年街道经济工作情况',
  '一、主要指标',
  '（一）全年完成固定资产投资12.5亿元，同比增长8%，其中工业投资占四成，民间投资增速高于全区平均水平。',
  '（二）新增市场主体326户，较上年多46户，个体工商户占七成，新设企业主要集中在商贸服务业。',
  '二、下步打算',
  '稳住投资，扩大消费。',
];

describe('a numbered paragraph taken for a heading', () => {
  it('is written once, its number before the whole paragraph, in the inserted lines, the preview lines and the count', () => {
    const { report, resolver } = fromOldReport(OLD);
    const doc = renderReport(report, resolver);
    // The old report's lines exactly: the number before each whole paragraph, nothing twice.
    expect(written(report, resolver)).toEqual(OLD);
    expect(documentLines(doc.lines).map((l) => ('text' in l ? l.text : ''))).toEqual(written(report, resolver));
    // The outline still lists the part by its cut heading, for moving and inserting it alone.
    const part = report.parts[0]!.children[0]!;
    expect(part.heading).toBe('全年完成固定资产投资12.5亿元');
    expect(insertParagraphs(reportInsertBlocks(doc, part.id)!.blocks).paragraphs).toEqual([OLD[2]]);
    // Counted once: the number and the paragraph, as the same paragraph with a heading of its own words would not be.
    const once = doc.count.parts[part.id]!.own;
    const notRunIn = renderReport({ ...report, parts: [{ ...report.parts[0]!, children: [{ ...part, runIn: undefined }] }] }, resolver);
    expect(once).toBeLessThan(notRunIn.count.parts[part.id]!.own);
    expect(once).toBe(countWords(OLD[2]!));
  });

  it('is written once when a snippet of the part that is gone stands before the paragraph', () => {
    const { report, resolver } = fromOldReport(OLD);
    const part = report.parts[0]!.children[0]!;
    const withGone = { ...report, parts: [{ ...report.parts[0]!, children: [{ ...part, blocks: [{ kind: 'snippet' as const, snippetId: 'gone' }, ...part.blocks] }, ...report.parts[0]!.children.slice(1)] }, ...report.parts.slice(1)] };
    const gone: ReportResolver = { ...resolver, snippet: (id) => (id === 'gone' ? null : resolver.snippet(id)) };
    expect(written(withGone, gone)).toEqual(OLD);
    expect(reportInsertBlocks(renderReport(withGone, gone))!.unresolved).toBe(1);
  });

  it('follows the paragraph when its figure changes next year, and stays a heading once the writer words it', () => {
    const { report, resolver } = fromOldReport(OLD);
    const nextYear: ReportResolver = { ...resolver, snippet: (id) => ({ paragraphs: resolver.snippet(id)!.paragraphs.map((p) => p.replace('12.5亿元', '14.1亿元')) }) };
    expect(written(report, nextYear)[2]).toBe(OLD[2]!.replace('12.5亿元', '14.1亿元'));
    const part = report.parts[0]!.children[0]!;
    const renamed = renamePart(report, part.id, '固定资产投资');
    if (!renamed.ok) throw new Error('rename refused');
    expect(written(renamed.report, resolver).slice(2, 4)).toEqual(['（一）固定资产投资', OLD[2]!.slice(3)]);
  });

  it('in generated old reports: every line of the old report is written once, in order, whatever the sentences', () => {
    const han = fc.constantFrom(...'完成投资新增主体企业项目服务群众建设推进落实开展工作社区街道全年同比增长');
    const words = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
    const figure = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('亿元', '户', '%', '个', '')).map(([n, u]) => `${n}${u}`);
    const clause = fc.tuple(words(2, 10), fc.option(figure, { nil: '' })).map(([w, f]) => w + f);
    // A first sentence longer than a heading can be (40 characters), commas in it; more sentences after it or not.
    const numbered = fc
      .tuple(fc.array(clause, { minLength: 5, maxLength: 8 }), fc.array(clause, { maxLength: 3 }))
      .filter(([first]) => first.join('，').length > 40)
      .map(([first, more]) => [first.join('，'), ...more].join('。') + '。');
    const input = fc.array(fc.array(numbered, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(input, (groups) => {
        const han = '一二三四五六七八九';
        const lines = ['年度工作情况', ...groups.flatMap((items, g) => [`${han[g]}、工作情况${g + 1}`, ...items.map((text, i) => `（${han[i]}）${text}`)])];
        const { report, resolver } = fromOldReport(lines);
        const out = written(report, resolver);
        // Each old line, once, in order; nothing written twice.
        expect(out).toEqual(lines);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the Word file of a report with a numbered paragraph taken for a heading', () => {
  it('reads back with the paragraph once, its number before it, as a paragraph rather than a heading', async () => {
    const { reportDocx } = await import('../../../lib/export/reportDocx.ts');
    const { docxToText } = await import('../../../lib/import-files/docx.ts');
    const { report, resolver } = fromOldReport(OLD);
    const { text, headingLevels } = await docxToText(await reportDocx(renderReport(report, resolver)));
    const lines = text.split('\n');
    expect(lines).toEqual(OLD);
    // Headings: the title's parts 一、 and 二、 only (lines 2 and 5, counting from 1).
    expect([...headingLevels.keys()]).toEqual([2, 5]);
  });
});
