// The report's heading numbers per GB/T 9704-2012: level 1 一、, level 2 （一）, level 3 1.,
// level 4 （1）, counted from one again under each parent. Computed from the outline every time
// and never stored, so whatever moves, the numbers follow. Only the heading gets a number: an
// 一是 or 二是 the writer put in a heading or a paragraph is part of the words and stays.
import { numberedLine, renderMarker, styleOfLevel, type OutlineLevel } from '../outline/index.ts';
import type { ReportPart } from './schema.ts';

export type PartLevel = 1 | 2 | 3 | 4;

export interface NumberedPart {
  id: string;
  level: PartLevel;
  /** The part's number among its siblings, from 1. */
  number: number;
  /** 一、 （一） 1. （1） */
  marker: string;
  heading: string;
  /** The heading as it reads in the report: the marker and the words (a space between them only
   * where they would otherwise read as something else, such as 1. before 5亿元). */
  text: string;
  part: ReportPart;
}

/** Every part with its number, in reading order. */
export function numberOutline(parts: readonly ReportPart[]): NumberedPart[] {
  const out: NumberedPart[] = [];
  const walk = (list: readonly ReportPart[], level: number) => {
    list.forEach((part, i) => {
      out.push(numbered(part, level as PartLevel, i + 1));
      walk(part.children, level + 1);
    });
  };
  walk(parts, 1);
  return out;
}

/** One heading's number and text, given its level and its place among its siblings. */
export function numbered(part: ReportPart, level: PartLevel, number: number): NumberedPart {
  const style = styleOfLevel(level as OutlineLevel);
  const marker = renderMarker(style, number);
  return { id: part.id, level, number, marker, heading: part.heading, text: numberedLine(style, number, part.heading, marker), part };
}
