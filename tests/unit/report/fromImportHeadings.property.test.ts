// A report made from an imported old report reads each heading once: a heading run into its
// paragraph (（一）抓好学习。全年…) or a numbered line with nothing under it becomes a part of the
// outline, and the paragraph under it (a snippet holding the whole paragraph) does not open with
// the same words again. Generated outlines of every such shape; nothing else of the text is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineHeadings, parseOutline, proposeSnippets } from '../../../lib/domain/import/index.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';
import { renderReport, reportFromImport, withoutHeading, type ImportedReport, type ReportResolver } from '../../../lib/domain/report/index.ts';

const HAN = ['一', '二', '三', '四'];
// Original words for this test: headings, and sentences of body text.
const HEADINGS = ['抓好理论学习', '推进重点项目', '服务困难群众', '完善制度机制', '狠抓作风建设', '加强队伍建设'];
const SENTENCES = ['全年组织集中学习十二次。', '走访困难群众一百余户。', '修订完善制度六项。', '开展专项检查四轮。', '新建活动阵地两处。'];

type Sub = { kind: 'runIn' | 'ownLine' | 'bare'; heading: string; body: string[] };
const sub = fc.record({ kind: fc.constantFrom<Sub['kind']>('runIn', 'ownLine', 'bare'), heading: fc.constantFrom(...HEADINGS), body: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 2 }) });
const top = fc.record({ heading: fc.constantFrom(...HEADINGS), subs: fc.array(sub, { minLength: 1, maxLength: 3 }) });

function lines(tops: { heading: string; subs: Sub[] }[]): string[] {
  const out = ['2026年社区工作总结', '今年以来，社区扎实推进各项工作。'];
  tops.forEach((t, i) => {
    out.push(`${HAN[i]}、${t.heading}`);
    t.subs.forEach((s, j) => {
      if (s.kind === 'runIn') out.push(`（${HAN[j]}）${s.heading}。${s.body.join('')}`, ...[]);
      else if (s.kind === 'ownLine') out.push(`（${HAN[j]}）${s.heading}`, ...s.body);
      else out.push(`（${HAN[j]}）${s.heading}`);
    });
  });
  return out;
}

function rendered(source: string[]) {
  const doc = parseOutline(source);
  const proposals = proposeSnippets(doc);
  const imported: ImportedReport = { title: doc.title, headings: outlineHeadings(doc), snippets: proposals.map((p, i) => ({ snippetId: `s${i}`, place: p.place })) };
  let n = 0;
  const report = reportFromImport(imported, { id: 'r', newId: () => `p${++n}`, period: parsePeriod('2026')!, author: { unit: '', name: '', post: '' }, now: 1 });
  const resolver: ReportResolver = { snippet: (id) => ({ paragraphs: proposals[Number(id.slice(1))]!.original.split('\n') }), problemSet: () => null };
  return renderReport(report, resolver).lines;
}

describe('a report made from an imported report', () => {
  it('never says a heading again as the first sentence under it, and keeps every other sentence', () => {
    fc.assert(
      fc.property(fc.array(top, { minLength: 1, maxLength: 3 }), (tops) => {
        const out = rendered(lines(tops));
        out.forEach((line, i) => {
          const next = out[i + 1];
          if (line.kind !== 'heading' || next?.kind !== 'paragraph') return;
          expect(next.text === line.heading || (next.text.startsWith(line.heading) && /^[。；：]/.test(next.text.slice(line.heading.length))), `${line.text} / ${next.text}`).toBe(false);
        });
        const text = out.map((l) => ('text' in l ? l.text : '')).join('\n');
        for (const t of tops) for (const s of t.subs) for (const sentence of s.body) if (s.kind !== 'bare') expect(text).toContain(sentence);
        // A bare numbered line is its heading, once.
        for (const t of tops) for (const s of t.subs) if (s.kind === 'bare') expect(out.filter((l) => l.kind === 'paragraph' && l.text === s.heading)).toEqual([]);
      }),
    );
  });

  it('reads the example: （一）抓好理论学习。全年… under its heading, once', () => {
    const out = rendered(['2026年社区工作总结', '一、主要工作', '（一）抓好理论学习。全年组织集中学习十二次。', '（二）服务困难群众']);
    expect(out.map((l) => ('text' in l ? l.text : ''))).toEqual(['2026年社区工作总结', '一、主要工作', '（一）抓好理论学习', '全年组织集中学习十二次。', '（二）服务困难群众']);
  });
});

describe('withoutHeading', () => {
  it.each([
    ['抓好学习。全年学习十二次。', '抓好学习', '全年学习十二次。'],
    ['抓好学习：一是学理论。', '抓好学习', '一是学理论。'],
    ['抓好学习', '抓好学习', ''],
    // Not a sentence of its own: the words go on, or a figure continues.
    ['抓好学习，全年学习十二次。', '抓好学习', '抓好学习，全年学习十二次。'],
    ['完成投资5.2亿元。', '完成投资5', '完成投资5.2亿元。'],
    ['全年学习十二次。', '抓好学习', '全年学习十二次。'],
  ])('%s under %s', (text, heading, expected) => expect(withoutHeading(text, heading)).toBe(expected));
});
