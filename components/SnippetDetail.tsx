// The selected snippet: its filled preview, what is still missing, and the actions on it.
import { useState } from 'react';
import { copyParagraphs } from '../lib/insertion/clipboard.ts';
import { insertIntoPage } from '../lib/messaging/insertFromPanel.ts';
import { renderedParagraphs } from '../lib/domain/template/index.ts';
import { ROLE_LABELS, type Snippet } from '../lib/domain/schemas.ts';
import { RenderedPreview } from './RenderedPreview.tsx';
import { recordSnippetUse, restoreSnippet, trashSnippet } from './hooks/actions.ts';
import { useCurrentPeriod, useMetricStore } from './hooks/useLibrary.ts';
import { useRendered } from './hooks/useRendered.ts';
import { useStatus } from './Status.tsx';

interface Props {
  snippet: Snippet;
  onEdit: () => void;
  onDeleted: () => void;
}

export function SnippetDetail({ snippet, onEdit, onDeleted }: Props) {
  const rendered = useRendered(snippet.body, useMetricStore(), useCurrentPeriod());
  const show = useStatus();
  const [busy, setBusy] = useState(false);
  if (!rendered) return null;
  const paragraphs = renderedParagraphs(rendered);
  const missingNote = rendered.missing.length > 0 ? `有 ${rendered.missing.length} 个空位没有数值，已用【】标出。` : '';

  async function insert() {
    setBusy(true);
    try {
      const outcome = await insertIntoPage(paragraphs, 'rich');
      if (outcome.kind === 'inserted') {
        show(`已插入 ${paragraphs.length} 段。${missingNote}`, missingNote ? 'warning' : 'success');
        await recordSnippetUse(snippet.id);
      } else if (outcome.kind === 'copied') {
        show(`${outcome.reason}已复制，请在编辑器中按 Ctrl+V 粘贴。`, 'warning');
        await recordSnippetUse(snippet.id);
      } else show(outcome.reason, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    try {
      await copyParagraphs(paragraphs);
      show(`已复制 ${paragraphs.length} 段，可按 Ctrl+V 粘贴。${missingNote}`, 'success');
      await recordSnippetUse(snippet.id);
    } catch {
      show('复制失败：浏览器没有允许写入剪贴板。', 'error');
    }
  }

  async function remove() {
    await trashSnippet(snippet.id);
    onDeleted();
    show(`已删除「${snippet.title}」。`, 'info', { label: '撤销', run: () => void restoreSnippet(snippet.id) });
  }

  return (
    <article className="detail" aria-label={`片段：${snippet.title}`}>
      <h2>
        <span className="role">{ROLE_LABELS[snippet.role]}</span> {snippet.title}
      </h2>
      <RenderedPreview result={rendered} />
      {rendered.missing.length > 0 && (
        <p className="warning" role="note">
          缺少数值：{rendered.missing.join('、')}（可在“指标”里填写）
        </p>
      )}
      {rendered.errors.length > 0 && (
        <p className="warning" role="note">
          模板有 {rendered.errors.length} 处写法错误：{rendered.errors[0]!.message}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void insert()}>
          插入
        </button>
        <button onClick={() => void copy()}>复制</button>
        <button onClick={onEdit}>编辑</button>
        <button className="danger" onClick={() => void remove()}>
          删除
        </button>
      </div>
    </article>
  );
}
