// The Problems lib/db hands the panel itself (lib/domain/problem.ts); their words are
// problem.<code> in locales/. Nothing here loads Dexie or zod: writeFailure.ts reads these codes
// on the panel's first screen.
import { problem, ProblemError } from '../domain/problem.ts';

/** What a write was about is no longer stored (another window deleted it): thrown as a ProblemError. */
export const GONE_CODES = [
  'db.revisionGone',
  'db.revisionSnippetGone',
  'db.metricGone',
  'db.tallyEntryGone',
  /** The report is no longer stored (deleted for good, or a restore replaced the library). */
  'db.reportGone',
  /** The report was moved to the trash, e.g. in another window: a save would vanish behind 已保存. */
  'db.reportTrashed',
  /** The word list is no longer stored, or was moved to the trash (wordLists.ts). */
  'db.wordListGone',
  'db.wordListTrashed',
] as const;
export type GoneCode = (typeof GONE_CODES)[number];

/** The import plan's own refusals, as the zod issue's message (lib/domain/schemaProblems.ts). */
export const IMPORT_PROBLEMS = { nothingChosen: 'db.importNothingChosen' } as const;

/**
 * Another window saved the report since this edit began (reports.ts, `expectedUpdatedAt`): nothing
 * is written, so the other window's work is not overwritten unseen.
 */
export const CONFLICT_CODES = [
  'db.reportChanged',
  /** Another window saved the word list since this edit began (wordLists.ts, `expectedRevision`). */
  'db.wordListChanged',
] as const;

/**
 * Taking a pack (backup/packImport.ts) stopped before writing anything: the pack renamed one of its
 * metrics to a name a metric of the user's own has ({name}).
 */
export const PACK_CODES = ['db.packMetricNameTaken'] as const;

export const DB_CODES = [...GONE_CODES, ...CONFLICT_CODES, ...Object.values(IMPORT_PROBLEMS), ...PACK_CODES];

export const goneError = (code: GoneCode): ProblemError<GoneCode> => new ProblemError(problem(code));
