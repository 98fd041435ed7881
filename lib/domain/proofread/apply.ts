// Applying fixes: each chosen finding's fix replaces its span. Findings that overlap one already
// applied are left for the next round (the text is proofread again after), so no fix lands in the
// middle of another.
import type { Finding } from './types.ts';

export function applyFixes(text: string, findings: readonly Finding[]): string {
  const chosen: Finding[] = [];
  for (const f of [...findings].filter((f) => f.fix !== undefined).sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = chosen[chosen.length - 1];
    if (!last || f.start >= last.end) chosen.push(f);
  }
  let out = text;
  for (const f of chosen.reverse()) out = out.slice(0, f.start) + f.fix! + out.slice(f.end);
  return out;
}

/** What names one finding of one text, so an ignored one stays ignored when that text is proofread again. */
export function findingKey(text: string, f: Pick<Finding, 'rule' | 'start' | 'end'>): string {
  return `${f.rule}|${f.start}|${text.slice(f.start, f.end)}`;
}

/**
 * The span to select and what to insert over it. A fix that only deletes (删去“、”) takes a
 * neighbouring character along — the next, or the one before at a paragraph's end — since an
 * insertion puts in text, never nothing, and a line break would be put in as a new paragraph.
 */
export function fixEdit(text: string, finding: Finding): { start: number; end: number; insert: string } | null {
  if (finding.fix === undefined) return null;
  if (finding.fix !== '') return { start: finding.start, end: finding.end, insert: finding.fix };
  const next = text[finding.end];
  if (next !== undefined && next !== '\n') return { start: finding.start, end: finding.end + 1, insert: next };
  const before = text[finding.start - 1];
  if (before !== undefined && before !== '\n') return { start: finding.start - 1, end: finding.end, insert: before };
  return null;
}
