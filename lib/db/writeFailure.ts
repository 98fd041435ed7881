// Why a write to the library did not happen, as a code the panel turns into words
// (components/common/writeFailureText.ts). The code decides what the user is told and offered.
// It reads errors by name, importing nothing that loads Dexie or zod: controls on the panel's first
// screen use it before those have loaded (ARCHITECTURE.md, "The panel's first screen").
import type { Problem } from '../domain/problem.ts';
import { issueProblem } from '../domain/schemaProblems.ts';
import { CONFLICT_CODES, GONE_CODES } from './problems.ts';

export type WriteFailure =
  /** The browser refused more data: the disk or the site's storage allowance is full. */
  | 'quota'
  /** The browser's storage failed in another way (closed, corrupted, blocked, aborted). */
  | 'storage'
  /** What was typed does not fit the library (a schema refused it). */
  | 'invalid'
  /** Another window saved the same snippet (snippets.ts ConflictError) or report (problems.ts) since this edit began. */
  | 'conflict'
  /** Another window moved the snippet to the trash (snippets.ts TrashedError). */
  | 'trashed'
  /** The snippet is no longer stored, e.g. another window replaced the library (MissingError). */
  | 'missing'
  /** Another metric already has this name (metrics.ts DuplicateMetricNameError). */
  | 'duplicate'
  /** What the write was about is no longer stored, e.g. a history version deleted elsewhere (problems.ts). */
  | 'gone';

const BY_NAME: Record<string, WriteFailure> = {
  ConflictError: 'conflict',
  TrashedError: 'trashed',
  MissingError: 'missing',
  ZodError: 'invalid',
  DuplicateMetricNameError: 'duplicate',
  // The browser's DOMException and Dexie's wrapper of it (which keeps the original as `inner`).
  QuotaExceededError: 'quota',
};

const GONE: ReadonlySet<string> = new Set(GONE_CODES);
const CONFLICT: ReadonlySet<string> = new Set(CONFLICT_CODES);

export function writeFailure(error: unknown): WriteFailure {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    const code = name === 'ProblemError' ? String((e as { problem?: Problem }).problem?.code) : '';
    if (GONE.has(code)) return 'gone';
    if (CONFLICT.has(code)) return 'conflict';
    if (typeof name === 'string' && name in BY_NAME) return BY_NAME[name]!;
  }
  return 'storage';
}

/**
 * What exactly was refused, for the panel to put into words: a schema's issues for an 'invalid'
 * failure, lib/db's own Problem for a 'gone' one; none for the others.
 */
export function writeProblems(error: unknown): Problem[] {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const { name, issues, problem } = e as { name?: unknown; issues?: unknown; problem?: Problem };
    if (name === 'ProblemError' && problem) return [problem];
    if (name === 'ZodError' && Array.isArray(issues)) return issues.filter((i: { message?: unknown }) => typeof i?.message === 'string').map(issueProblem);
  }
  return [];
}
