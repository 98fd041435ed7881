// Above the views, whichever is open: starts the automatic backup schedule for this page, and says
// when it needs the user — the browser's leave to be given again (one click), a failure in words,
// or, without a folder, the reminder after a week of changes with its one-click download.
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { useStatus } from '../app/Status.tsx';
import { problemText } from '../common/problemText.ts';
import { autoBackup, useAutoBackupStatus } from '../hooks/useAutoBackup.ts';
import { makeBackup } from '../hooks/useBackup.ts';
import { report } from '../hooks/report.ts';
import { downloadText } from './download.ts';
import './autoBackup.css';

const DAY = 24 * 60 * 60 * 1000;

export function AutoBackupBar() {
  const status = useAutoBackupStatus();
  const show = useStatus();
  const [busy, setBusy] = useState(false);
  useEffect(() => void autoBackup(), []);
  if (!status) return null;

  async function run(step: () => Promise<unknown>) {
    setBusy(true);
    try {
      await step();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }

  async function download() {
    const { json, fileName } = await makeBackup();
    downloadText(json, fileName);
    await autoBackup().noteDownload();
    show(i18n.t('backup.exported', { file: fileName }), 'success');
  }

  const folder = status.folderName;
  if (folder && status.failure) {
    const ask = status.failure.code === 'autoBackup.needsPermission' || status.failure.code === 'autoBackup.permissionDenied';
    return (
      <section className="backup-bar" aria-label={i18n.t('autoBackup.heading')}>
        <p role="alert">{ask ? i18n.t('autoBackup.paused', { folder }) : i18n.t('autoBackup.failed', { folder, error: problemText(status.failure) })}</p>
        <div className="actions">
          <button className="primary" disabled={busy} onClick={() => void run(() => (ask ? autoBackup().resume() : autoBackup().backupNow()))}>
            {i18n.t(ask ? 'autoBackup.resume' : 'autoBackup.retry')}
          </button>
        </div>
      </section>
    );
  }
  if (!folder && status.reminding && status.changedSince !== null) {
    const days = Math.max(7, Math.floor(((status.lastRemindedAt ?? status.changedSince) - status.changedSince) / DAY));
    return (
      <section className="backup-bar" aria-label={i18n.t('autoBackup.barLabel')}>
        <p>{i18n.t('autoBackup.reminder', { days })}</p>
        <div className="actions">
          <button className="primary" disabled={busy} onClick={() => void run(download)}>
            {i18n.t('autoBackup.download')}
          </button>
          <button disabled={busy} onClick={() => void run(() => autoBackup().dismissReminder())}>
            {i18n.t('autoBackup.later')}
          </button>
        </div>
      </section>
    );
  }
  return null;
}
