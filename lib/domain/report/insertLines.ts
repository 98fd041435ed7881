// A report, or one part of it with its sub-parts, as the blocks 插入 and 复制 put into the page:
// the title, the headings with their numbers, the paragraphs, the 落款 and the date, in reading
// order. A snippet or problem set that is gone is never inserted: it is counted, so the panel can
// warn before the user inserts, and the slots still unfilled in what is inserted are listed too.
import type { BlockStyle } from '../blockStyles.ts';
import type { PartLevel } from './numbering.ts';
import { documentLines, type ReportDocument, type ReportLine } from './render.ts';

export type InsertBlock = { kind: 'title' | 'paragraph' | 'signature' | 'date'; text: string } | { kind: 'heading'; level: PartLevel; text: string };

export interface ReportInsert {
  blocks: InsertBlock[];
  /** Snippets and problem sets referred to in the selection that no longer exist. */
  unresolved: number;
  /** Unfilled slots in the selection, each once, in order of first use. */
  missing: string[];
}

/**
 * The lines of the whole document, or of the part `partId`: its heading, then every line up to the
 * next heading of its level or above, the closing, the 落款 or the date. Null when no part has that id.
 */
function selectLines(lines: readonly ReportLine[], partId?: string): readonly ReportLine[] | null {
  if (partId === undefined) return lines;
  const start = lines.findIndex((l) => l.kind === 'heading' && l.partId === partId);
  if (start === -1) return null;
  const level = (lines[start] as Extract<ReportLine, { kind: 'heading' }>).level;
  const ends = (l: ReportLine) =>
    (l.kind === 'heading' && l.level <= level) || l.kind === 'title' || l.kind === 'signature' || l.kind === 'date' || ((l.kind === 'paragraph' || l.kind === 'unresolved') && l.partId === null);
  const end = lines.findIndex((l, i) => i > start && ends(l));
  return lines.slice(start, end === -1 ? lines.length : end);
}

export function reportInsertBlocks(document: ReportDocument, partId?: string): ReportInsert | null {
  const lines = selectLines(document.lines, partId);
  if (!lines) return null;
  const blocks: InsertBlock[] = [];
  let unresolved = 0;
  // A run-in heading goes in as its paragraph, the number before it (documentLines).
  for (const line of documentLines(lines)) {
    if (line.kind === 'unresolved') unresolved++;
    else if (line.kind === 'heading') blocks.push({ kind: 'heading', level: line.level, text: line.text });
    else blocks.push({ kind: line.kind, text: line.text });
  }
  const missing = [...new Set(lines.flatMap((l) => (l.kind === 'paragraph' ? l.missing : [])))];
  return { blocks, unresolved, missing };
}

/** The blocks as the insertion chain takes them: each block's text, and its layout beside it. */
export function insertParagraphs(blocks: readonly InsertBlock[]): { paragraphs: string[]; styles: BlockStyle[] } {
  return {
    paragraphs: blocks.map((b) => b.text),
    styles: blocks.map((b): BlockStyle => (b.kind === 'heading' ? `heading${b.level}` : b.kind)),
  };
}
