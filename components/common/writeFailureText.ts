// The one place a failed write becomes words: what did not happen, why, that what the user typed
// is still there, and what to do next. lib/db only gives the code (lib/db/writeFailure.ts).
import { i18n } from '#i18n';
import type { WriteFailure } from '../../lib/db/writeFailure.ts';

export interface FailureWords {
  /** What did not happen, e.g. 「发展党员」的数值没有存上。 */
  didNot: string;
  /** The field still holds what the user typed (say so: it is what they fear to lose). */
  kept?: boolean;
  /** For 'invalid': the schema's own words on what is wrong, shown instead of the generic reason. */
  details?: string;
}

export function failureText(code: WriteFailure, { didNot, kept = false, details }: FailureWords): string {
  const why = code === 'invalid' && details ? details + i18n.t('common.errorSeparator') : i18n.t(`write.why.${code}`);
  return [didNot, why, kept ? i18n.t('write.kept') : '', i18n.t(`write.todo.${code}`)].join('');
}

/**
 * For what slipped past every control (the panel-wide handler): plain words, never the error's
 * own text. A full disk is named; anything else is "did not finish, try again".
 */
export function panelFailureText(code: WriteFailure): string {
  const didNot = i18n.t('write.didNot.generic');
  return code === 'quota' ? failureText('quota', { didNot }) : didNot + i18n.t('write.todo.storage');
}
