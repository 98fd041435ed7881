// One backup file opened: what it holds beside what is here, the two ways to restore and what each
// will do (RestorePlan), then the restore itself with its undo.
import { i18n } from '#i18n';
import { useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureText } from '../common/writeFailureText.ts';
import { dateTimeName } from '../common/labels.ts';
import { restoreWithUndo, TABLE_NAMES, type BackupFile, type RestoreMode, type RestorePreview } from '../hooks/useBackup.ts';
import { RestorePlan, restoredMessage } from './RestorePlan.tsx';

export function RestorePanel({ name, file, preview, onClose, onRestored }: { name: string; file: BackupFile; preview: RestorePreview; onClose: () => void; onRestored: (message: string, undo: () => Promise<void>) => void }) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function restore() {
    setBusy(true);
    setError('');
    try {
      const { outcome, undo } = await restoreWithUndo(file, mode);
      onRestored(restoredMessage(mode, outcome.written), undo);
    } catch (e) {
      setError(failureText(writeFailure(e), { didNot: i18n.t('write.didNot.restore') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset aria-label={i18n.t('backup.restoreLabel')}>
      <legend>{i18n.t('backup.restoreNamed', { name })}</legend>
      <p>{i18n.t('backup.exportedAt', { time: dateTimeName(preview.exportedAt) })}</p>
      <table className="counts" aria-label={i18n.t('backup.contents')}>
        <thead>
          <tr>
            <th scope="col">{i18n.t('backup.colContent')}</th>
            <th scope="col">{i18n.t('backup.colIncoming')}</th>
            <th scope="col">{i18n.t('backup.colExisting')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((t) => (
            <tr key={t}>
              <th scope="row">{i18n.t(`backup.tables.${t}`)}</th>
              <td>{preview.incoming[t]}</td>
              <td>{preview.existing[t]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.sameNameMetrics > 0 && <p className="warning">{i18n.t('backup.sameName', { count: preview.sameNameMetrics })}</p>}
      <div role="radiogroup" aria-label={i18n.t('backup.mode')}>
        <label className="inline">
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {i18n.t('backup.merge')}
        </label>
        <label className="inline">
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {i18n.t('backup.replace')}
        </label>
      </div>
      <RestorePlan preview={preview} mode={mode} />
      {mode === 'replace' && <p className="warning">{i18n.t('backup.replaceWarning')}</p>}
      <ErrorLine message={error} />
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void restore()}>
          {i18n.t(mode === 'replace' ? 'backup.doReplace' : 'backup.doMerge')}
        </button>
        <button onClick={onClose}>{i18n.t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}
