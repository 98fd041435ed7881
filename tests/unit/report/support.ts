// Small reports for the tests: an outline written as nested [heading, children] pairs.
import type { Report, ReportPart } from '../../../lib/domain/report/index.ts';

export type Sketch = [heading: string, children?: Sketch[]];

let counter = 0;
/** Parts from a sketch; each id is its heading, so a test reads which part went where. */
export function partsOf(sketch: readonly Sketch[]): ReportPart[] {
  return sketch.map(([heading, children = []]) => ({ id: heading, heading, blocks: [], children: partsOf(children) }));
}

export function reportOf(sketch: readonly Sketch[] = [], extra: Partial<Report> = {}): Report {
  return {
    id: `r${++counter}`,
    title: '2026年述职报告',
    period: '2026',
    author: { unit: '某某局', name: '张三', post: '局长' },
    opening: [],
    parts: partsOf(sketch),
    closing: [],
    signature: ['张三'],
    date: '2026-01-05',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

/** The outline back as a sketch, to compare with what the test expects. */
export function sketchOf(parts: readonly ReportPart[]): Sketch[] {
  return parts.map((p) => (p.children.length ? [p.heading, sketchOf(p.children)] : [p.heading]));
}

/** Freezes the whole report, so an edit that changes its input throws in the test. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
