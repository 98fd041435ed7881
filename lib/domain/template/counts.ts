// A value written in 中文 reads 两 where it counts two of something: {{次数|中文}}次 with 2 → 两次,
// {{经费|中文|万}} with 20000 → 两万; the words around the slot decide (第{{n|中文}}次 stays 第二次).
import { withLiang } from '../numbers/index.ts';
import type { TemplateNode } from './ast.ts';
import { formatOf } from './filters.ts';
import type { RenderedSegment } from './segments.ts';

/** Rewrites, in place, the 中文 values among `segments` (one per node) that count two. */
export function speakCounts(nodes: readonly TemplateNode[], segments: RenderedSegment[]): void {
  segments.forEach((segment, i) => {
    const node = nodes[i]!;
    if (segment.kind !== 'value' || (node.type !== 'slot' && node.type !== 'expression')) return;
    if (formatOf(node.filters.map((f) => f.filter)).numeral !== 'chinese') return;
    segment.text = withLiang(segment.text, textOf(segments[i - 1]), textOf(segments[i + 1]));
  });
}

/** Only words written in the template decide; a neighbouring value or gap says nothing. */
function textOf(segment: RenderedSegment | undefined): string {
  return segment?.kind === 'text' ? segment.text : '';
}
