// Create or edit a snippet. The body is template text: {{指标名}} marks where a number goes.
import { i18n } from '#i18n';
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { ConflictError } from '../lib/db/snippets.ts';
import { SNIPPET_ROLES, type Snippet, type SnippetRole } from '../lib/domain/schemas.ts';
import { roleLabel } from './labels.ts';
import { RenderedPreview } from './RenderedPreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { saveNewSnippet, saveSnippet } from './hooks/actions.ts';
import { useMetricStore } from './hooks/useLibrary.ts';
import { useCurrentPeriod } from './hooks/usePanelDatabase.ts';
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
      const saved = snippet ? await saveSnippet(snippet.id, draft(), { expectedUpdatedAt }) : await saveNewSnippet(draft());
      setConflict(null);
      show(i18n.t('snippets.saved', { title: saved.title }), 'success');
      onDone(saved);
    } catch (e) {
      if (e instanceof ConflictError) {
        setError('');
        setConflict(e.theirs);
        return;
      }
      setError(e instanceof ZodError ? e.issues.map((i) => i.message).join(i18n.t('common.errorSeparator')) : String(e));
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
    show(i18n.t('snippets.conflict.keptTheirs', { title: conflict.title }), 'success');
    onDone(conflict);
  }

  return (
    <form className="snippet-form" onSubmit={submit} aria-label={i18n.t(snippet ? 'snippets.edit' : 'snippets.new')}>
      <label>
        {i18n.t('snippets.form.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <div className="row">
        <label>
          {i18n.t('snippets.form.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as SnippetRole)}>
            {SNIPPET_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('snippets.form.folder')}
          <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={i18n.t('snippets.form.folderPlaceholder')} />
        </label>
      </div>
      <div className="field">
        <span id="body-label">{i18n.t('snippets.form.bodyHint')}</span>
        <TemplateEditor value={body} onChange={setBody} metricNames={metricNames} label={i18n.t('snippets.form.body')} />
      </div>
      {rendered && body.trim() !== '' && (
        <>
          <p className={unfilled > 0 ? 'warning' : 'muted'} aria-live="polite">
            {unfilled > 0 ? i18n.t('snippets.form.previewMissing', unfilled) : i18n.t('snippets.form.previewComplete')}
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
        <div className="conflict" role="alert" aria-label={i18n.t('snippets.conflict.label')}>
          <p className="warning">{i18n.t('snippets.conflict.message')}</p>
          <p className="muted">{i18n.t('snippets.conflict.theirsHeading')}</p>
          <blockquote aria-label={i18n.t('snippets.conflict.theirs')}>
            <strong>{conflict.title}</strong>
            {conflict.body.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
          <div className="actions">
            <button type="button" className="primary" onClick={keepMine}>
              {i18n.t('snippets.conflict.keepMine')}
            </button>
            <button type="button" onClick={keepTheirs}>
              {i18n.t('snippets.conflict.keepTheirs')}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {i18n.t('common.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
