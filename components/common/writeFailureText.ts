// The one place a failed write becomes words: what did not happen, why, that what the user typed
// is still there, and what to do next. lib/db gives the code, and for some a Problem (lib/db/writeFailure.ts).
import { i18n } from '#i18n';
import { writeProblems, type WriteFailure } from '../../lib/db/writeFailure.ts';
import { problemText } from './problemText.ts';

export interface FailureWords {
  /** What did not happen, e.g. 「发展党员」的数值没有存上。 */
  didNot: string;
  /** The field still holds what the user typed (say so: it is what they fear to lose). */
  kept?: boolean;
  /** For 'invalid' and 'gone': words on exactly what is wrong, shown instead of the generic reason. */
  details?: string;
}

export function failureText(code: WriteFailure, { didNot, kept = false, details }: FailureWords): string {
  const why = (code === 'invalid' || code === 'gone') && details ? details + i18n.t('common.errorSeparator') : i18n.t(`write.why.${code}`);
  return [didNot, why, kept ? i18n.t('write.kept') : '', i18n.t(`write.todo.${code}`)].join('');
}

/** lib/db's account of what exactly a failed write refused (writeProblems), in words. */
export function failureDetails(error: unknown): string {
  return writeProblems(error).map(problemText).join(i18n.t('common.errorSeparator'));
}

/**
 * For what slipped past every control (the panel-wide handler): plain words, never the error's
 * own text. A full disk is named; anything else is "did not finish, try again".
 */
export function panelFailureText(code: WriteFailure): string {
  const didNot = i18n.t('write.didNot.generic');
  return code === 'quota' ? failureText('quota', { didNot }) : didNot + i18n.t('write.todo.storage');
}
