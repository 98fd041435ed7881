// Why a write to the library did not happen, as a code the panel turns into words
// (components/common/writeFailureText.ts). The code decides what the user is told and offered.
// It reads errors by name, importing nothing: controls on the panel's first screen use it before
// Dexie and zod have loaded (ARCHITECTURE.md, "The panel's first screen").

export type WriteFailure =
  /** The browser refused more data: the disk or the site's storage allowance is full. */
  | 'quota'
  /** The browser's storage failed in another way (closed, corrupted, blocked, aborted). */
  | 'storage'
  /** What was typed does not fit the library (a schema refused it). */
  | 'invalid'
  /** Another window saved the same snippet since this edit began (snippets.ts ConflictError). */
  | 'conflict'
  /** Another window moved the snippet to the trash (snippets.ts TrashedError). */
  | 'trashed'
  /** The snippet is no longer stored, e.g. another window replaced the library (MissingError). */
  | 'missing'
  /** Another metric already has this name (metrics.ts DuplicateMetricNameError). */
  | 'duplicate';

const BY_NAME: Record<string, WriteFailure> = {
  ConflictError: 'conflict',
  TrashedError: 'trashed',
  MissingError: 'missing',
  ZodError: 'invalid',
  DuplicateMetricNameError: 'duplicate',
  // The browser's DOMException and Dexie's wrapper of it (which keeps the original as `inner`).
  QuotaExceededError: 'quota',
};

export function writeFailure(error: unknown): WriteFailure {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && name in BY_NAME) return BY_NAME[name]!;
  }
  return 'storage';
}

/** A schema's own words on what was refused (zod issues), for an 'invalid' failure. */
export function invalidDetails(error: unknown): string[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? issues.flatMap((i: { message?: unknown }) => (typeof i?.message === 'string' ? [i.message] : [])) : [];
}
