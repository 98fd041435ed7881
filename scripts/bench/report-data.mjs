// A long report for the report measure, built from the bench library (scripts/bench/data.mjs): 40
// parts (8 numbered 一、 to 八、, each with 4 sub-parts), each sub-part holding two snippets of the
// library (their {{指标}} slots filled from the metrics) and a paragraph of free text with a slot of
// its own; an opening, a closing, a 落款 and a date. Deterministic, and checked with the domain's
// own Report schema before it is sent to the browser.
import { random } from './data.mjs';

export const REPORT_PARTS = { top: 8, sub: 4 };

const HEADINGS = ['主要工作', '重点任务推进', '基层治理', '队伍建设', '作风建设', '存在问题', '原因分析', '下步打算'];
const SUBHEADINGS = ['压实责任，抓好落实', '突出重点，攻坚克难', '创新方法，提升实效', '强化保障，巩固成果'];

export function benchReport(data, { now = Date.UTC(2026, 10, 26) } = {}) {
  const rnd = random(40);
  // Snippets with a slot (filled from the metrics) preferred, as a report's figures come from there.
  const withSlots = data.snippets.filter((s) => s.body.includes('{{'));
  const pool = withSlots.length >= 16 ? withSlots : data.snippets;
  const snippet = () => ({ kind: 'snippet', snippetId: pool[Math.floor(rnd() * pool.length)].id });
  const metric = () => data.metrics[Math.floor(rnd() * data.metrics.length)].name;
  const text = (t) => ({ kind: 'text', text: t });
  const parts = HEADINGS.slice(0, REPORT_PARTS.top).map((heading, i) => ({
    id: `bench-part-${i}`,
    heading,
    blocks: [text(`围绕${heading}，全年完成{{${metric()}}}项重点工作，总体进展顺利。`)],
    children: SUBHEADINGS.slice(0, REPORT_PARTS.sub).map((sub, j) => ({
      id: `bench-part-${i}-${j}`,
      heading: sub,
      blocks: [snippet(), snippet(), text(`其中，{{${metric()}}}个方面成效明显，群众评价较好。\n下一步将继续抓好跟踪落实。`)],
      children: [],
    })),
  }));
  return {
    id: 'bench-report',
    title: '二〇二五年度工作总结（基准）',
    period: '2025',
    author: { unit: '某某街道', name: '张某某', post: '党工委书记' },
    opening: [text('根据安排，现将{{单位}}一年来的工作情况报告如下：')],
    parts,
    closing: [text('以上报告，请审议。')],
    signature: ['某某街道党工委', '张某某'],
    date: '2026-01-05',
    createdAt: now,
    updatedAt: now,
  };
}

export const countParts = (parts) => parts.reduce((n, p) => n + 1 + countParts(p.children), 0);
