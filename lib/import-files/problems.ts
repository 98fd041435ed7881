// What can be wrong with a file or text handed to the import, as codes (lib/domain/problem.ts):
// the words are in locales/ under problem.import.*, so the worker and the parse never carry a sentence.
import { problem, ProblemError, type ProblemParams } from '../domain/problem.ts';

export const IMPORT_PROBLEM_CODES = [
  /** A byte-order mark names an encoding the bytes do not hold; params: encoding. */
  'import.damagedEncoding',
  'import.unknownEncoding',
  'import.notText',
  'import.oldWordFile',
  'import.packedAsText',
  'import.unsupportedFile',
  'import.damagedDocx',
  'import.emptyFile',
  'import.pageNeedsPanel',
  /** params: chars (the text's length), max. */
  'import.tooLong',
  'import.noText',
  /** Not the file's fault: the parse itself failed; params: error (the raw message). */
  'import.crashed',
] as const;

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Thrown with a code the panel turns into words a writer can act on. */
export class ImportFileError extends ProblemError<ImportProblemCode> {}

export const importError = (code: ImportProblemCode, params?: ProblemParams): ImportFileError => new ImportFileError(problem(code, params));

/** Any failure of an import as an ImportFileError: an unexpected one becomes import.crashed with its raw message. */
export function importFailure(error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  return importError('import.crashed', { error: error instanceof Error ? error.message : String(error) });
}
