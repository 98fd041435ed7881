// 校对全文: the report as one text, its lines as the document reads them (the title, the numbered
// headings, the paragraphs, the 落款 and date), so the 层次序数 rules see the real numbering; and,
// for a finding in it, the place in the report it comes from. A fix is made in place only where
// the words live in this report and read as written: the title, a heading's words (never its
// number, which is computed), and free text without fill-ins. A snippet is shared with other
// reports and the library, and a date is computed, so those places are only pointed at.
import { applyFixes, type Finding } from '../proofread/index.ts';
import type { BlockContainer } from './blocks.ts';
import { done, refused, type ReportEdit } from './edit.ts';
import { headingStart, headingWords } from './numbering.ts';
import type { ReportDocument, ReportLine } from './render.ts';
import type { Report, ReportBlock } from './schema.ts';
import { findPath, partAt, updatePart, walkParts } from './tree.ts';

/** A line with words: every kind but a block that is gone. */
export type TextLine = Exclude<ReportLine, { kind: 'unresolved' }>;

export interface ProofLine {
  /** Offsets of the line in the whole text. */
  start: number;
  end: number;
  line: TextLine;
}

export interface ReportProofText {
  /** The lines joined by line breaks. */
  text: string;
  lines: ProofLine[];
}

export function reportProofText(doc: ReportDocument): ReportProofText {
  const lines: ProofLine[] = [];
  let at = 0;
  for (const line of doc.lines) {
    if (line.kind === 'unresolved') continue;
    lines.push({ start: at, end: at + line.text.length, line });
    at += line.text.length + 1;
  }
  return { text: lines.map((l) => l.line.text).join('\n'), lines };
}

/** The line a finding starts in. */
export function lineOf(proof: ReportProofText, finding: Pick<Finding, 'start'>): ProofLine | undefined {
  let lo = 0;
  let hi = proof.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = proof.lines[mid]!;
    if (finding.start < l.start) hi = mid - 1;
    else if (finding.start > l.end) lo = mid + 1;
    else return l;
  }
  return undefined;
}

/** A fix as an edit of one stored string: which one, and the offsets in it. */
interface Target {
  key: string;
  stored: string;
  start: number;
  end: number;
  write: (report: Report, value: string) => Report;
}

const EDGE = /^[\s\u3000]*/;

function blocksIn(report: Report, container: BlockContainer): readonly ReportBlock[] | undefined {
  if (container === 'opening' || container === 'closing') return report[container];
  const path = findPath(report.parts, container.partId);
  return path ? partAt(report.parts, path)?.blocks : undefined;
}

function withBlock(report: Report, container: BlockContainer, index: number, block: ReportBlock): Report {
  const replace = (blocks: readonly ReportBlock[]) => blocks.map((b, i) => (i === index ? block : b));
  if (container === 'opening' || container === 'closing') return { ...report, [container]: replace(report[container]) };
  const path = findPath(report.parts, container.partId)!;
  return { ...report, parts: updatePart(report.parts, path, (part) => ({ ...part, blocks: replace(part.blocks) })) };
}

/** Where the n-th shown paragraph of free text starts in the text as written, if it reads as written. */
function paragraphOffset(written: string, n: number, shown: string): number | null {
  let offset = 0;
  let seen = 0;
  for (const raw of written.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const lead = EDGE.exec(line)![0].length;
    if (line.slice(lead).trim() !== '') {
      if (seen === n) return line.slice(lead).startsWith(shown) ? offset + lead : null;
      seen++;
    }
    offset += raw.length + 1;
  }
  return null;
}

function targetOf(report: Report, proof: ReportProofText, finding: Finding): Target | null {
  const at = lineOf(proof, finding);
  if (!at || finding.end > at.end) return null;
  const from = finding.start - at.start;
  const to = finding.end - at.start;
  const line = at.line;
  if (line.kind === 'title') {
    const lead = EDGE.exec(report.title)![0].length;
    if (!report.title.slice(lead).startsWith(line.text)) return null;
    return { key: 'title', stored: report.title, start: lead + from, end: lead + to, write: (r, title) => ({ ...r, title }) };
  }
  if (line.kind === 'heading') {
    const path = findPath(report.parts, line.partId);
    const part = path && partAt(report.parts, path);
    if (!part) return null;
    // The stored heading may carry a number of its own the document leaves out (headingStart).
    const lead = headingStart(part.heading);
    const shown = headingWords(part.heading);
    if (!line.text.endsWith(shown)) return null;
    const words = line.text.length - shown.length;
    if (from < words || to > line.text.length) return null;
    const id = line.partId;
    return {
      key: `heading:${id}`,
      stored: part.heading,
      start: from - words + lead,
      end: to - words + lead,
      write: (r, heading) => ({ ...r, parts: updatePart(r.parts, findPath(r.parts, id)!, (p) => ({ ...p, heading })) }),
    };
  }
  if (line.kind === 'paragraph' && line.from) {
    const { in: container, block: index, paragraph } = line.from;
    const block = blocksIn(report, container)?.[index];
    if (block?.kind !== 'text') return null;
    const offset = paragraphOffset(block.text, paragraph, line.text);
    if (offset === null) return null;
    return {
      key: `block:${typeof container === 'string' ? container : container.partId}:${index}`,
      stored: block.text,
      start: offset + from,
      end: offset + to,
      write: (r, text) => withBlock(r, container, index, { kind: 'text', text }),
    };
  }
  return null;
}

/** Whether a finding can be fixed where it stands (see the top of this file). */
export function canFixInReport(report: Report, proof: ReportProofText, finding: Finding): boolean {
  return finding.fix !== undefined && targetOf(report, proof, finding) !== null;
}

/** The finding's offsets in the words as stored (the title, a heading, free text), to select them there. */
export function storedSpan(report: Report, proof: ReportProofText, finding: Finding): { start: number; end: number } | null {
  const target = targetOf(report, proof, finding);
  return target && { start: target.start, end: target.end };
}

/**
 * Applies the fixes of `findings` (found in `proof`, made from `shown`) to `report`, the report as
 * stored now. Each place must still hold the words the finding was found in; otherwise nothing is
 * changed and the writer is asked to proofread again.
 */
export function fixInReport(report: Report, shown: Report, proof: ReportProofText, findings: readonly Finding[]): ReportEdit {
  const byPlace = new Map<string, { target: Target; local: Finding[] }>();
  for (const f of findings) {
    const target = f.fix === undefined ? null : targetOf(shown, proof, f);
    if (!target) continue;
    const now = targetOf(report, proof, f);
    if (!now || now.key !== target.key || now.stored.slice(now.start, now.end) !== proof.text.slice(f.start, f.end)) return refused('report.textChanged');
    const entry = byPlace.get(now.key) ?? { target: now, local: [] };
    entry.local.push({ ...f, start: now.start, end: now.end });
    byPlace.set(now.key, entry);
  }
  let out = report;
  for (const { target, local } of byPlace.values()) out = target.write(out, applyFixes(target.stored, local));
  return done(out);
}

/**
 * 撤销 of fixInReport: every place the fix changed (the title, a heading's words, a free text) goes
 * back to what it was, in the report as it is now — but only where it still reads as the fix left
 * it, so an edit made since, there or anywhere else, is kept.
 */
export function undoFixes(current: Report, before: Report, fixed: Report): Report {
  let out = current;
  if (before.title !== fixed.title && current.title === fixed.title) out = { ...out, title: before.title };
  const containers: BlockContainer[] = ['opening', 'closing'];
  for (const { part } of walkParts(fixed.parts)) {
    containers.push({ partId: part.id });
    const was = findPath(before.parts, part.id);
    const old = was && partAt(before.parts, was);
    const path = findPath(out.parts, part.id);
    if (!old || !path || old.heading === part.heading || partAt(out.parts, path)?.heading !== part.heading) continue;
    out = { ...out, parts: updatePart(out.parts, path, (p) => ({ ...p, heading: old.heading })) };
  }
  for (const container of containers) {
    const fixedBlocks = blocksIn(fixed, container) ?? [];
    fixedBlocks.forEach((block, index) => {
      const old = blocksIn(before, container)?.[index];
      const now = blocksIn(out, container)?.[index];
      if (block.kind !== 'text' || old?.kind !== 'text' || now?.kind !== 'text' || old.text === block.text || now.text !== block.text) return;
      out = withBlock(out, container, index, old);
    });
  }
  return out;
}
