// The report's heading numbers per GB/T 9704-2012: level 1 一、, level 2 （一）, level 3 1.,
// level 4 （1）, counted from one again under each parent. Computed from the outline every time
// and never stored, so whatever moves, the numbers follow. Only the heading gets a number: an
// 一是 or 二是 the writer put in a heading or a paragraph is part of the words and stays.
import { numberedLine, parseMarker, renderMarker, styleOfLevel, type OutlineLevel } from '../outline/index.ts';
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
  const heading = headingWords(part.heading);
  return { id: part.id, level, number, marker, heading, text: numberedLine(style, number, heading, marker), part };
}

/**
 * Where a stored heading's words start: after a leading 一、/（一）/1./（1）/① and the spaces after it.
 * Editing takes the number off what the writer types (headingText), but a heading can come in
 * with one from elsewhere — a backup, a pack, a report saved by an older version — and the
 * outline's own number before it would read 一、一、总体情况. 一是 and 第一 are words and stay.
 */
export function headingStart(stored: string): number {
  const marker = parseMarker(stored);
  return marker && marker.level !== null ? stored.length - marker.rest.length : stored.length - stored.trimStart().length;
}

/** The heading's words as the document writes them (headingStart), without spaces at the end. */
export function headingWords(stored: string): string {
  return stored.slice(headingStart(stored)).trimEnd();
}

/**
 * The heading as stored: one line, trimmed, without a leading 一、/（一）/1./（1）/① the writer
 * typed — the number is the outline's to give. 一是 and 第一 are words of the heading and stay.
 */
export function headingText(text: string): string {
  return headingWords(text.replace(/[\r\n]+/g, ' ').trim());
}
