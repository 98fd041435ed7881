// Why a chosen backup or pack cannot be used, in words: lib/db/backup/read.ts gives a code, and
// for a file with wrong fields every problem with where it is; the first one is named here.
import { i18n } from '#i18n';
import type { LibraryFileError } from '../../lib/db/backup/read.ts';
import { problemText } from '../common/problemText.ts';

export function fileErrorText(error: LibraryFileError): string {
  const [first] = error.issues;
  if (!first) return problemText(error);
  return problemText({ code: error.code, params: { ...error.params, path: first.path || i18n.t('backup.wholeFile'), detail: problemText(first) } });
}
