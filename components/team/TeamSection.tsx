// 单位共享, a section of 备份: the office's network drive (WebDAV) the user set up, its address and
// account kept on this computer only; check for updates (once when the panel opens, and on demand),
// download into the same preview a pack file gets, publish this computer's library without ever
// replacing a colleague's newer version. The browser's permission for that one drive is asked on
// 保存设置 (lib/team/permission.ts); before that, nothing is sent anywhere.
import { i18n } from '#i18n';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useStatus } from '../app/Status.tsx';
import { FolderSelect } from '../backup/FolderSelect.tsx';
import { PackPanel } from '../backup/PackPanel.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { previewPackImport, useFolders, type PackFile, type PackFilePreview } from '../hooks/useBackup.ts';
import {
  askForServer,
  forgetServer,
  loadTeamServer,
  newOnDrive,
  noteTeamImport,
  originPattern,
  parseAddress,
  saveTeamServer,
  sendsPasswordInClear,
  settleOpeningCheck,
  stopTeamSharing,
  teamCheck,
  teamDownload,
  teamPublish,
  type TeamServer,
} from '../hooks/useTeam.ts';
import { teamProblemText } from './teamText.ts';

const EMPTY: TeamServer = { url: '', folder: '', user: '', password: '' };

type Downloaded = { etag: string | null; preview: PackFilePreview };

export function TeamSection() {
  const folders = useFolders();
  const show = useStatus();
  const [form, setForm] = useState<TeamServer>(EMPTY);
  const [saved, setSaved] = useState<TeamServer | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [publishFolder, setPublishFolder] = useState('');
  const [downloaded, setDownloaded] = useState<Downloaded | null>(null);

  useEffect(() => {
    void loadTeamServer().then(async (server) => {
      if (!server) return;
      setForm(server);
      setSaved(server);
      // The panel's one check when it opened (TeamUpdateLine asked it first): only a newer version
      // is worth a line.
      if (await newOnDrive()) setNote((note) => note || i18n.t('team.hasUpdate'));
    });
  }, []);

  const address = parseAddress(form);
  const set = (key: keyof TeamServer) => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });

  function save() {
    setError('');
    setNote('');
    if (!address.ok) return setError(teamProblemText({ code: address.code }));
    const pattern = originPattern(address.base);
    const before = saved ? parseAddress(saved) : null;
    // The browser asks only inside the click: nothing may be awaited before this request.
    void askForServer(pattern).then(async (granted) => {
      if (!granted) return setError(i18n.t('team.refused'));
      await saveTeamServer(form);
      settleOpeningCheck();
      setSaved(form);
      if (before?.ok && originPattern(before.base) !== pattern) await forgetServer(originPattern(before.base));
      setNote(i18n.t('team.saved'));
    });
  }

  async function run(action: () => Promise<void>) {
    setError('');
    setNote('');
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const check = () =>
    run(async () => {
      const result = await teamCheck(saved!);
      if (!result.ok) return setError(teamProblemText(result.problem));
      setNote(i18n.t(result.kind === 'new' ? 'team.hasUpdate' : result.kind === 'same' ? 'team.upToDate' : 'team.nothingYet'));
    });

  const download = () =>
    run(async () => {
      const result = await teamDownload(saved!);
      if (!result.ok) return setError(teamProblemText(result.problem));
      if (result.kind !== 'new') return setNote(i18n.t('team.nothingYet'));
      await openPreview(result.pack, result.etag);
    });

  // The one place a downloaded pack goes to the import preview: the same PackPanel, and the same
  // item-by-item merge of a newer version, as a pack file gets; only its finished import marks this
  // version as taken in.
  async function openPreview(pack: PackFile, etag: string | null) {
    setDownloaded({ etag, preview: await previewPackImport(pack) });
  }

  const stop = () =>
    run(async () => {
      await stopTeamSharing(saved!);
      settleOpeningCheck();
      setSaved(null);
      setForm(EMPTY);
      setDownloaded(null);
      setNote(i18n.t('team.stopped'));
    });

  const publish = () =>
    run(async () => {
      const result = await teamPublish(saved!, publishFolder);
      if (!result.ok) return setError(teamProblemText(result.problem));
      settleOpeningCheck();
      show(i18n.t('team.published', { count: result.snippets ?? 0 }), 'success');
    });

  return (
    <section aria-label={i18n.t('team.heading')}>
      <h2>{i18n.t('team.heading')}</h2>
      <p className="muted">{i18n.t('team.intro')}</p>
      <label>
        {i18n.t('team.address')}
        <input type="url" value={form.url} onChange={set('url')} placeholder="https://" autoComplete="off" spellCheck={false} />
      </label>
      {address.ok && sendsPasswordInClear(address.base) && <p className="warning">{i18n.t('team.insecure')}</p>}
      <label>
        {i18n.t('team.folder')}
        <input value={form.folder} onChange={set('folder')} autoComplete="off" />
      </label>
      <div className="row">
        <label>
          {i18n.t('team.user')}
          <input value={form.user} onChange={set('user')} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          {i18n.t('team.password')}
          <input type="password" value={form.password} onChange={set('password')} autoComplete="new-password" />
        </label>
      </div>
      <div className="actions">
        <button onClick={save}>{i18n.t('team.save')}</button>
      </div>
      {saved && (
        <>
          <div className="actions">
            <button disabled={busy} onClick={() => void check()}>
              {i18n.t('team.check')}
            </button>
            <button className="primary" disabled={busy} onClick={() => void download()}>
              {i18n.t('team.download')}
            </button>
          </div>
          <FolderSelect label={i18n.t('team.publishFolder')} folders={folders} value={publishFolder} onChange={setPublishFolder} />
          <div className="actions">
            <button disabled={busy} onClick={() => void publish()}>
              {i18n.t('team.publish')}
            </button>
          </div>
          <div className="actions">
            <button disabled={busy} onClick={() => void stop()}>
              {i18n.t('team.stop')}
            </button>
          </div>
        </>
      )}
      {busy && <p role="status">{i18n.t('team.working')}</p>}
      {note && <p role="status">{note}</p>}
      <ErrorLine message={error} />
      {downloaded && (
        <PackPanel
          name={i18n.t('team.packName')}
          preview={downloaded.preview}
          onClose={() => setDownloaded(null)}
          onImported={(message, undo) => {
            const { etag } = downloaded;
            setDownloaded(null);
            settleOpeningCheck();
            // Undone, the import leaves this version new again: the next check says so.
            const noted = noteTeamImport(etag);
            show(message, 'success', { label: i18n.t('import.undo'), run: () => void undo().then(() => noted).then((unnote) => unnote()) });
          }}
        />
      )}
    </section>
  );
}
