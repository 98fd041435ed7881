// A report made from an imported old report: its headings become the outline, at the depth they
// had, and each saved snippet goes in where its paragraphs stood — after the heading it followed
// in the old report, before the first heading (the opening) or in the closing. So the new report
// reads in the old one's order, every snippet once. A paragraph that summed up a section after its
// sub-sections (以上问题的存在…) stood after the last of them, and goes there.
//
// GB/T 9704 numbers four levels; a heading deeper than that (a fifth level, or a 第一部分 above
// 一、) becomes a line of text in the part above it, and what followed it stays there, in order.
import type { ImportedHeading, ImportedPlace } from '../import/snippets.ts';
import { formatPeriodKey, type Period } from '../period.ts';
import { headingText } from './numbering.ts';
import { MAX_PART_LEVEL, type Report, type ReportAuthor, type ReportBlock, type ReportPart } from './schema.ts';

export interface ImportedSnippet {
  snippetId: string;
  place: ImportedPlace;
}

export interface ImportedReport {
  title: string | null;
  headings: readonly ImportedHeading[];
  /** The saved snippets in the old report's order. */
  snippets: readonly ImportedSnippet[];
}

export interface FromImportOptions {
  id: string;
  newId: () => string;
  period: Period;
  author: ReportAuthor;
  now: number;
}

/** Damaged input: a place before the first heading is the opening; one past the last, the last heading. */
function placeKey(place: ImportedPlace, headings: number): ImportedPlace {
  if (typeof place !== 'number') return place;
  if (!Number.isInteger(place) || place < 0 || headings === 0) return 'opening';
  return Math.min(place, headings - 1);
}

const line = (text: string, max: number) => text.replace(/[\r\n]+/g, ' ').trim().slice(0, max);

export function reportFromImport(imported: ImportedReport, { id, newId, period, author, now }: FromImportOptions): Report {
  const opening: ReportBlock[] = [];
  const closing: ReportBlock[] = [];
  const parts: ReportPart[] = [];
  /** The open parts from the top level down: the last one is where text goes. */
  const stack: ReportPart[] = [];
  const byPlace = new Map<ImportedPlace, ReportBlock[]>();
  for (const { snippetId, place } of imported.snippets) {
    const key = placeKey(place, imported.headings.length);
    const list = byPlace.get(key) ?? [];
    list.push({ kind: 'snippet', snippetId });
    byPlace.set(key, list);
  }
  opening.push(...(byPlace.get('opening') ?? []));

  imported.headings.forEach((heading, i) => {
    // A depth that skips a level (only possible in damaged input) counts as one below the last.
    const depth = Math.max(1, Math.min(heading.depth, stack.length + 1));
    let blocks: ReportBlock[];
    if (depth <= MAX_PART_LEVEL) {
      stack.length = depth - 1;
      const part: ReportPart = { id: newId(), heading: line(headingText(heading.text), 200), ...(heading.runIn ? { runIn: true as const } : {}), blocks: [], children: [] };
      (stack[stack.length - 1]?.children ?? parts).push(part);
      stack.push(part);
      blocks = part.blocks;
    } else {
      stack.length = Math.min(stack.length, MAX_PART_LEVEL);
      blocks = stack[stack.length - 1]!.blocks;
      if (heading.text.trim()) blocks.push({ kind: 'text', text: heading.text.trim() });
    }
    blocks.push(...(byPlace.get(i) ?? []));
  });
  closing.push(...(byPlace.get('closing') ?? []));

  return {
    id,
    title: line(imported.title ?? '', 200),
    period: formatPeriodKey(period),
    author,
    opening,
    parts,
    closing,
    signature: [],
    date: null,
    createdAt: now,
    updatedAt: now,
  };
}
