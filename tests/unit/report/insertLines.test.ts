// A report as the blocks 插入 puts into the page: the whole report, or one part with exactly its
// sub-parts, headings with their numbers, in reading order; snippets that are gone are counted,
// never inserted. Property tests over generated outlines check the subtree and the order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PART_LEVEL, insertParagraphs, numbered, renderReport, reportInsertBlocks, type PartLevel, type ReportPart, type ReportResolver } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

const resolver: ReportResolver = {
  snippet: (id) => (id === 'gone' ? null : { paragraphs: [`片段${id}甲`, `片段${id}乙【人数】`], missing: ['人数'] }),
  problemSet: () => null,
};

function sample() {
  const report = reportOf([['主要工作', [['抓学习', [['学原文']]], ['抓班子']]], ['存在问题']], { signature: ['某某局', '张三'], date: '2026-01-05' });
  report.opening = [{ kind: 'text', text: '现将情况报告如下：' }];
  report.parts[0]!.blocks = [{ kind: 'text', text: '总体平稳。' }];
  report.parts[0]!.children[0]!.blocks = [{ kind: 'snippet', snippetId: 's1' }];
  report.parts[0]!.children[0]!.children[0]!.blocks = [{ kind: 'text', text: '逐篇研读。' }];
  report.parts[0]!.children[1]!.blocks = [{ kind: 'snippet', snippetId: 'gone' }, { kind: 'text', text: '团结协作。' }];
  report.parts[1]!.blocks = [{ kind: 'problemSet', id: 'ps' }, { kind: 'text', text: '学习不深。' }];
  report.closing = [{ kind: 'text', text: '以上报告，请审议。' }];
  return renderReport(report, resolver);
}

const show = (b: { kind: string; text: string; level?: number }) => `${b.kind}${b.level ?? ''} ${b.text}`;

describe('reportInsertBlocks', () => {
  it('the whole report: title, opening, numbered headings with their paragraphs, closing, 落款, date; gone blocks counted', () => {
    const whole = reportInsertBlocks(sample())!;
    expect(whole.blocks.map(show)).toEqual([
      'title 2026年述职报告',
      'paragraph 现将情况报告如下：',
      'heading1 一、主要工作',
      'paragraph 总体平稳。',
      'heading2 （一）抓学习',
      'paragraph 片段s1甲',
      'paragraph 片段s1乙【人数】',
      'heading3 1.学原文',
      'paragraph 逐篇研读。',
      'heading2 （二）抓班子',
      'paragraph 团结协作。',
      'heading1 二、存在问题',
      'paragraph 学习不深。',
      'paragraph 以上报告，请审议。',
      'signature 某某局',
      'signature 张三',
      'date 2026年1月5日',
    ]);
    expect(whole.unresolved).toBe(2);
    expect(whole.missing).toEqual(['人数']);
  });

  it('one part: its heading and exactly its sub-parts, no title, closing or 落款', () => {
    const part = reportInsertBlocks(sample(), '主要工作')!;
    expect(part.blocks.map(show)).toEqual([
      'heading1 一、主要工作',
      'paragraph 总体平稳。',
      'heading2 （一）抓学习',
      'paragraph 片段s1甲',
      'paragraph 片段s1乙【人数】',
      'heading3 1.学原文',
      'paragraph 逐篇研读。',
      'heading2 （二）抓班子',
      'paragraph 团结协作。',
    ]);
    expect(part.unresolved).toBe(1);
    expect(reportInsertBlocks(sample(), '抓学习')!.blocks.map(show)).toEqual(['heading2 （一）抓学习', 'paragraph 片段s1甲', 'paragraph 片段s1乙【人数】', 'heading3 1.学原文', 'paragraph 逐篇研读。']);
    expect(reportInsertBlocks(sample(), '抓班子')).toEqual({ blocks: [{ kind: 'heading', level: 2, text: '（二）抓班子' }, { kind: 'paragraph', text: '团结协作。' }], unresolved: 1, missing: [] });
    // The last part stops before the closing.
    expect(reportInsertBlocks(sample(), '存在问题')!.blocks.map(show)).toEqual(['heading1 二、存在问题', 'paragraph 学习不深。']);
    expect(reportInsertBlocks(sample(), 'nowhere')).toBeNull();
  });

  it('hands the chain each text with its layout beside it', () => {
    expect(insertParagraphs([{ kind: 'title', text: '题' }, { kind: 'heading', level: 3, text: '1.甲' }, { kind: 'paragraph', text: '段' }, { kind: 'date', text: '2026年1月5日' }])).toEqual({
      paragraphs: ['题', '1.甲', '段', '2026年1月5日'],
      styles: ['title', 'heading3', 'paragraph', 'date'],
    });
  });
});

type Shape = { heading: string; texts: number; gone: boolean; children: Shape[] };
const shapeAt = (level: number): fc.Arbitrary<Shape[]> =>
  fc.array(
    fc.record({
      heading: fc.constantFrom('主要工作', '一是抓学习', '5亿元项目', '（一）照原样', '抓落实'),
      texts: fc.nat({ max: 3 }),
      gone: fc.boolean(),
      children: level < MAX_PART_LEVEL ? shapeAt(level + 1) : fc.constant([]),
    }),
    { maxLength: level === 1 ? 4 : 2 },
  );

/** Parts whose paragraphs name their part, so every paragraph's text is unique in the report. */
function toParts(shapes: Shape[], counter = { n: 0 }): ReportPart[] {
  return shapes.map((s) => {
    const id = `p${counter.n++}`;
    const texts = Array.from({ length: s.texts }, (_, k) => ({ kind: 'text' as const, text: `${id}第${k}段` }));
    const blocks = s.gone ? [{ kind: 'snippet' as const, snippetId: 'gone' }, ...texts] : texts;
    return { id, heading: s.heading, blocks, children: toParts(s.children, counter) };
  });
}

/** What a part inserts, worked out from the outline itself rather than from the rendered lines. */
function expected(part: ReportPart, level: PartLevel, number: number): string[] {
  return [
    numbered(part, level, number).text,
    ...part.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])),
    ...part.children.flatMap((c, i) => expected(c, (level + 1) as PartLevel, i + 1)),
  ];
}

function* everyPart(parts: readonly ReportPart[], level = 1): Generator<{ part: ReportPart; level: PartLevel; number: number }> {
  for (const [i, part] of parts.entries()) {
    yield { part, level: level as PartLevel, number: i + 1 };
    yield* everyPart(part.children, level + 1);
  }
}

describe('reportInsertBlocks over generated outlines', () => {
  it('the whole report keeps every numbered heading and paragraph once, in order; a part inserts exactly its subtree', () => {
    fc.assert(
      fc.property(shapeAt(1), fc.boolean(), (shapes, closing) => {
        const report = reportOf([], { parts: toParts(shapes), closing: closing ? [{ kind: 'text', text: '结束语。' }] : [] });
        const doc = renderReport(report, resolver);
        const whole = reportInsertBlocks(doc)!;
        const body = report.parts.flatMap((p, i) => expected(p, 1, i + 1));
        expect(whole.blocks.map((b) => b.text)).toEqual(['2026年述职报告', ...body, ...(closing ? ['结束语。'] : []), '张三', '2026年1月5日']);
        for (const { part, level, number } of everyPart(report.parts)) {
          const one = reportInsertBlocks(doc, part.id)!;
          expect(one.blocks.map((b) => b.text)).toEqual(expected(part, level, number));
          expect(one.blocks[0]).toEqual({ kind: 'heading', level, text: numbered(part, level, number).text });
          const gone = [...everyPart([part])].filter((p) => p.part.blocks.some((b) => b.kind === 'snippet')).length;
          expect(one.unresolved).toBe(gone);
        }
      }),
      { numRuns: 150 },
    );
  });
});
