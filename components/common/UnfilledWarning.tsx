// The one warning every insert path shows about places a value is still missing, before the
// user inserts (beside the buttons) and again in the status line after, since they land in the
// document as 【名称】 marks the user must replace.
import { i18n } from '#i18n';
import { unfilledCount, type Unfilled } from '../../lib/domain/template/index.ts';
import { problemText } from './problemText.ts';

const MAX_NAMES = 5;

/** The sentence for the status line after inserting or copying; '' when nothing is missing. */
export function unfilledNote(unfilled: Unfilled): string {
  const count = unfilledCount(unfilled);
  return count === 0 ? '' : i18n.t('unfilled.after', count);
}

/** Shown before the insert buttons while something is missing; nothing when all is filled. */
export function UnfilledWarning({ unfilled }: { unfilled: Unfilled }) {
  if (unfilledCount(unfilled) === 0) return null;
  const shown = unfilled.missing.slice(0, MAX_NAMES).map((name) => `【${name}】`).join('');
  const more = unfilled.missing.length > MAX_NAMES ? i18n.t('unfilled.more', unfilled.missing.length - MAX_NAMES) : '';
  return (
    <div className="warning unfilled-warning" role="note" aria-label={i18n.t('unfilled.label')}>
      {unfilled.missing.length > 0 && <p>{i18n.t('unfilled.missing', unfilled.missing.length, { names: shown + more })}</p>}
      {unfilled.errors.length > 0 && <p>{i18n.t('unfilled.errors', unfilled.errors.length, { first: problemText(unfilled.errors[0]!) })}</p>}
    </div>
  );
}
