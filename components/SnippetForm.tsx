// Create or edit a snippet. The body is template text: {{指标名}} marks where a number goes.
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { ROLE_LABELS, SNIPPET_ROLES, type Snippet, type SnippetRole } from '../lib/domain/schemas.ts';
import { RenderedPreview } from './RenderedPreview.tsx';
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
  const rendered = useRendered(body, useMetricStore(), useCurrentPeriod());
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
      <label>
        正文（每行一段；数字处写 {'{{指标名}}'}）
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={8} />
      </label>
      {rendered && body.trim() !== '' && <RenderedPreview result={rendered.result} />}
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
