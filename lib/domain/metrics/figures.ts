// The numbers a rendered paragraph states, with the unit written after each (万元, 次, %), as
// the consistency checks read them.
import type { NumberStyle, RenderedSegment } from '../template/index.ts';

export interface Figure {
  number: number;
  style: NumberStyle;
  /** The metrics it was read from (or its slot, for a constant expression). */
  slots: string[];
  /** The unit written right after the value: 万元, 次, %, 余户 …; for an unknown word, its first
   * character; '' before punctuation or at the end. */
  unit: string;
  /** As rendered. */
  text: string;
}

/** A paragraph as text, figures, and gaps where a value is missing or in error. */
export type Item = { kind: 'text'; text: string } | { kind: 'figure'; figure: Figure } | { kind: 'gap' };

/** Units in reports of this kind, longest first so that 万元 wins over 万. */
const UNITS = [
  '平方米', '万元', '亿元', '余户', '余人', '余次', '余名', '余个', '余件', '人次', '户次', '小时', '公里', '万人', '个百分点',
  '元', '次', '名', '个', '项', '件', '人', '户', '支', '条', '起', '所', '家', '场', '期', '篇', '天', '吨', '台', '套', '处', '座', '亩', '万', '亿', '%', '％',
].sort((a, b) => b.length - a.length);
const NOT_A_UNIT = /[\s\d,.，。、；：:;！？!?（）()“”"'【】]/;

function unitAt(text: string): string {
  const known = UNITS.find((u) => text.startsWith(u));
  if (known) return known;
  const first = text[0];
  return first === undefined || NOT_A_UNIT.test(first) ? '' : first;
}

export function paragraphItems(segments: readonly RenderedSegment[]): Item[] {
  return segments.map((segment, i): Item => {
    if (segment.kind === 'text') return { kind: 'text', text: segment.text };
    if (segment.kind !== 'value' || segment.number === undefined) return segment.kind === 'value' ? { kind: 'text', text: segment.text } : { kind: 'gap' };
    const next = segments[i + 1];
    const unit = next?.kind === 'text' ? unitAt(next.text) : '';
    const slots = segment.refs && segment.refs.length > 0 ? segment.refs : [segment.slot];
    return { kind: 'figure', figure: { number: segment.number, style: segment.style ?? 'plain', slots, unit, text: segment.text } };
  });
}

/** Whether the figure reads as a percent: 占比/百分比, or a number written before %. */
export function isPercent(figure: Figure): boolean {
  return figure.style === 'percent' || /^[%％]/.test(figure.unit);
}
