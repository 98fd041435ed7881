// 自动备份 in 备份: the folder chosen, when the last backup was written there and under which name,
// what went wrong in words; choosing, changing or dropping the folder; and the backups found in it,
// each with its date and what it holds, to restore through the same checked path as a chosen file.
import { i18n } from '#i18n';
import { useState } from 'react';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { dateTimeName } from '../common/labels.ts';
import { problemText } from '../common/problemText.ts';
import { autoBackup, folderBackups, openBackupInFolder, useAutoBackupStatus, type AutoBackupProblem, type FolderBackup } from '../hooks/useAutoBackup.ts';
import { previewBackup, type BackupFile, type LibraryFileError, type RestorePreview } from '../hooks/useBackup.ts';
import { report } from '../hooks/report.ts';
import { fileErrorText } from './fileErrorText.ts';
import { canPickFolder, pickFolder } from './pickFolder.ts';
import { RestorePanel } from './RestorePanel.tsx';
import './autoBackup.css';

const errorText = (error: LibraryFileError | AutoBackupProblem) => ('issues' in error ? fileErrorText(error) : problemText(error));

type Opened = { name: string; file: BackupFile; preview: RestorePreview };

export function AutoBackupSection() {
  const status = useAutoBackupStatus();
  const show = useStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [list, setList] = useState<FolderBackup[] | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setError('');
    try {
      await step();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  const afterWrite = async (found: AutoBackupProblem | null, folder: string) => {
    if (found) setError(problemText(found));
    else show(i18n.t('autoBackup.writtenNow', { folder }), 'success');
    if (list) await look();
  };

  const choose = () =>
    run(async () => {
      const folder = await pickFolder();
      if (!folder) return;
      setList(null);
      setOpened(null);
      await afterWrite(await autoBackup().chooseFolder(folder), folder.name);
    });

  async function look() {
    try {
      setList((await folderBackups()) ?? []);
    } catch (e) {
      setList(null);
      setError(i18n.t('autoBackup.listFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function open(name: string) {
    const read = await openBackupInFolder(name);
    if (!read) return;
    if (!read.ok) return setError(i18n.t('backup.unusable', { file: name, error: errorText(read.error) }));
    setOpened({ name, file: read.file, preview: await previewBackup(read.file) });
  }

  if (!status) return null;
  const folder = status.folderName;
  return (
    <section className="auto-backup" aria-labelledby="auto-backup-heading">
      <h2 id="auto-backup-heading">{i18n.t('autoBackup.heading')}</h2>
      {!canPickFolder() ? (
        <p className="muted">{i18n.t('autoBackup.unsupported')}</p>
      ) : !folder ? (
        <>
          <p className="muted">{i18n.t('autoBackup.intro')}</p>
          <div className="actions">
            <button className="primary" disabled={busy} onClick={() => void choose()}>
              {i18n.t('autoBackup.choose')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{i18n.t('autoBackup.folder', { folder })}</p>
          <p className="file">{status.lastWrittenAt !== null && status.lastFile ? i18n.t('autoBackup.last', { time: dateTimeName(status.lastWrittenAt), file: status.lastFile }) : i18n.t('autoBackup.never')}</p>
          {status.failure && <p className="warning">{i18n.t('autoBackup.failed', { folder, error: problemText(status.failure) })}</p>}
          <div className="actions">
            <button className="primary" disabled={busy} onClick={() => void run(async () => afterWrite(await autoBackup().backupNow(), folder))}>
              {i18n.t('autoBackup.now')}
            </button>
            <button disabled={busy} onClick={() => void choose()}>
              {i18n.t('autoBackup.change')}
            </button>
            <button
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await autoBackup().forgetFolder();
                  setList(null);
                  setOpened(null);
                  show(i18n.t('autoBackup.stopped'), 'success');
                })
              }
            >
              {i18n.t('autoBackup.stop')}
            </button>
          </div>
          <h3>{i18n.t('autoBackup.listHeading')}</h3>
          <div className="actions">
            <button disabled={busy} onClick={() => void run(look)}>
              {i18n.t(list ? 'autoBackup.refresh' : 'autoBackup.show')}
            </button>
          </div>
          {list && list.length === 0 && <p className="muted">{i18n.t('autoBackup.none')}</p>}
          {list && list.length > 0 && (
            <ul className="folder-backups" aria-label={i18n.t('autoBackup.listLabel')}>
              {list.map((b) => (
                <li key={b.name}>
                  <span className="when">{dateTimeName(b.writtenAt)}</span>
                  {b.ok ? (
                    <button disabled={busy} onClick={() => void run(() => open(b.name))}>
                      {i18n.t('autoBackup.restoreThis')}
                    </button>
                  ) : null}
                  <span className="what">
                    {b.ok
                      ? i18n.t('autoBackup.counts', { snippets: b.counts.snippets, metrics: b.counts.metrics, values: b.counts.metricValues, reports: b.counts.reports })
                      : i18n.t('autoBackup.damaged')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ErrorLine message={error} />
      {opened && (
        <RestorePanel
          name={opened.name}
          file={opened.file}
          preview={opened.preview}
          onClose={() => setOpened(null)}
          onRestored={(message, undo) => {
            setOpened(null);
            show(message, 'success', { label: i18n.t('backup.undoRestore'), run: () => void undo() });
          }}
        />
      )}
    </section>
  );
}
