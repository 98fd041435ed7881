// 回收站: deleted snippets wait here 30 days. Each can be put back; deleting for good asks first.
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../lib/domain/schemas.ts';
import { useStatus } from '../Status.tsx';
import { daysLeftInTrash, deleteFromTrashForever, emptyTheTrash, purgeOldTrash, putBackInTrash, restoreFromTrash, TRASH_DAYS, useTrash } from '../hooks/useTrashAndHistory.ts';
import '../import/import.css';

type Confirming = { kind: 'one'; id: string; title: string } | { kind: 'all' } | null;

export function TrashView() {
  const trash = useTrash();
  const show = useStatus();
  const [confirming, setConfirming] = useState<Confirming>(null);

  useEffect(() => {
    void purgeOldTrash();
  }, []);

  if (!trash) return <p className="muted">正在读取…</p>;

  async function restore(id: string, title: string) {
    await restoreFromTrash(id);
    show(`已恢复「${title}」。`, 'success', { label: '撤销', run: () => void putBackInTrash(id) });
  }

  async function confirm() {
    if (confirming?.kind === 'one') {
      await deleteFromTrashForever(confirming.id);
      show(`已永久删除「${confirming.title}」。`, 'info');
    } else if (confirming?.kind === 'all') {
      const n = await emptyTheTrash();
      show(`已清空回收站（${n} 个片段）。`, 'info');
    }
    setConfirming(null);
  }

  return (
    <section className="trash-view" aria-label="回收站">
      <h2>回收站</h2>
      <p className="muted">删除的片段在这里保留 {TRASH_DAYS} 天，之后自动永久删除。</p>
      {trash.length === 0 ? (
        <p className="empty">回收站是空的。</p>
      ) : (
        <>
          <ul className="trash-list" aria-label="回收站中的片段">
            {trash.map((s) => (
              <li key={s.id}>
                <span className="role">{ROLE_LABELS[s.role]}</span>
                <span className="title">{s.title}</span>
                <span className="muted">{daysLeftInTrash(s)} 天后删除</span>
                <span className="row-actions">
                  <button onClick={() => void restore(s.id, s.title)} aria-label={`恢复「${s.title}」`}>
                    恢复
                  </button>
                  <button className="danger" onClick={() => setConfirming({ kind: 'one', id: s.id, title: s.title })} aria-label={`永久删除「${s.title}」`}>
                    永久删除
                  </button>
                </span>
                {confirming?.kind === 'one' && confirming.id === s.id && <Confirm text={`确定永久删除「${s.title}」吗？删除后不能恢复。`} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button className="danger" onClick={() => setConfirming({ kind: 'all' })}>
              清空回收站
            </button>
          </div>
          {confirming?.kind === 'all' && <Confirm text={`确定永久删除回收站里的全部 ${trash.length} 个片段吗？删除后不能恢复。`} onYes={() => void confirm()} onNo={() => setConfirming(null)} />}
        </>
      )}
    </section>
  );
}

function Confirm({ text, onYes, onNo }: { text: string; onYes: () => void; onNo: () => void }) {
  return (
    <div className="confirm" role="alertdialog" aria-label="确认永久删除">
      <p>{text}</p>
      <div className="actions">
        <button className="primary" onClick={onYes}>
          确定删除
        </button>
        <button onClick={onNo} autoFocus>
          取消
        </button>
      </div>
    </div>
  );
}
