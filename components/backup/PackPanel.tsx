// One library pack opened: what it brings, which titles are already here, rename or skip those,
// then the import with its undo. Nothing already here is overwritten.
import { i18n } from '#i18n';
import { useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureText } from '../common/writeFailureText.ts';
import { importPackWithUndo, type PackConflictChoice, type PackFile, type PackPreview } from '../hooks/useBackup.ts';

export function PackPanel({ name, file, preview, onClose, onImported }: { name: string; file: PackFile; preview: PackPreview; onClose: () => void; onImported: (message: string, undo: () => Promise<void>) => void }) {
  const [choice, setChoice] = useState<PackConflictChoice>('rename');
  const [error, setError] = useState('');

  async function importIt() {
    setError('');
    try {
      const { outcome, undo } = await importPackWithUndo(file, choice);
      const parts = [i18n.t('backup.packImported', { count: outcome.snippetIds.length })];
      if (outcome.renamed) parts.push(i18n.t('backup.packRenamed', { count: outcome.renamed }));
      if (outcome.skipped) parts.push(i18n.t('backup.packSkipped', { count: outcome.skipped }));
      if (outcome.createdMetricIds.length) parts.push(i18n.t('backup.packNewMetrics', { count: outcome.createdMetricIds.length }));
      onImported(i18n.t('backup.sentence', { text: parts.join(i18n.t('common.listSeparator')) }), undo);
    } catch (e) {
      setError(failureText(writeFailure(e), { didNot: i18n.t('write.didNot.import') }));
    }
  }

  return (
    <fieldset aria-label={i18n.t('backup.packLabel')}>
      <legend>{i18n.t('backup.packNamed', { name })}</legend>
      <p>
        {file.folder ? i18n.t('backup.packFolder', { folder: file.folder }) : ''}
        {i18n.t('backup.packContents', {
          snippets: preview.snippets,
          metrics: preview.newMetrics.length + preview.existingMetrics.length,
          values: preview.values ? i18n.t('backup.packValues', { count: preview.values }) : '',
        })}
      </p>
      {preview.existingMetrics.length > 0 && <p className="muted">{i18n.t('backup.existingMetrics', { names: preview.existingMetrics.join(i18n.t('common.enumSeparator')) })}</p>}
      {preview.sameTitles.length > 0 && (
        <>
          <p className="warning">
            {i18n.t('backup.sameTitles', {
              count: preview.sameTitles.length,
              titles: preview.sameTitles.slice(0, 5).join(i18n.t('common.enumSeparator')),
              more: preview.sameTitles.length > 5 ? i18n.t('backup.more') : '',
            })}
          </p>
          <div role="radiogroup" aria-label={i18n.t('backup.sameTitlesLabel')}>
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'rename'} onChange={() => setChoice('rename')} />
              {i18n.t('backup.rename')}
            </label>
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'skip'} onChange={() => setChoice('skip')} />
              {i18n.t('backup.skip')}
            </label>
          </div>
        </>
      )}
      <ErrorLine message={error} />
      <div className="actions">
        <button className="primary" onClick={() => void importIt()}>
          {i18n.t('backup.packLabel')}
        </button>
        <button onClick={onClose}>{i18n.t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}
