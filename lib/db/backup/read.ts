// Reading a chosen backup or pack file: JSON, then the format's zod schema. Never throws; a bad
// file yields a Problem that says what is wrong and where (the panel adds that nothing changed),
// and nothing has been written.
import type { z } from 'zod';
import type { Problem } from '../../domain/problem.ts';
import { placedProblems, type PlacedProblem } from '../../domain/schemaProblems.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile, PACK_FORMAT, PACK_VERSION, PackFile } from './format.ts';

export type LibraryFile = { kind: 'backup'; file: BackupFile } | { kind: 'pack'; file: PackFile };

/** Why a chosen file cannot be used (words: problem.<code> in locales/). */
export const BACKUP_FILE_CODES = [
  'backup.tooLarge',
  'backup.notJson',
  'backup.notObject',
  'backup.wrongFormat',
  'backup.newerVersion',
  'backup.tooDeep',
  /** One field is wrong: the first issue says where and what. */
  'backup.badField',
  /** Several are: the first is named, the others counted (`more`). */
  'backup.badFields',
  /** A pack was chosen where a full backup is needed (restore.ts). */
  'backup.packNotBackup',
] as const;
export type BackupFileCode = (typeof BACKUP_FILE_CODES)[number];

export interface LibraryFileError extends Problem<BackupFileCode> {
  /** The first bad field, as in snippets[3].title; null when the file is not readable at all. */
  path: string | null;
  /** Every problem the check found, each with where it is; empty unless fields are wrong. */
  issues: readonly PlacedProblem[];
}

export type ReadResult = { ok: true; value: LibraryFile } | { ok: false; error: LibraryFileError };

/** 300 MB of text: far above a real library, below what would exhaust the panel's memory. */
export const MAX_FILE_CHARS = 300_000_000;

const fail = (code: BackupFileCode, path: string | null = null, params?: Problem['params']): ReadResult => ({ ok: false, error: { code, ...(params ? { params } : {}), path, issues: [] } });

export function readLibraryFile(text: string): ReadResult {
  if (text.length > MAX_FILE_CHARS) return fail('backup.tooLarge');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('backup.notJson');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('backup.notObject');
  const { format, version } = data as { format?: unknown; version?: unknown };
  const kind = format === BACKUP_FORMAT ? 'backup' : format === PACK_FORMAT ? 'pack' : null;
  if (!kind) return fail('backup.wrongFormat', 'format');
  const supported = kind === 'backup' ? BACKUP_VERSION : PACK_VERSION;
  if (typeof version === 'number' && Number.isInteger(version) && version > supported) return fail('backup.newerVersion', 'version', { version });
  let parsed: z.ZodSafeParseResult<BackupFile> | z.ZodSafeParseResult<PackFile>;
  try {
    parsed = kind === 'backup' ? BackupFile.safeParse(data) : PackFile.safeParse(data);
  } catch {
    // A pathologically nested value can exhaust the stack while being checked.
    return fail('backup.tooDeep');
  }
  if (!parsed.success) {
    const issues = placedProblems(parsed.error.issues);
    const more = issues.length - 1;
    return { ok: false, error: { code: more > 0 ? 'backup.badFields' : 'backup.badField', ...(more > 0 ? { params: { more } } : {}), path: issues[0]!.path, issues } };
  }
  return kind === 'backup' ? { ok: true, value: { kind, file: parsed.data as BackupFile } } : { ok: true, value: { kind, file: parsed.data as PackFile } };
}
