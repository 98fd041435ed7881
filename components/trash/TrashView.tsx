// 回收站: deleted snippets, reports and word lists wait here 30 days. Each can be put back;
// deleting for good asks first.
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { roleLabel } from '../common/labels.ts';
import { useStatus } from '../app/Status.tsx';
import { Confirm } from '../common/Confirm.tsx';
import { daysLeftInTrash, deleteFromTrashForever, emptyTheTrash, purgeOldTrash, putBackInTrash, restoreFromTrash, TRASH_DAYS, useTrash } from '../hooks/useTrashAndHistory.ts';
import { deleteReportForever, restoreReport, trashReport, useTrashedReports } from '../hooks/useReports.ts';
import { deleteWordListForever, restoreWordList, trashWordList, useTrashedWordLists } from '../hooks/useWordLists.ts';
import '../import/import.css';

type Confirming = { kind: 'one' | 'report' | 'wordList'; id: string; title: string } | { kind: 'all' } | null;

export function TrashView() {
  const trash = useTrash();
  const reports = useTrashedReports();
  const wordLists = useTrashedWordLists();
  const show = useStatus();
  const [confirming, setConfirming] = useState<Confirming>(null);

  useEffect(() => {
    void purgeOldTrash();
  }, []);

  if (!trash || !reports || !wordLists) return <p className="muted">{i18n.t('common.loading')}</p>;

  async function restore(id: string, title: string) {
    await restoreFromTrash(id);
    show(i18n.t('trash.restored', { title }), 'success', { label: i18n.t('common.undo'), run: () => void putBackInTrash(id) });
  }

  async function restoreOneReport(id: string, title: string) {
    await restoreReport(id);
    show(i18n.t('trash.restored', { title }), 'success', { label: i18n.t('common.undo'), run: () => void trashReport(id) });
  }

  async function restoreOneWordList(id: string, title: string) {
    await restoreWordList(id);
    show(i18n.t('trash.restored', { title }), 'success', { label: i18n.t('common.undo'), run: () => void trashWordList(id) });
  }

  async function confirm() {
    if (confirming?.kind === 'wordList') {
      await deleteWordListForever(confirming.id);
      show(i18n.t('trash.deleted', { title: confirming.title }), 'info');
    } else if (confirming?.kind === 'report') {
      await deleteReportForever(confirming.id);
      show(i18n.t('trash.deleted', { title: confirming.title }), 'info');
    } else if (confirming?.kind === 'one') {
      await deleteFromTrashForever(confirming.id);
      show(i18n.t('trash.deleted', { title: confirming.title }), 'info');
    } else if (confirming?.kind === 'all') {
      const n = await emptyTheTrash();
      show(i18n.t('trash.emptied', n), 'info');
    }
    setConfirming(null);
  }

  return (
    <section className="trash-view" aria-label={i18n.t('trash.title')}>
      <h2>{i18n.t('trash.title')}</h2>
      <p className="muted">{i18n.t('trash.retention', { days: TRASH_DAYS })}</p>
      {trash.length + reports.length + wordLists.length === 0 ? (
        <p className="empty">{i18n.t('trash.empty')}</p>
      ) : (
        <>
          {reports.length > 0 && (
            <ul className="trash-list" aria-label={i18n.t('trash.reportList')}>
              {reports.map((r) => {
                const title = r.title || i18n.t('report.untitled');
                return (
                  <li key={r.id}>
                    <span className="role">{i18n.t('trash.reportKind')}</span>
                    <span className="title">{title}</span>
                    <span className="muted">{i18n.t('trash.daysLeft', daysLeftInTrash(r))}</span>
                    <span className="row-actions">
                      <button onClick={() => void restoreOneReport(r.id, title)} aria-label={i18n.t('trash.restoreNamed', { title })}>
                        {i18n.t('trash.restore')}
                      </button>
                      <button className="danger" onClick={() => setConfirming({ kind: 'report', id: r.id, title })} aria-label={i18n.t('trash.deleteForeverNamed', { title })}>
                        {i18n.t('trash.deleteForever')}
                      </button>
                    </span>
                    {confirming?.kind === 'report' && confirming.id === r.id && <Confirm label={i18n.t('trash.confirmLabel')} text={i18n.t('trash.confirmReport', { title })} yes={i18n.t('trash.confirmYes')} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
                  </li>
                );
              })}
            </ul>
          )}
          {wordLists.length > 0 && (
            <ul className="trash-list" aria-label={i18n.t('trash.wordListList')}>
              {wordLists.map((l) => (
                <li key={l.id}>
                  <span className="role">{i18n.t('trash.wordListKind')}</span>
                  <span className="title">{l.name}</span>
                  <span className="muted">{i18n.t('trash.daysLeft', daysLeftInTrash(l))}</span>
                  <span className="row-actions">
                    <button onClick={() => void restoreOneWordList(l.id, l.name)} aria-label={i18n.t('trash.restoreNamed', { title: l.name })}>
                      {i18n.t('trash.restore')}
                    </button>
                    <button className="danger" onClick={() => setConfirming({ kind: 'wordList', id: l.id, title: l.name })} aria-label={i18n.t('trash.deleteForeverNamed', { title: l.name })}>
                      {i18n.t('trash.deleteForever')}
                    </button>
                  </span>
                  {confirming?.kind === 'wordList' && confirming.id === l.id && <Confirm label={i18n.t('trash.confirmLabel')} text={i18n.t('trash.confirmWordList', { title: l.name })} yes={i18n.t('trash.confirmYes')} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
                </li>
              ))}
            </ul>
          )}
          {trash.length > 0 && (
          <ul className="trash-list" aria-label={i18n.t('trash.list')}>
            {trash.map((s) => (
              <li key={s.id}>
                <span className="role">{roleLabel(s.role)}</span>
                <span className="title">{s.title}</span>
                <span className="muted">{i18n.t('trash.daysLeft', daysLeftInTrash(s))}</span>
                <span className="row-actions">
                  <button onClick={() => void restore(s.id, s.title)} aria-label={i18n.t('trash.restoreNamed', { title: s.title })}>
                    {i18n.t('trash.restore')}
                  </button>
                  <button className="danger" onClick={() => setConfirming({ kind: 'one', id: s.id, title: s.title })} aria-label={i18n.t('trash.deleteForeverNamed', { title: s.title })}>
                    {i18n.t('trash.deleteForever')}
                  </button>
                </span>
                {confirming?.kind === 'one' && confirming.id === s.id && <Confirm label={i18n.t('trash.confirmLabel')} text={i18n.t('trash.confirmOne', { title: s.title })} yes={i18n.t('trash.confirmYes')} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
              </li>
            ))}
          </ul>
          )}
          <div className="actions">
            <button className="danger" onClick={() => setConfirming({ kind: 'all' })}>
              {i18n.t('trash.emptyTrash')}
            </button>
          </div>
          {confirming?.kind === 'all' && <Confirm label={i18n.t('trash.confirmLabel')} text={i18n.t('trash.confirmAll', trash.length + reports.length + wordLists.length)} yes={i18n.t('trash.confirmYes')} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
        </>
      )}
    </section>
  );
}
