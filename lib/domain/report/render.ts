// A report as the lines of its document: the title, the numbered headings, the paragraphs of each
// part in order, the 落款 and the 成文日期. Snippets and problem sets are looked up through the
// resolver the caller passes, so this stays pure and knows nothing of the database; text comes back
// as rendered, with unfilled slots (【名称】) as they are. The panel shows these lines, insertion
// and the Word export write them.
import type { BlockContainer } from './blocks.ts';
import { countWords } from './count.ts';
import { numbered, type PartLevel } from './numbering.ts';
import type { Report, ReportBlock, ReportPart } from './schema.ts';

/** A block as rendered: its paragraphs, and the slots in them still unfilled. */
export interface ResolvedBlock {
  paragraphs: readonly string[];
  missing?: readonly string[];
}

export interface ReportResolver {
  /** The snippet rendered for the report's period; null when it no longer exists. */
  snippet(id: string): ResolvedBlock | null;
  /** The problem set composed into paragraphs; null when it no longer exists. */
  problemSet(id: string): ResolvedBlock | null;
  /** Free text, when it too holds slots to fill; split into paragraphs as written otherwise. */
  text?(text: string): ResolvedBlock;
}

export type ReportLine =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; partId: string; level: PartLevel; marker: string; heading: string; text: string }
  /** `partId` null: the opening or closing around the parts. `from`: the block it comes from and
   * which of that block's shown paragraphs it is, so 校对全文 can point at (or fix) its place. */
  | { kind: 'paragraph'; partId: string | null; text: string; missing: readonly string[]; from?: ParagraphSource }
  /** A snippet or problem set the report refers to that is gone: shown as a warning, never exported. */
  | { kind: 'unresolved'; partId: string | null; block: Exclude<ReportBlock, { kind: 'text' }> }
  | { kind: 'signature'; text: string }
  | { kind: 'date'; text: string };

export interface ParagraphSource {
  in: BlockContainer;
  /** The block's index in its container. */
  block: number;
  /** The paragraph's index among those the block shows. */
  paragraph: number;
}

export interface PartCount {
  /** The heading and the part's own paragraphs. */
  own: number;
  /** With its sub-parts. */
  total: number;
}

export interface ReportCount {
  /** The body: opening, headings with their numbers, paragraphs, closing. The title, 落款 and date
   * are not counted — a length limit is set for the body. */
  total: number;
  parts: Record<string, PartCount>;
}

export interface ReportDocument {
  lines: ReportLine[];
  /** Unfilled slots anywhere in the report, each once, in order of first use. */
  missing: string[];
  count: ReportCount;
}

export function renderReport(report: Report, resolver: ReportResolver): ReportDocument {
  const lines: ReportLine[] = [];
  const parts: Record<string, PartCount> = {};
  if (report.title.trim()) lines.push({ kind: 'title', text: report.title.trim() });

  const blocks = (list: readonly ReportBlock[], container: BlockContainer): number => {
    const partId = typeof container === 'string' ? null : container.partId;
    let words = 0;
    for (const [index, block] of list.entries()) {
      const resolved = resolve(block, resolver);
      if (!resolved) {
        lines.push({ kind: 'unresolved', partId, block: block as Exclude<ReportBlock, { kind: 'text' }> });
        continue;
      }
      const missing = resolved.missing ?? [];
      for (const [paragraph, text] of paragraphsOf(resolved.paragraphs).entries()) {
        const own = missing.filter((name) => text.includes(`【${name}】`));
        lines.push({ kind: 'paragraph', partId, text, missing: own, from: { in: container, block: index, paragraph } });
        words += countWords(text, own);
      }
    }
    return words;
  };

  const part = (p: ReportPart, level: PartLevel, number: number): number => {
    const heading = numbered(p, level, number);
    lines.push({ kind: 'heading', partId: p.id, level, marker: heading.marker, heading: heading.heading, text: heading.text });
    const own = countWords(heading.text) + blocks(p.blocks, { partId: p.id });
    let total = own;
    p.children.forEach((child, i) => (total += part(child, (level + 1) as PartLevel, i + 1)));
    parts[p.id] = { own, total };
    return total;
  };

  let total = blocks(report.opening, 'opening');
  report.parts.forEach((p, i) => (total += part(p, 1, i + 1)));
  total += blocks(report.closing, 'closing');

  for (const text of report.signature) if (text.trim()) lines.push({ kind: 'signature', text: text.trim() });
  if (report.date) lines.push({ kind: 'date', text: documentDate(report.date) });

  const missing = [...new Set(lines.flatMap((l) => (l.kind === 'paragraph' ? l.missing : [])))];
  return { lines, missing, count: { total, parts } };
}

function resolve(block: ReportBlock, resolver: ReportResolver): ResolvedBlock | null {
  switch (block.kind) {
    case 'snippet':
      return resolver.snippet(block.snippetId);
    case 'problemSet':
      return resolver.problemSet(block.id);
    case 'text':
      return resolver.text ? resolver.text(block.text) : { paragraphs: block.text.split('\n') };
  }
}

/**
 * The paragraphs as the document shows them: a block's text may hold several per line break; blank
 * ones are dropped, and the spaces a writer typed to indent (often full-width) are taken off, since
 * the document indents every paragraph by two characters itself.
 */
function paragraphsOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.split(/\r?\n/)).map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((p) => p !== '');
}

/** 成文日期 as GB/T 9704-2012 writes it: Arabic numerals, no leading zeros — 2026年1月5日. */
export function documentDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
