// 备份: save the whole library to a file; restore one (merge or replace, with a preview); share a
// folder as a library pack and take in a colleague's pack without overwriting anything.
import { i18n } from '#i18n';
import { useState } from 'react';
import { useStatus } from '../app/Status.tsx';
import {
  makeBackup,
  makePack,
  previewBackup,
  previewPackImport,
  readBackupOrPack,
  useFolders,
  useLibraryCounts,
  type BackupFile,
  type PackFilePreview,
  type RestorePreview,
} from '../hooks/useBackup.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { autoBackup } from '../hooks/useAutoBackup.ts';
import { AutoBackupSection } from './AutoBackupSection.tsx';
import { downloadText } from './download.ts';
import { fileErrorText } from './fileErrorText.ts';
import { FolderSelect } from './FolderSelect.tsx';
import { PackPanel } from './PackPanel.tsx';
import { RestorePanel } from './RestorePanel.tsx';
import { TeamSection } from '../team/TeamSection.tsx';
import '../import/import.css';

type Opened =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'backup'; name: string; file: BackupFile; preview: RestorePreview }
  | { kind: 'pack'; name: string; preview: PackFilePreview };

export function BackupView() {
  const counts = useLibraryCounts();
  const folders = useFolders();
  const show = useStatus();
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const [packFolder, setPackFolder] = useState('');
  const [packValues, setPackValues] = useState(false);
  const [packWords, setPackWords] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportAll() {
    setBusy(true);
    try {
      const { json, fileName } = await makeBackup();
      downloadText(json, fileName);
      // A backup by hand counts: no reminder for what it holds.
      await autoBackup().noteDownload();
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
      const { json, fileName, snippets } = await makePack(packFolder, packValues, packWords);
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
    if (!read.ok) return setOpened({ kind: 'error', message: i18n.t('backup.unusable', { file: file.name, error: fileErrorText(read.error) }) });
    if (read.value.kind === 'backup') setOpened({ kind: 'backup', name: file.name, file: read.value.file, preview: await previewBackup(read.value.file) });
    else setOpened({ kind: 'pack', name: file.name, preview: await previewPackImport(read.value.file) });
  }

  return (
    <section className="backup-view" aria-label={i18n.t('backup.title')}>
      <AutoBackupSection />
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
            reports: counts.liveReports,
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
      <ErrorLine message={opened.kind === 'error' ? opened.message : null} />
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
        <FolderSelect label={i18n.t('snippets.form.folder')} folders={folders} value={packFolder} onChange={setPackFolder} />
      </div>
      <label className="inline">
        <input type="checkbox" checked={packValues} onChange={(e) => setPackValues(e.target.checked)} />
        {i18n.t('backup.withValues')}
      </label>
      <label className="inline">
        <input type="checkbox" checked={packWords} onChange={(e) => setPackWords(e.target.checked)} />
        {i18n.t('backup.withWordLists')}
      </label>
      <div className="actions">
        <button disabled={busy} onClick={() => void exportPackFile()}>
          {i18n.t('backup.exportPack')}
        </button>
      </div>
      <TeamSection />
    </section>
  );
}
