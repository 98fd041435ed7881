// What a consistency check reports about a rendered snippet: a kind, and a problem code
// (lib/domain/problem.ts) with the figures the words need; the words are in locales/ under
// `problem.check.*`.
import { type Problem, problem } from '../problem.ts';

export type WarningKind = 'total-mismatch' | 'percent-over-100' | 'tenfold-change' | 'unfilled';

export const CHECK_PROBLEM_CODES = ['check.partOverTotal', 'check.totalMismatch', 'check.percentOver100', 'check.tenfoldChange', 'check.unfilled'] as const;

export type CheckProblemCode = (typeof CHECK_PROBLEM_CODES)[number];
export type CheckProblem = Problem<CheckProblemCode>;

export const checkProblem = (code: CheckProblemCode, params: Problem['params']): CheckProblem => problem(code, params);

export interface ConsistencyWarning {
  kind: WarningKind;
  /** What to tell the writer. */
  problem: CheckProblem;
  /** The metrics involved. */
  slots: string[];
}

/** Equal up to float noise and rounding in the last stored digits. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
