// A snippet's earlier versions (kept on each edit of its title or words), newest first; any one can
// be put back, and putting it back can be undone.
import { useState } from 'react';
import { useStatus } from '../Status.tsx';
import { restoreRevisionWithUndo, useRevisions } from '../hooks/useTrashAndHistory.ts';
import '../import/import.css';

const formatTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export interface RevisionHistoryProps {
  snippetId: string;
}

export function RevisionHistory({ snippetId }: RevisionHistoryProps) {
  const revisions = useRevisions(snippetId);
  const show = useStatus();
  const [error, setError] = useState('');
  if (!revisions) return null;

  async function restore(id: number, time: string) {
    setError('');
    try {
      const undo = await restoreRevisionWithUndo(id);
      show(`已恢复到 ${time} 之前的版本。`, 'success', { label: '撤销', run: () => void undo() });
    } catch (e) {
      setError(`${e instanceof Error ? e.message : String(e)} 片段没有改动。`);
    }
  }

  return (
    <section className="revision-history" aria-label="历史版本">
      <h3>历史版本</h3>
      {revisions.length === 0 ? (
        <p className="muted">还没有历史版本。修改标题或正文并保存后，修改前的样子会留在这里。</p>
      ) : (
        <ul className="revision-list">
          {revisions.map((r) => {
            const time = formatTime(r.savedAt);
            return (
              <li key={r.id}>
                <details className="title">
                  <summary>
                    {time} 前：{r.title}
                  </summary>
                  <div className="preview">
                    {r.body.split('\n').map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                </details>
                <button onClick={() => void restore(r.id!, time)} aria-label={`恢复 ${time} 之前的版本`}>
                  恢复此版本
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
