// A report as the lines of its document: the title, the numbered headings, the paragraphs of each
// part in order, the 落款 and the 成文日期. Snippets and problem sets are looked up through the
// resolver the caller passes, so this stays pure and knows nothing of the database; text comes back
// as rendered, with unfilled slots (【名称】) as they are. The panel shows these lines, insertion
// and the Word export write them.
import { isDate, isDistribution, isSignatureOrDate, isSignerName } from '../import/ending.ts';
import type { BlockContainer } from './blocks.ts';
import { countWords } from './count.ts';
import { numberedLine, styleOfLevel, type OutlineLevel } from '../outline/index.ts';
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
  /** `runIn`: the heading's words open the paragraph on the next line; the document writes that
   * paragraph with this heading's number before it, as given here, instead of both (documentLines). */
  | { kind: 'heading'; partId: string; level: PartLevel; marker: string; heading: string; text: string; runIn?: string }
  /** `partId` null: the opening or closing around the parts. `from`: the block it comes from and
   * which of that block's shown paragraphs it is, so 校对全文 can point at (or fix) its place. */
  | {
      kind: 'paragraph';
      partId: string | null;
      text: string;
      missing: readonly string[];
      from?: ParagraphSource;
    }
  /** A snippet or problem set the report refers to that is gone: shown as a warning, never exported. */
  | { kind: 'unresolved'; partId: string | null; block: Exclude<ReportBlock, { kind: 'text' }> }
  /** `missing`: slots unfilled in a 落款 line taken from the closing (endingLines). */
  | { kind: 'signature'; text: string; missing?: readonly string[] }
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

  /** `heading`: the words of the heading right above, which the first paragraph must not say again;
   * null when they run into it (the first paragraph is then kept whole). */
  const blocks = (list: readonly ReportBlock[], container: BlockContainer, heading?: string | null): number => {
    const partId = typeof container === 'string' ? null : container.partId;
    let words = 0;
    let first = true;
    for (const [index, block] of list.entries()) {
      const resolved = resolve(block, resolver);
      if (!resolved) {
        lines.push({ kind: 'unresolved', partId, block: block as Exclude<ReportBlock, { kind: 'text' }> });
        continue;
      }
      const missing = resolved.missing ?? [];
      for (const [paragraph, shown] of paragraphsOf(resolved.paragraphs).entries()) {
        const text = first && heading ? withoutHeading(shown, heading) : shown;
        first = false;
        if (text === '') continue;
        const own = missing.filter((name) => text.includes(`【${name}】`));
        lines.push({ kind: 'paragraph', partId, text, missing: own, from: { in: container, block: index, paragraph } });
        words += countWords(text, own);
      }
    }
    return words;
  };

  const part = (p: ReportPart, level: PartLevel, number: number): number => {
    const heading = numbered(p, level, number);
    const first = p.runIn ? firstParagraph(p.blocks, resolver) : null;
    const runIn = first !== null && opensWith(first, heading.heading);
    const merged = runIn ? { runIn: numberedLine(styleOfLevel(level as OutlineLevel), number, first, heading.marker) } : {};
    lines.push({ kind: 'heading', partId: p.id, level, marker: heading.marker, heading: heading.heading, text: heading.text, ...merged });
    // Run in, the heading's words are the paragraph's: only the number is counted with the heading.
    const own = countWords(runIn ? heading.marker : heading.text) + blocks(p.blocks, { partId: p.id }, runIn ? null : heading.heading);
    let total = own;
    p.children.forEach((child, i) => (total += part(child, (level + 1) as PartLevel, i + 1)));
    parts[p.id] = { own, total };
    return total;
  };

  let total = blocks(report.opening, 'opening');
  report.parts.forEach((p, i) => (total += part(p, 1, i + 1)));
  const closingAt = lines.length;
  total += blocks(report.closing, 'closing');
  // The old report's 落款 and date, imported as the last lines of its closing (endingLines), and
  // the 附注 and 版记 the old report printed under its date, which stay under the new one.
  const { ending, after } = endingLines(lines, closingAt);
  for (const line of ending) total -= countWords(line.text, line.missing);
  lines.length -= ending.length + after.length;

  const signature = report.signature.map((text) => text.trim()).filter((text) => text !== '');
  const endingSignature = ending.filter((line) => !isDate(line.text));
  // The report's own 落款 wins; without one the imported lines stand as the 落款, slots and all.
  if (signature.length > 0) for (const text of signature) lines.push({ kind: 'signature', text });
  else for (const line of endingSignature) lines.push({ kind: 'signature', text: line.text, ...(line.missing.length ? { missing: line.missing } : {}) });
  if (report.date) lines.push({ kind: 'date', text: documentDate(report.date) });
  lines.push(...after);

  const missing = [...new Set(lines.flatMap((l) => (l.kind === 'paragraph' || l.kind === 'signature' ? (l.missing ?? []) : [])))];
  return { lines, missing, count: { total, parts } };
}

type ParagraphLine = Extract<ReportLine, { kind: 'paragraph' }>;

/**
 * The closing's last paragraphs when they are a 落款 and a 成文日期 (某某县住房和城乡建设局 /
 * 2025年12月30日, 述职人：张三): a report made from an imported old report has them there, in the
 * closing snippet. Written as paragraphs they would stand indented like body text and carry the
 * old report's date into the new one (and into every copy for a later period). So the document
 * takes them out: a 落款 line stands as the 落款 where the report has none of its own, and a date
 * never — the 成文日期 is the report's own, set by the writer. Only a run that ends the closing
 * and holds a date or a 落款 line counts; 特此报告 and 以上报告，请审议。 stay body text.
 */
function endingLines(lines: readonly ReportLine[], closingAt: number): { ending: ParagraphLine[]; after: ParagraphLine[] } {
  // GB/T 9704 prints the 附注 ((此件公开发布), (联系人：…)) under the 成文日期 and the 版记 (抄送：…,
  // …印发, 报：/送：/发：, 共印N份) below that: the 落款 ends where they start, not at the last line.
  let end = lines.length;
  while (end > closingAt && isBackMatter(lines[end - 1]!)) end--;
  const ending: ParagraphLine[] = [];
  for (let i = end - 1; i >= closingAt; i--) {
    const line = lines[i]!;
    // A unit's name still to fill (【单位】) is a 落款 line too.
    const slotOnly = line.kind === 'paragraph' && line.missing.some((name) => line.text === `【${name}】`);
    if (line.kind !== 'paragraph' || !(slotOnly || isDate(line.text) || isSignatureLine(line.text) || isSignerName(line.text, ending[0]?.text))) break;
    ending.unshift(line);
  }
  if (end === lines.length) return { ending, after: [] };
  // Above a 版记 only a dated 落款 is the ending: a 简报's last item may end on its source (县农机推广站)
  // right above 报：/送：/发：, and that line stays where it stands.
  if (!ending.some((line) => isDate(line.text))) return { ending: [], after: [] };
  return { ending, after: lines.slice(end) as ParagraphLine[] };
}

const isBackMatter = (line: ReportLine): line is ParagraphLine => line.kind === 'paragraph' && isDistribution(line.text);

/** A 落款 line: a unit's name or 述职人：张三 — not a 版记 line (抄送：…), which is no signature. */
const isSignatureLine = (text: string) => isSignatureOrDate(text) && !isDistribution(text) && !isDate(text);

/** The first paragraph the blocks show, or null. */
function firstParagraph(list: readonly ReportBlock[], resolver: ReportResolver): string | null {
  for (const block of list) {
    const shown = paragraphsOf(resolve(block, resolver)?.paragraphs ?? []);
    if (shown.length > 0) return shown[0]!;
  }
  return null;
}

/** How many of a run-in heading's first characters its paragraph must still open with. */
const RUN_IN_KEPT = 4;

/**
 * Whether the paragraph still opens with the run-in heading cut from it — its first characters, a
 * digit matching any digit (a figure may have changed since: 12.5亿元 → 15亿元) — so a paragraph
 * moved under it is not taken for its own.
 */
function opensWith(paragraph: string, heading: string): boolean {
  const head = Array.from(heading.replace(/…$/, '')).slice(0, RUN_IN_KEPT);
  const start = Array.from(paragraph).slice(0, head.length);
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  return head.length > 0 && start.length === head.length && head.every((c, i) => c === start[i] || (digit(c) && digit(start[i])));
}

/**
 * The lines as the document writes them: a run-in heading's line is left out, and its number goes
 * before the paragraph after it (1.全年完成投资15亿元，同比增长8%…). Insertion, the Word file and the
 * preview write these; the outline and 校对全文 keep the heading lines.
 */
export function documentLines(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A snippet of the part that is gone may stand between the heading and its paragraph.
    let j = i + 1;
    while (lines[j]?.kind === 'unresolved' && (lines[j] as { partId: string | null }).partId === (line as { partId?: string }).partId) j++;
    const next = lines[j];
    if (line.kind === 'heading' && line.runIn !== undefined && next?.kind === 'paragraph' && next.partId === line.partId) {
      out.push(...lines.slice(i + 1, j), { ...next, text: line.runIn });
      i = j;
    } else out.push(line);
  }
  return out;
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

const SENTENCE_END = /^(?:[。！？!?；;：:]|\.(?!\d))/;

/**
 * The first paragraph under a heading without the heading's words when it opens with them as a
 * sentence of their own ('' when it says nothing else). An imported report writes a heading run
 * into its paragraph (（一）落实责任。作为…) or a numbered line with nothing under it; the heading
 * becomes a part of the outline and the paragraph a snippet, so the words would read twice.
 */
export function withoutHeading(text: string, heading: string): string {
  const words = heading.trim();
  if (words === '' || !text.startsWith(words)) return text;
  const rest = text.slice(words.length);
  if (rest === '') return '';
  if (!SENTENCE_END.test(rest)) return text;
  return rest.slice(1).replace(/^[\s\u3000]+/, '');
}

/** 成文日期 as GB/T 9704-2012 writes it: Arabic numerals, no leading zeros — 2026年1月5日. */
export function documentDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
