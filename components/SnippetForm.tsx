// Create or edit a snippet. The body is template text: {{指标名}} marks where a number goes.
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { ROLE_LABELS, SNIPPET_ROLES, type Snippet, type SnippetRole } from '../lib/domain/schemas.ts';
import { RenderedPreview } from './RenderedPreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { saveNewSnippet, saveSnippet } from './hooks/actions.ts';
import { useCurrentPeriod, useMetricStore } from './hooks/useLibrary.ts';
import { useRendered } from './hooks/useRendered.ts';
import { useStatus } from './Status.tsx';

interface Props {
  snippet: Snippet | null;
  onDone: (saved: Snippet | null) => void;
}

export function SnippetForm({ snippet, onDone }: Props) {
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [body, setBody] = useState(snippet?.body ?? '');
  const [role, setRole] = useState<SnippetRole>(snippet?.role ?? 'work');
  const [folder, setFolder] = useState(snippet?.folder ?? '');
  const [error, setError] = useState('');
  const store = useMetricStore();
  const rendered = useRendered(body, store, useCurrentPeriod());
  const metricNames = store?.metrics.map((m) => m.name) ?? [];
  const unfilled = rendered?.result.missing.length ?? 0;
  const show = useStatus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft = { title, body, role, folder: folder.trim(), tags: snippet?.tags ?? [], favorite: snippet?.favorite ?? false };
    try {
      const saved = snippet ? await saveSnippet(snippet.id, draft) : await saveNewSnippet(draft);
      show(`已保存「${saved.title}」。`, 'success');
      onDone(saved);
    } catch (e) {
      setError(e instanceof ZodError ? e.issues.map((i) => i.message).join('；') : String(e));
    }
  }

  return (
    <form className="snippet-form" onSubmit={(e) => void submit(e)} aria-label={snippet ? '编辑片段' : '新建片段'}>
      <label>
        标题
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <div className="row">
        <label>
          类别
          <select value={role} onChange={(e) => setRole(e.target.value as SnippetRole)}>
            {SNIPPET_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          文件夹
          <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="如 述职报告/党建" />
        </label>
      </div>
      <div className="field">
        <span id="body-label">正文（每行一段；数字处写 {'{{指标名}}'}，输入 {'{{'} 可选指标）</span>
        <TemplateEditor value={body} onChange={setBody} metricNames={metricNames} label="正文" />
      </div>
      {rendered && body.trim() !== '' && (
        <>
          <p className={unfilled > 0 ? 'warning' : 'muted'} aria-live="polite">
            {unfilled > 0 ? `预览（本期还有 ${unfilled} 个空位没有数值）` : '预览（所有空位都有数值）'}
          </p>
          <RenderedPreview result={rendered.result} />
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          保存
        </button>
        <button type="button" onClick={() => onDone(null)}>
          取消
        </button>
      </div>
    </form>
  );
}
