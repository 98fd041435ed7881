// The one warning every insert path shows about places a value is still missing, and about the
// sample library's invented figures in the text, before the user inserts (beside the buttons) and
// again in the status line after: missing values land in the document as 【名称】 marks the user
// must replace, and a sample figure reads as real, so nothing in the document shows it.
import { i18n } from '#i18n';
import { unfilledCount, type Unfilled } from '../../lib/domain/template/index.ts';
import { problemText } from './problemText.ts';

const MAX_NAMES = 5;

/** The sentence for the status line after inserting or copying; '' when nothing is missing. */
export function unfilledNote(unfilled: Unfilled): string {
  const count = unfilledCount(unfilled);
  const samples = unfilled.samples.length;
  const missing = count === 0 ? '' : i18n.t('unfilled.after', count);
  if (samples === 0) return missing;
  return missing + (count === 0 ? i18n.t('unfilled.samplesAfter', samples) : i18n.t('unfilled.samplesAfterToo', samples));
}

/** Shown before the insert buttons while something is missing or a sample; nothing when all is the user's. */
export function UnfilledWarning({ unfilled }: { unfilled: Unfilled }) {
  if (unfilledCount(unfilled) === 0 && unfilled.samples.length === 0) return null;
  const shown = unfilled.missing.slice(0, MAX_NAMES).map((name) => `【${name}】`).join('');
  return (
    <div className="warning unfilled-warning" role="note" aria-label={i18n.t('unfilled.label')}>
      {unfilled.missing.length > 0 && <p>{i18n.t('unfilled.missing', unfilled.missing.length, { names: shown + more(unfilled.missing) })}</p>}
      {unfilled.errors.length > 0 && <p>{i18n.t('unfilled.errors', unfilled.errors.length, { first: problemText(unfilled.errors[0]!) })}</p>}
      {unfilled.samples.length > 0 && (
        <p>{i18n.t('unfilled.samples', unfilled.samples.length, { names: unfilled.samples.slice(0, MAX_NAMES).join(i18n.t('common.enumSeparator')) + more(unfilled.samples) })}</p>
      )}
    </div>
  );
}

const more = (names: readonly string[]) => (names.length > MAX_NAMES ? i18n.t('unfilled.more', names.length - MAX_NAMES) : '');
