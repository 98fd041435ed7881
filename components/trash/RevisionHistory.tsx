// A snippet's earlier versions (kept on each edit of its title or words), newest first; any one can
// be put back, and putting it back can be undone.
import { i18n } from '#i18n';
import { dateTimeName } from '../common/labels.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { restoreRevisionWithUndo, useRevisions } from '../hooks/useTrashAndHistory.ts';
import '../import/import.css';

export interface RevisionHistoryProps {
  snippetId: string;
}

export function RevisionHistory({ snippetId }: RevisionHistoryProps) {
  const revisions = useRevisions(snippetId);
  const show = useStatus();
  const write = useWrite();
  if (!revisions) return null;

  async function restore(id: number, time: string) {
    const done = await write.run(() => restoreRevisionWithUndo(id), { didNot: i18n.t('write.didNot.revision', { time }) });
    if (done.ok) show(i18n.t('history.restored', { time }), 'success', { label: i18n.t('common.undo'), run: () => void done.value() });
  }

  return (
    <section className="revision-history" aria-label={i18n.t('snippets.history')}>
      <h3>{i18n.t('snippets.history')}</h3>
      {revisions.length === 0 ? (
        <p className="muted">{i18n.t('history.none')}</p>
      ) : (
        <ul className="revision-list">
          {revisions.map((r) => {
            const time = dateTimeName(r.savedAt);
            return (
              <li key={r.id}>
                <details className="title">
                  <summary>
                    {i18n.t('history.before', { time, title: r.title })}
                  </summary>
                  <div className="preview">
                    {r.body.split('\n').map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                </details>
                <button onClick={() => void restore(r.id!, time)} aria-label={i18n.t('history.restoreLabel', { time })}>
                  {i18n.t('history.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorLine id={write.alertId} message={write.message} />
    </section>
  );
}
