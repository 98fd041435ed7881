// 插入 and 复制 for a report: the whole of it (above the full text), or one part with its sub-parts
// (beside the part). Headings go in as headings with their numbers, the title centred, 落款 and date
// right-aligned, where the editor keeps them; numbered plain lines in a plain field
// (lib/domain/paragraphs.ts). What is still unfilled, and snippets the report names that are gone,
// are said before inserting, as for a snippet (UnfilledWarning), and again in the status line after.
import { i18n } from '#i18n';
import { useState } from 'react';
import { insertParagraphs, reportInsertBlocks, type ReportDocument } from '../../lib/domain/report/index.ts';
import { useStatus } from '../app/Status.tsx';
import { FormatChoice } from '../common/FormatChoice.tsx';
import { UnfilledWarning, unfilledNote } from '../common/UnfilledWarning.tsx';
import { useInsert } from '../hooks/useInsert.ts';
import './reportInsert.css';

export function ReportInsert({ document, partId }: { document: ReportDocument; partId?: string }) {
  const show = useStatus();
  const { busy: inserting, insert, copy } = useInsert();
  const [copying, setCopying] = useState(false);
  const selection = reportInsertBlocks(document, partId);
  if (!selection || selection.blocks.length === 0) return null;
  const { paragraphs, styles } = insertParagraphs(selection.blocks);
  const whole = partId === undefined;
  const heading = whole ? '' : selection.blocks[0]!.text;
  const unfilled = { missing: selection.missing, errors: [], samples: [] };
  const gone = selection.unresolved > 0 ? i18n.t('reportInsert.goneAfter', selection.unresolved) : '';
  const note = unfilledNote(unfilled) + gone;
  const counts = { what: whole ? i18n.t('reportInsert.whole') : i18n.t('reportInsert.part', { heading }), paragraphs: i18n.t('common.paragraphs', paragraphs.length), note };

  async function run(kind: 'insert' | 'copy') {
    if (kind === 'insert') {
      const words = {
        inserted: i18n.t('reportInsert.inserted', counts),
        copiedInstead: (reason: string) => i18n.t('reportInsert.copiedInstead', { reason, what: counts.what }) + note,
        unfilled: note !== '',
      };
      await insert(paragraphs, words, {}, styles);
      return;
    }
    setCopying(true);
    try {
      await copy(paragraphs, styles);
      show(i18n.t('reportInsert.copied', counts), note ? 'warning' : 'success');
    } catch {
      show(i18n.t('common.copyFailed'), 'error');
    } finally {
      setCopying(false);
    }
  }

  const busy = inserting || copying;
  const label = (key: 'insert' | 'copy') =>
    whole ? i18n.t(key === 'insert' ? 'reportInsert.insertWhole' : 'reportInsert.copyWhole') : i18n.t(key === 'insert' ? 'reportInsert.insertPart' : 'reportInsert.copyPart');
  // Each part has its own pair of buttons: the part's heading tells them apart to a screen reader.
  const named = (key: 'insert' | 'copy') => (whole ? undefined : i18n.t(key === 'insert' ? 'reportInsert.insertPartLabel' : 'reportInsert.copyPartLabel', { heading }));
  return (
    <div className={whole ? 'report-insert' : 'report-insert report-insert-part'} role="group" aria-label={whole ? i18n.t('reportInsert.region') : i18n.t('reportInsert.partRegion', { heading })}>
      {whole ? (
        <>
          <UnfilledWarning unfilled={unfilled} />
          {selection.unresolved > 0 && (
            <p className="warning" role="note">
              {i18n.t('reportInsert.gone', selection.unresolved)}
            </p>
          )}
          <FormatChoice />
        </>
      ) : (
        // Beside every part the whole warning would repeat at each level: a few words here, on the
        // buttons' line; the full text above marks each place.
        note !== '' && (
          <span className="warning small" role="note">
            {[selection.missing.length > 0 ? i18n.t('reportInsert.partUnfilled', selection.missing.length) : '', selection.unresolved > 0 ? i18n.t('reportInsert.partGone', selection.unresolved) : '']
              .filter(Boolean)
              .join(i18n.t('common.listSeparator'))}
          </span>
        )
      )}
      <div className="actions">
        <button className={whole ? 'primary' : undefined} disabled={busy} aria-label={named('insert')} onClick={() => void run('insert')}>
          {label('insert')}
        </button>
        <button disabled={busy} aria-label={named('copy')} onClick={() => void run('copy')}>
          {label('copy')}
        </button>
      </div>
    </div>
  );
}
