// Create or edit a snippet. The body is template text: {{指标名}} marks where a number goes.
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { database } from '../lib/db/database.ts';
import { ConflictError, updateSnippet } from '../lib/db/snippets.ts';
import { ROLE_LABELS, SNIPPET_ROLES, type Snippet, type SnippetRole } from '../lib/domain/schemas.ts';
import { RenderedPreview } from './RenderedPreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { saveNewSnippet } from './hooks/actions.ts';
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
  // The version this edit started from; another panel saving the snippet meanwhile is a conflict.
  const [base, setBase] = useState(snippet?.updatedAt);
  const [conflict, setConflict] = useState<Snippet | null>(null);
  const store = useMetricStore();
  const rendered = useRendered(body, store, useCurrentPeriod());
  const metricNames = store?.metrics.map((m) => m.name) ?? [];
  const unfilled = rendered?.result.missing.length ?? 0;
  const show = useStatus();

  const draft = () => ({ title, body, role, folder: folder.trim(), tags: snippet?.tags ?? [], favorite: snippet?.favorite ?? false });

  async function save(expectedUpdatedAt: number | undefined) {
    try {
      const saved = snippet ? await updateSnippet(database(), snippet.id, draft(), { expectedUpdatedAt }) : await saveNewSnippet(draft());
      setConflict(null);
      show(`已保存「${saved.title}」。`, 'success');
      onDone(saved);
    } catch (e) {
      if (e instanceof ConflictError) {
        setError('');
        setConflict(e.theirs);
        return;
      }
      setError(e instanceof ZodError ? e.issues.map((i) => i.message).join('；') : String(e));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(base);
  }

  /** Keep mine: save this edit over the other one (which stays in the revision history). */
  function keepMine() {
    if (!conflict) return;
    setBase(conflict.updatedAt);
    void save(conflict.updatedAt);
  }

  /** Keep theirs: drop this edit; the stored version is the other one. */
  function keepTheirs() {
    if (!conflict) return;
    show(`已采用别处保存的「${conflict.title}」。`, 'success');
    onDone(conflict);
  }

  return (
    <form className="snippet-form" onSubmit={submit} aria-label={snippet ? '编辑片段' : '新建片段'}>
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
      {conflict && (
        <div className="conflict" role="alert" aria-label="修改冲突">
          <p className="warning">这段内容已在别处修改（可能是另一个窗口的侧边栏）。要保留哪一版？</p>
          <p className="muted">别处保存的版本：</p>
          <blockquote aria-label="别处保存的版本">
            <strong>{conflict.title}</strong>
            {conflict.body.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
          <div className="actions">
            <button type="button" className="primary" onClick={keepMine}>
              保留我的
            </button>
            <button type="button" onClick={keepTheirs}>
              采用对方的
            </button>
          </div>
        </div>
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
