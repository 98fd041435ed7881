// Create or edit a snippet. The body is template text: {{指标名}} marks where a number goes.
// An edit writes only the fields it changed, so what another window changed meanwhile (a ★, tags)
// survives; when the save cannot happen, what was typed stays in the form with the reason and a
// way on (保留我的 / 恢复并保存 / 另存为新片段).
import { i18n } from '#i18n';
import { useMemo, useState, type FormEvent } from 'react';
import { renderedParagraphs, renderTemplate } from '../../lib/domain/template/index.ts';
import { editedFields } from '../../lib/domain/editedFields.ts';
import type { Snippet, SnippetRole } from '../../lib/domain/schemas.ts';
import type { WriteFailure } from '../../lib/db/writeFailure.ts';
import { RoleSelect } from '../common/RoleSelect.tsx';
import { RenderedPreview } from '../common/RenderedPreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { saveNewSnippet, saveSnippet } from '../hooks/actions.ts';
import { useMetricStore } from '../hooks/useLibrary.ts';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { useRendered, type FillIns } from '../hooks/useRendered.ts';
import { useFillIns, useSnippetTitles } from '../hooks/useFillIns.ts';
import { problemText } from '../common/problemText.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureText } from '../common/writeFailureText.ts';

interface Props {
  snippet: Snippet | null;
  onDone: (saved: Snippet | null) => void;
}

/** What another window did that stops this save, and what the form then offers. */
type Blocked = { kind: 'conflict'; theirs: Snippet } | { kind: 'trashed'; theirs: Snippet } | { kind: 'missing' };
const ANSWERED: WriteFailure[] = ['conflict', 'trashed', 'missing'];

/** The editor's examples: a fill-in rendered with the user's period, profile and clock; '' when
 * it has no value yet (a profile field not typed). */
function sampler(period: string | undefined, fillIns: FillIns | null) {
  return (source: string): string => {
    if (!period || !fillIns) return '';
    const result = renderTemplate(source, { ...fillIns, period, lookup: () => undefined });
    return result.missing.length > 0 || result.valueErrors.length > 0 ? '' : renderedParagraphs(result).join('');
  };
}

export function SnippetForm({ snippet, onDone }: Props) {
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [body, setBody] = useState(snippet?.body ?? '');
  const [role, setRole] = useState<SnippetRole>(snippet?.role ?? 'work');
  const [folder, setFolder] = useState(snippet?.folder ?? '');
  // The version this edit started from; another panel saving the snippet meanwhile is a conflict.
  const [base, setBase] = useState(snippet?.updatedAt);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const write = useWrite();
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const fillIns = useFillIns(body, title.trim());
  const rendered = useRendered(body, store, period, undefined, fillIns);
  const sample = useMemo(() => sampler(period, fillIns), [period, fillIns]);
  // A snippet that would include itself, directly or through others, is refused: it could never
  // be inserted. The slot that starts the cycle is marked in the editor.
  const cycle = rendered?.result.valueErrors.find((e) => e.problem.code === 'template.includeCycle');
  const metricNames = store?.metrics.map((m) => m.name) ?? [];
  const snippetTitles = useSnippetTitles(snippet?.id);
  const unfilled = rendered?.result.missing.length ?? 0;
  const show = useStatus();
  const conflict = blocked?.kind === 'conflict' ? blocked.theirs : null;

  const draft = () => ({ title, body, role, folder: folder.trim(), tags: snippet?.tags ?? [], favorite: snippet?.favorite ?? false });
  const words = () => ({ didNot: i18n.t('write.didNot.snippet', { title: title.trim() }), kept: true });

  async function finish(run: () => Promise<Snippet>, message: (saved: Snippet) => string) {
    const done = await write.run(run, words(), { handles: ANSWERED });
    if (done.ok) {
      setBlocked(null);
      show(message(done.value), 'success');
      onDone(done.value);
      return;
    }
    const theirs = (done.error as { theirs?: Snippet }).theirs;
    if ((done.code === 'conflict' || done.code === 'trashed') && theirs) setBlocked({ kind: done.code, theirs });
    else if (done.code === 'missing') setBlocked({ kind: 'missing' });
  }

  const saved = (s: Snippet) => i18n.t('snippets.saved', { title: s.title });

  /** Only what this form changed is written: the other fields stay as they are stored. */
  function save(expectedUpdatedAt: number | undefined, restore = false) {
    if (!snippet) return finish(() => saveNewSnippet(draft()), saved);
    const { title: t, body: b, role: r, folder: f, tags, favorite } = snippet;
    const changes = editedFields({ title: t, body: b, role: r, folder: f, tags, favorite }, draft());
    return finish(() => saveSnippet(snippet.id, changes, { expectedUpdatedAt, restore }), restore ? (s) => i18n.t('write.restoredAndSaved', { title: s.title }) : saved);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (cycle) return;
    void save(base);
  }

  /** Keep mine: the fields this edit changed go over the other version; the rest stay theirs. */
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

  /** Deleted in another window: bring it back out of the trash with this edit. */
  function restoreAndSave() {
    if (blocked?.kind !== 'trashed') return;
    setBase(blocked.theirs.updatedAt);
    void save(blocked.theirs.updatedAt, true);
  }

  /** Gone from the library (a backup replaced it elsewhere): keep what was written as a new snippet. */
  const saveAsNew = () => void finish(() => saveNewSnippet(draft()), saved);

  return (
    <form className="snippet-form" onSubmit={submit} aria-label={i18n.t(snippet ? 'snippets.edit' : 'snippets.new')}>
      <label>
        {i18n.t('snippets.form.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <div className="row">
        <label>
          {i18n.t('snippets.form.role')}
          <RoleSelect value={role} onChange={setRole} />
        </label>
        <label>
          {i18n.t('snippets.form.folder')}
          <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={i18n.t('snippets.form.folderPlaceholder')} />
        </label>
      </div>
      <div className="field">
        <span id="body-label">{i18n.t('snippets.form.bodyHint')}</span>
        <TemplateEditor
          value={body}
          onChange={setBody}
          metricNames={metricNames}
          snippetTitles={snippetTitles}
          problems={rendered?.result.valueErrors}
          sample={sample}
          label={i18n.t('snippets.form.body')}
        />
      </div>
      {cycle && (
        <p className="warning" role="alert">
          {problemText(cycle.problem)}
        </p>
      )}
      {rendered && body.trim() !== '' && (
        <>
          <p className={unfilled > 0 ? 'warning' : 'muted'} aria-live="polite">
            {unfilled > 0 ? i18n.t('snippets.form.previewMissing', unfilled) : i18n.t('snippets.form.previewComplete')}
          </p>
          <RenderedPreview result={rendered.result} />
        </>
      )}
      <ErrorLine id={write.alertId} message={write.message} />
      {blocked && blocked.kind !== 'conflict' && (
        <div className="conflict" role="alert">
          <p className="warning">{failureText(blocked.kind, words())}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={blocked.kind === 'trashed' ? restoreAndSave : saveAsNew}>
              {i18n.t(blocked.kind === 'trashed' ? 'write.restoreAndSave' : 'write.saveAsNew')}
            </button>
          </div>
        </div>
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
