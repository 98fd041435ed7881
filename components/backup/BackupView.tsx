// 备份: save the whole library to a file; restore one (merge or replace, with a preview); share a
// folder as a library pack and take in a colleague's pack without overwriting anything.
import { i18n } from '#i18n';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { failureText } from '../writeFailureText.ts';
import { useState } from 'react';
import { useStatus } from '../Status.tsx';
import {
  importPackWithUndo,
  makeBackup,
  makePack,
  previewBackup,
  previewPackImport,
  readBackupOrPack,
  restoreWithUndo,
  TABLE_NAMES,
  useFolders,
  useLibraryCounts,
  type BackupFile,
  type PackConflictChoice,
  type PackFile,
  type PackPreview,
  type RestoreMode,
  type RestorePreview,
} from '../hooks/useBackup.ts';
import { dateTimeName } from '../labels.ts';
import { downloadText } from './download.ts';
import { RestorePlan, restoredMessage } from './RestorePlan.tsx';
import '../import/import.css';

type Opened =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'backup'; name: string; file: BackupFile; preview: RestorePreview }
  | { kind: 'pack'; name: string; file: PackFile; preview: PackPreview };

export function BackupView() {
  const counts = useLibraryCounts();
  const folders = useFolders();
  const show = useStatus();
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const [packFolder, setPackFolder] = useState('');
  const [packValues, setPackValues] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportAll() {
    setBusy(true);
    try {
      const { json, fileName } = await makeBackup();
      downloadText(json, fileName);
      show(i18n.t('backup.exported', { file: fileName }), 'success');
    } catch (e) {
      show(i18n.t('backup.exportFailed', { error: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setBusy(false);
    }
  }

  async function exportPackFile() {
    setBusy(true);
    try {
      const { json, fileName, snippets } = await makePack(packFolder, packValues);
      downloadText(json, fileName);
      show(i18n.t('backup.packExported', { file: fileName, count: snippets }), 'success');
    } finally {
      setBusy(false);
    }
  }

  async function open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readBackupOrPack(await file.text());
    if (!read.ok) return setOpened({ kind: 'error', message: i18n.t('backup.unusable', { file: file.name, error: read.error.message }) });
    if (read.value.kind === 'backup') setOpened({ kind: 'backup', name: file.name, file: read.value.file, preview: await previewBackup(read.value.file) });
    else setOpened({ kind: 'pack', name: file.name, file: read.value.file, preview: await previewPackImport(read.value.file) });
  }

  return (
    <section className="backup-view" aria-label={i18n.t('backup.title')}>
      <h2>{i18n.t('backup.backupAll')}</h2>
      <p className="muted">{i18n.t('backup.intro')}</p>
      {counts && (
        <p>
          {i18n.t('backup.counts', {
            snippets: counts.liveSnippets,
            trashed: counts.trashedSnippets ? i18n.t('backup.trashed', { count: counts.trashedSnippets }) : '',
            metrics: counts.metrics,
            values: counts.metricValues,
            entries: counts.tallyEntries,
          })}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void exportAll()}>
          {i18n.t('backup.export')}
        </button>
      </div>

      <h2>{i18n.t('backup.restoreOrImport')}</h2>
      <label>
        {i18n.t('backup.chooseFile')}
        <input type="file" accept=".json,application/json" onChange={(e) => void open(e.currentTarget)} />
      </label>
      {opened.kind === 'error' && (
        <p className="error" role="alert">
          {opened.message}
        </p>
      )}
      {opened.kind === 'backup' && (
        <RestorePanel
          name={opened.name}
          file={opened.file}
          preview={opened.preview}
          onClose={() => setOpened({ kind: 'none' })}
          onRestored={(message, undo) => {
            setOpened({ kind: 'none' });
            show(message, 'success', { label: i18n.t('backup.undoRestore'), run: () => void undo() });
          }}
        />
      )}
      {opened.kind === 'pack' && (
        <PackPanel
          name={opened.name}
          file={opened.file}
          preview={opened.preview}
          onClose={() => setOpened({ kind: 'none' })}
          onImported={(message, undo) => {
            setOpened({ kind: 'none' });
            show(message, 'success', { label: i18n.t('import.undo'), run: () => void undo() });
          }}
        />
      )}

      <h2>{i18n.t('backup.share')}</h2>
      <p className="muted">{i18n.t('backup.shareIntro')}</p>
      <div className="row">
        <label>
          {i18n.t('snippets.form.folder')}
          <select value={packFolder} onChange={(e) => setPackFolder(e.target.value)}>
            <option value="">{i18n.t('backup.allSnippets')}</option>
            {folders?.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" checked={packValues} onChange={(e) => setPackValues(e.target.checked)} />
        {i18n.t('backup.withValues')}
      </label>
      <div className="actions">
        <button disabled={busy} onClick={() => void exportPackFile()}>
          {i18n.t('backup.exportPack')}
        </button>
      </div>
    </section>
  );
}

function RestorePanel({ name, file, preview, onClose, onRestored }: { name: string; file: BackupFile; preview: RestorePreview; onClose: () => void; onRestored: (message: string, undo: () => Promise<void>) => void }) {
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void restore()}>
          {i18n.t(mode === 'replace' ? 'backup.doReplace' : 'backup.doMerge')}
        </button>
        <button onClick={onClose}>{i18n.t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}

function PackPanel({ name, file, preview, onClose, onImported }: { name: string; file: PackFile; preview: PackPreview; onClose: () => void; onImported: (message: string, undo: () => Promise<void>) => void }) {
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" onClick={() => void importIt()}>
          {i18n.t('backup.packLabel')}
        </button>
        <button onClick={onClose}>{i18n.t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}
