// Generated outlines and generated sequences of moves: after every move the numbering is whole —
// each parent's sub-parts are numbered 1, 2, 3 … in order, at the style of their level, and the
// heading's words follow the number untouched. A refused move is refused for the reason a writer
// would see in the outline, and a done move carries the part with all its sub-parts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarker, styleOfLevel } from '../../../lib/domain/outline/index.ts';
import { MAX_PART_LEVEL, Report, depthOf, findPath, movePart, numberOutline, renderReport, walkParts, type PartMove, type ReportPart } from '../../../lib/domain/report/index.ts';
import { reportOf, sketchOf } from './support.ts';

// Headings that test the numbering: figures and enumerations that merge with a marker, inline
// markers that must stay, and plain words.
const HEADINGS = ['主要工作', '一是抓学习', '二是抓落实', '5亿元项目', '二季度工作', '2025年重点', '（一）照原样', '', '首先，抓班子', '第一，抓制度'];

type Shape = { heading: string; children: Shape[] };
const shapeAt = (level: number): fc.Arbitrary<Shape[]> =>
  fc.array(
    fc.record({ heading: fc.constantFrom(...HEADINGS), children: level < MAX_PART_LEVEL ? shapeAt(level + 1) : fc.constant([]) }),
    { maxLength: level === 1 ? 5 : 3 },
  );
const shape = shapeAt(1);

/** Gives every part of a generated shape a unique id. */
function toParts(shapes: Shape[], level = 1, counter = { n: 0 }): ReportPart[] {
  return shapes.map((s) => ({ id: `p${counter.n++}`, heading: s.heading, blocks: [], children: toParts(s.children, level + 1, counter) }));
}

const moveArb = fc.record({
  who: fc.nat(),
  kind: fc.constantFrom('up', 'down', 'indent', 'outdent', 'to', 'to'),
  parent: fc.nat(),
  top: fc.boolean(),
  index: fc.integer({ min: -1, max: 6 }),
});

function checkNumbering(parts: readonly ReportPart[]) {
  const numbered = numberOutline(parts);
  const walked = [...walkParts(parts)];
  expect(numbered.map((n) => n.id)).toEqual(walked.map((w) => w.part.id));
  numbered.forEach((n, i) => {
    const path = walked[i]!.path;
    expect(n.level).toBe(path.length);
    expect(n.number).toBe(path[path.length - 1]! + 1);
    const back = parseMarker(n.text);
    expect(back).toMatchObject({ style: styleOfLevel(n.level), number: n.number, rest: n.heading });
  });
  // Contiguous per parent: the numbers under each parent read 1 … k in order.
  const byParent = new Map<string, number[]>();
  for (const w of walked) {
    const key = w.path.slice(0, -1).join('.');
    byParent.set(key, [...(byParent.get(key) ?? []), numbered.find((n) => n.id === w.part.id)!.number]);
  }
  for (const numbers of byParent.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  // The rendered document shows the same headings, in the same order.
  const none = { snippet: () => null, problemSet: () => null };
  const headings = renderReport({ ...reportOf(), parts: [...parts] }, none).lines.flatMap((l) => (l.kind === 'heading' ? [l.text] : []));
  expect(headings).toEqual(numbered.map((n) => n.text));
}

/** Why the outline says this move cannot be done, or null when it can. */
function expectedRefusal(parts: readonly ReportPart[], id: string, move: PartMove): string | null {
  const path = findPath(parts, id)!;
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1]!;
  const siblings = parentPath.length ? [...walkParts(parts)].find((w) => w.path.join() === parentPath.join())!.part.children : parts;
  const part = siblings[index]!;
  switch (move.kind) {
    case 'up':
      return index === 0 ? 'report.alreadyFirst' : null;
    case 'down':
      return index === siblings.length - 1 ? 'report.alreadyLast' : null;
    case 'indent':
      if (index === 0) return 'report.nothingToIndentUnder';
      return path.length + depthOf(part) > MAX_PART_LEVEL ? 'report.tooDeep' : null;
    case 'outdent':
      return parentPath.length === 0 ? 'report.alreadyTopLevel' : null;
    case 'to': {
      const target = move.parentId === null ? [] : findPath(parts, move.parentId)!;
      if (target.length >= path.length && path.every((step, i) => target[i] === step)) return 'report.intoItself';
      if (target.length + depthOf(part) > MAX_PART_LEVEL) return 'report.tooDeep';
      const targetChildren = move.parentId === null ? parts : [...walkParts(parts)].find((w) => w.part.id === move.parentId)!.part.children;
      const room = targetChildren.filter((p) => p.id !== id).length;
      return move.index < 0 || move.index > room ? 'report.indexOutOfRange' : null;
    }
  }
}

describe('numbering follows every move', () => {
  it('stays contiguous per level and parent, and each move is done or refused as the outline says', () => {
    fc.assert(
      fc.property(shape, fc.array(moveArb, { maxLength: 25 }), (shapes, moves) => {
        let report = reportOf();
        report = { ...report, parts: toParts(shapes) };
        checkNumbering(report.parts);
        for (const m of moves) {
          const all = [...walkParts(report.parts)].map((w) => w.part);
          if (all.length === 0) return;
          const part = all[m.who % all.length]!;
          const move: PartMove =
            m.kind === 'to' ? { kind: 'to', parentId: m.top ? null : all[m.parent % all.length]!.id, index: m.index } : ({ kind: m.kind } as PartMove);
          const expected = expectedRefusal(report.parts, part.id, move);
          const edit = movePart(report, part.id, move);
          expect(edit.ok ? null : edit.problem.code).toBe(expected);
          if (!edit.ok) continue;
          const before = report;
          report = edit.report;
          checkNumbering(report.parts);
          expect(Report.safeParse(report).success).toBe(true);
          // Nothing lost or doubled, and the part moved with everything under it.
          const ids = (r: typeof report) => [...walkParts(r.parts)].map((w) => w.part.id).sort();
          expect(ids(report)).toEqual(ids(before));
          const moved = [...walkParts(report.parts)].find((w) => w.part.id === part.id)!.part;
          expect(sketchOf([moved])).toEqual(sketchOf([part]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
