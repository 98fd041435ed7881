// Applying fixes: each chosen finding's fix replaces its span. Findings that overlap one already
// applied are left for the next round (the text is proofread again after), so no fix lands in the
// middle of another.
import type { Finding } from './types.ts';

export function applyFixes(text: string, findings: readonly Finding[]): string {
  const chosen = applicable(findings);
  let out = text;
  for (const f of chosen.reverse()) out = out.slice(0, f.start) + f.fix! + out.slice(f.end);
  return out;
}

/** The findings applyFixes applies: those with a fix, in order, none overlapping an earlier one. */
function applicable(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  for (const f of [...findings].filter((f) => f.fix !== undefined).sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = chosen[chosen.length - 1];
    if (!last || f.start >= last.end) chosen.push(f);
  }
  return chosen;
}

/**
 * Several fixes as one: the span from the first to the last, replaced by that span with every fix
 * applied — so 这一类全部改正 in a web page is one insertion, which the editor undoes in one step.
 * Null when fewer than two fixes apply or the span crosses a line (a paragraph break cannot be put
 * back by an insertion of one line); `count` is how many fixes it holds.
 */
export function mergedFix(text: string, findings: readonly Finding[]): { finding: Finding; count: number } | null {
  const chosen = applicable(findings);
  if (chosen.length < 2) return null;
  const start = chosen[0]!.start;
  const end = chosen[chosen.length - 1]!.end;
  const span = text.slice(start, end);
  if (span.includes('\n')) return null;
  const fix = applyFixes(span, chosen.map((f) => ({ ...f, start: f.start - start, end: f.end - start })));
  return { finding: { start, end, rule: chosen[0]!.rule, severity: chosen[0]!.severity, fix }, count: chosen.length };
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
