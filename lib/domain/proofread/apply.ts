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
 * The span to select and what to insert over it. A fix that only deletes (删去“、”) takes its
 * neighbours along and puts them back joined (训、和 → 训和), since an insertion puts in text, never
 * nothing, and is confirmed by the text it puts in appearing once more than before; at a
 * paragraph's end only the character before can be taken (a line break would be inserted as a new
 * paragraph).
 */
export function fixEdit(text: string, finding: Finding): { start: number; end: number; insert: string } | null {
  if (finding.fix === undefined) return null;
  if (finding.fix !== '') return { start: finding.start, end: finding.end, insert: finding.fix };
  const usable = (c: string | undefined): c is string => c !== undefined && c !== '\n';
  const before = text[finding.start - 1];
  const next = text[finding.end];
  if (usable(before) && usable(next)) return { start: finding.start - 1, end: finding.end + 1, insert: before + next };
  if (usable(next)) return { start: finding.start, end: finding.end + 1, insert: next };
  if (usable(before)) return { start: finding.start - 1, end: finding.end, insert: before };
  return null;
}
