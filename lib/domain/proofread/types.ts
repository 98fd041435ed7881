// What proofreading hands back, and how a rule family is written: a table of rules, each with its
// code (words in locales/ under `proofread.rule.<code>`), its severity and the clause it follows.

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** UTF-16 offsets into the text: the finding covers [start, end). */
  start: number;
  end: number;
  rule: string;
  severity: Severity;
  /** Replaces [start, end) when there is one right answer. */
  fix?: string;
  /** What the office's word list says about it (its note), shown to the user as written. */
  note?: string;
}

export interface ProofreadOptions {
  /** The office's 规范表述: `wrong` is flagged and `right` offered in its place, with the list's note. */
  terms?: { wrong: string; right: string; note?: string }[];
  /** Words that must not appear at all: the word alone, or with the list's note. */
  banned?: (string | { word: string; note?: string })[];
  /** Institutions whose first mention must be the full name; `short` may stand for it after that. */
  fullNames?: { short: string; full: string }[];
}

/** A finding before the rule's code and severity are put on it. */
export interface Hit {
  start: number;
  end: number;
  fix?: string;
  note?: string;
  /** Lower than the rule's own when this hit is only worth a look (a rule never raises it). */
  severity?: Severity;
}

export interface Rule {
  code: string;
  severity: Severity;
  /** The standard and clause the rule follows (GB/T 15834-2011 4.1 …); null for the office's own checks. */
  clause: string | null;
  check(text: string, options: ProofreadOptions): Hit[];
}

/** A rule that is one regular expression: each match (or the part `at` picks) is a hit, fixed by `fix`. */
export interface PatternRule {
  code: string;
  severity: Severity;
  clause: string | null;
  /** Global (g) pattern. */
  pattern: RegExp;
  /** The fix for a match, or undefined for none; null drops the match (a look-alike that is right). */
  fix?: (m: RegExpExecArray) => string | null | undefined;
  /** The part of the match the finding covers, as [offset from m.index, length]; default the whole match. */
  at?: (m: RegExpExecArray) => [number, number];
}

export function patternRule(spec: PatternRule): Rule {
  const pattern = spec.pattern.global ? spec.pattern : new RegExp(spec.pattern.source, spec.pattern.flags + 'g');
  return {
    code: spec.code,
    severity: spec.severity,
    clause: spec.clause,
    check(text) {
      const hits: Hit[] = [];
      // One compiled pattern per rule, reused: check runs to the end before anything else can use it.
      const re = pattern;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const fix = spec.fix?.(m);
        if (fix === null) continue;
        const [offset, length] = spec.at?.(m) ?? [0, m[0].length];
        const start = m.index + offset;
        hits.push(fix === undefined ? { start, end: start + length } : { start, end: start + length, fix });
      }
      return hits;
    },
  };
}
