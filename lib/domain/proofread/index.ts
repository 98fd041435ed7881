// 公文校对, offline: proofread(text) finds what GB/T 15834 (标点), GB/T 15835 (数字) and GB/T 9704
// (层次序数) say is wrong, unfinished text, the office's word lists and figures that disagree.
// Each family is a table of rules in its own file; the words for each rule's code are in locales/
// under `proofread.rule.<code>`.
import { CONSISTENCY_RULES } from './consistency.ts';
import { LEVEL_RULES } from './levels.ts';
import { NUMBER_RULES } from './numbers.ts';
import { PAIR_RULES } from './pairs.ts';
import { overlapsAny, protectedSpans } from './protect.ts';
import { PUNCTUATION_RULES } from './punctuation.ts';
import type { Finding, ProofreadOptions, Rule } from './types.ts';
import { SERIES_RULES } from './series.ts';
import { TABLE_RULES } from './tables.ts';
import { TYPING_RULES } from './typing.ts';
import { UNFINISHED_RULES } from './unfinished.ts';
import { WORD_RULES } from './words.ts';

export type { Finding, ProofreadOptions, Severity } from './types.ts';
export { DEFAULT_TERMS, type Term } from './words.ts';

export const PROOFREAD_RULES: readonly Rule[] = [...PUNCTUATION_RULES, ...PAIR_RULES, ...NUMBER_RULES, ...LEVEL_RULES, ...SERIES_RULES, ...UNFINISHED_RULES, ...WORD_RULES, ...TYPING_RULES, ...CONSISTENCY_RULES, ...TABLE_RULES];

/** Every rule's code: each has words in both locales (tests/unit/i18n/proofreadCodes.test.ts). */
export const PROOFREAD_RULE_CODES: readonly string[] = PROOFREAD_RULES.map((r) => r.code);

/** The standard and clause a rule follows, or null for the office's own checks. */
export function ruleClause(code: string): string | null {
  return PROOFREAD_RULES.find((r) => r.code === code)?.clause ?? null;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The office's own word lists apply everywhere, addresses and codes included. */
const OWN_LIST_RULES: ReadonlySet<string> = new Set(['words.banned', 'words.term', 'words.fullName']);

/**
 * `options` carries the office's word lists (lib/domain/wordList.ts wordListOptions): the issue's
 * `{ terms: { wrong, right }[], banned: string[] }` still works; a note on a term or banned word
 * comes back on its finding, and `fullNames` adds the rule for first mentions of institutions.
 */
export function proofread(text: string, options?: ProofreadOptions): Finding[] {
  const opts: ProofreadOptions = options ?? {};
  const spans = protectedSpans(text);
  const findings: Finding[] = [];
  for (const rule of PROOFREAD_RULES) {
    for (const hit of rule.check(text, opts)) {
      if (hit.start < 0 || hit.end > text.length || hit.end < hit.start) continue;
      // The user's own word lists apply everywhere; the conventions skip addresses and codes.
      if (!OWN_LIST_RULES.has(rule.code) && overlapsAny(spans, hit.start, hit.end)) continue;
      const severity = hit.severity !== undefined && RANK[hit.severity] > RANK[rule.severity] ? hit.severity : rule.severity;
      const finding: Finding = { start: hit.start, end: hit.end, rule: rule.code, severity };
      if (hit.fix !== undefined) finding.fix = hit.fix;
      if (hit.note) finding.note = hit.note;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || RANK[a.severity] - RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
export { applyFixes, findingKey, fixEdit, mergedFix } from './apply.ts';
