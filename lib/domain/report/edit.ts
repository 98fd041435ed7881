// What every edit of a report returns: the new report, or the reason it cannot be done as a code
// (lib/domain/problem.ts) the panel turns into words. The report passed in is never changed.
import { problem, type Problem } from '../problem.ts';
import type { Report } from './schema.ts';

export const REPORT_EDIT_CODES = [
  'report.partNotFound',
  'report.blockNotFound',
  'report.duplicatePartId',
  /** The move or the new part would nest deeper than GB/T 9704's four levels. */
  'report.tooDeep',
  'report.alreadyFirst',
  'report.alreadyLast',
  /** Indent needs a part above at the same level to go under. */
  'report.nothingToIndentUnder',
  'report.alreadyTopLevel',
  /** A part cannot move under itself or one of its own sub-parts. */
  'report.intoItself',
  'report.indexOutOfRange',
  /** 校对全文's fix: the words it was found in have changed since (another window, a later edit). */
  'report.textChanged',
] as const;
export type ReportEditCode = (typeof REPORT_EDIT_CODES)[number];

export type ReportEdit = { ok: true; report: Report } | { ok: false; problem: Problem<ReportEditCode> };

export const done = (report: Report): ReportEdit => ({ ok: true, report });
export const refused = (code: ReportEditCode, params?: Record<string, string | number>): ReportEdit => ({ ok: false, problem: problem(code, params) });
