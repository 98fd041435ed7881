// A report made from an imported old report: the headings become the outline at their depth, each
// saved snippet stands where its paragraphs stood, and generated outlines of any shape (five levels
// and more, a 第一部分 above 一、) keep every snippet once, in the old report's order, under the
// heading it followed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineHeadings, parseOutline, proposeSnippets, type ImportedHeading, type ImportedPlace } from '../../../lib/domain/import/index.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';
import { MAX_PART_LEVEL, Report, numberOutline, reportFromImport, walkParts, type ImportedReport, type ReportBlock, type ReportPart } from '../../../lib/domain/report/index.ts';

const options = () => {
  let n = 0;
  return { id: 'r1', newId: () => `p${++n}`, period: parsePeriod('2026')!, author: { unit: '', name: '', post: '' }, now: 1 };
};

/** The snippet ids of a list of blocks. */
const ids = (blocks: readonly ReportBlock[]) => blocks.flatMap((b) => (b.kind === 'snippet' ? [b.snippetId] : []));

/** Every snippet of the report in reading order: the opening, each part before its sub-parts, the closing. */
const readingOrder = (report: Report) => [...ids(report.opening), ...[...walkParts(report.parts)].flatMap(({ part }) => ids(part.blocks)), ...ids(report.closing)];

/** The heading a snippet sits under, or 'opening' / 'closing'. */
function whereIs(report: Report, snippetId: string): string {
  if (ids(report.opening).includes(snippetId)) return 'opening';
  if (ids(report.closing).includes(snippetId)) return 'closing';
  return [...walkParts(report.parts)].find(({ part }) => ids(part.blocks).includes(snippetId))!.part.heading;
}

describe('reportFromImport on an imported report', () => {
  // Original text written for this test.
  const lines = [
    '2026年社区工作总结',
    '今年以来，社区围绕中心工作，扎实推进各项任务。',
    '一、主要工作',
    '（一）抓好学习',
    '全年组织集中学习十二次。',
    '（二）抓好服务',
    '走访困难群众一百余户。',
    '以上工作取得了一定成效。',
    '二、存在问题',
    '服务群众的办法还不够多。',
    '三、下步打算',
    '特此报告。',
  ];
  const doc = parseOutline(lines);
  const proposals = proposeSnippets(doc);
  const imported: ImportedReport = { title: doc.title, headings: outlineHeadings(doc), snippets: proposals.map((p, i) => ({ snippetId: `s${i}`, place: p.place })) };
  const report = reportFromImport(imported, options());

  it('takes the title and the headings, numbered as the old report numbered them', () => {
    expect(report.title).toBe('2026年社区工作总结');
    expect(numberOutline(report.parts).map((p) => p.text)).toEqual(['一、主要工作', '（一）抓好学习', '（二）抓好服务', '二、存在问题', '三、下步打算']);
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('puts each snippet where its paragraphs stood, in the old order', () => {
    const placed = proposals.map((p, i) => [p.original, whereIs(report, `s${i}`)]);
    expect(placed).toEqual([
      ['今年以来，社区围绕中心工作，扎实推进各项任务。', 'opening'],
      ['全年组织集中学习十二次。', '抓好学习'],
      // The summary after the sub-sections follows the last of them, as on the old page.
      ['走访困难群众一百余户。', '抓好服务'],
      ['以上工作取得了一定成效。', '抓好服务'],
      ['服务群众的办法还不够多。', '存在问题'],
      ['特此报告。', 'closing'],
    ]);
    expect(readingOrder(report)).toEqual(proposals.map((_, i) => `s${i}`));
  });
});

describe('reportFromImport on generated outlines', () => {
  /** A heading tree up to seven levels deep, as a 第一部分 and a ① level can make it. */
  type Tree = { children: Tree[] };
  const treeAt = (depth: number): fc.Arbitrary<Tree[]> =>
    fc.array(fc.record({ children: depth < 7 ? treeAt(depth + 1) : fc.constant([]) }), { maxLength: depth === 1 ? 4 : 2 });
  const headingsOf = (trees: Tree[], depth = 1, out: ImportedHeading[] = []): ImportedHeading[] => {
    for (const tree of trees) {
      out.push({ depth, text: `标题${out.length}` });
      headingsOf(tree.children, depth + 1, out);
    }
    return out;
  };
  const input = treeAt(1).chain((trees) => {
    const headings = headingsOf(trees);
    // How many snippets stand before the first heading, after each heading, and in the closing.
    return fc.record({ headings: fc.constant(headings), counts: fc.array(fc.nat(3), { minLength: headings.length + 2, maxLength: headings.length + 2 }) });
  });

  it('keeps every snippet once, in order, under the heading it followed (or the nearest of four levels above it)', () => {
    fc.assert(
      fc.property(input, ({ headings, counts }) => {
        const places: ImportedPlace[] = ['opening', ...headings.map((_, i) => i), 'closing'];
        const snippets = places.flatMap((place, k) => Array.from({ length: counts[k]! }, () => place)).map((place, n) => ({ snippetId: `s${n}`, place }));
        const report = reportFromImport({ title: null, headings, snippets }, options());
        expect(Report.safeParse(report).success).toBe(true);
        expect(readingOrder(report)).toEqual(snippets.map((s) => s.snippetId));
        // The parts are the headings of the first four levels, in order, each at its depth.
        const kept = headings.filter((h) => h.depth <= MAX_PART_LEVEL);
        expect(numberOutline(report.parts).map((p) => [p.heading, p.level])).toEqual(kept.map((h) => [h.text, h.depth]));
        for (const { snippetId, place } of snippets) {
          if (typeof place !== 'number') {
            expect(whereIs(report, snippetId)).toBe(place);
            continue;
          }
          // A deeper heading's snippets go to the level-4 heading it stands under: the last one before it.
          let host = place;
          while (headings[host]!.depth > MAX_PART_LEVEL) host--;
          expect(whereIs(report, snippetId)).toBe(headings[host]!.text);
        }
        // A heading too deep to number is kept as a line of text in the part above it.
        const texts = [...walkParts(report.parts)].flatMap(({ part }: { part: ReportPart }) => part.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])));
        expect(texts).toEqual(headings.filter((h) => h.depth > MAX_PART_LEVEL).map((h) => h.text));
      }),
      { numRuns: 200 },
    );
  });

  it('puts a damaged place in the opening or under the last heading, never loses it', () => {
    const headings = [{ depth: 1, text: '甲' }];
    const report = reportFromImport({ title: null, headings, snippets: [{ snippetId: 'a', place: -1 }, { snippetId: 'b', place: 7 }, { snippetId: 'c', place: 0.5 }] }, options());
    expect([whereIs(report, 'a'), whereIs(report, 'b'), whereIs(report, 'c')]).toEqual(['opening', '甲', 'opening']);
  });
});
