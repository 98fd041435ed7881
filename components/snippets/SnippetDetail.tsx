// The selected snippet: its filled preview, what is still missing, and the actions on it.
import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { isBuiltinName, renderedParagraphs, unfilledOf } from '../../lib/domain/template/index.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { FillForm } from '../common/FillForm.tsx';
import { roleLabel } from '../common/labels.ts';
import { RenderedPreview } from '../common/RenderedPreview.tsx';
import { problemText } from '../common/problemText.ts';
import { recordSnippetUse, rememberChoices, restoreSnippet, saveTypedValues, trashSnippet } from '../hooks/actions.ts';
import { useFillIns, useLastChoices } from '../hooks/useFillIns.ts';
import { useInsert } from '../hooks/useInsert.ts';
import { useInsertIndent, useMetricStore, useTakenPack } from '../hooks/useLibrary.ts';
import { PackNote } from '../common/PackNote.tsx';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { FormatChoice } from '../common/FormatChoice.tsx';
import { fillKey, typedValue, useRendered, type FillValues } from '../hooks/useRendered.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { UnfilledWarning, unfilledNote } from '../common/UnfilledWarning.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { applyFixes } from '../../lib/domain/proofread/index.ts';
import { CorrectedPreview } from '../proofread/CorrectedPreview.tsx';
import { ProofreadFindings } from '../proofread/ProofreadFindings.tsx';

const RevisionHistory = lazy(() => import('../trash/RevisionHistory.tsx').then((m) => ({ default: m.RevisionHistory })));

/** An insert (Enter) or a copy (Ctrl/⌘+Enter) asked for from the list's search box. */
export interface KeyAction {
  snippetId: string;
  copy: boolean;
}

interface Props {
  snippet: Snippet;
  /** Run once, as soon as the preview is ready (a snippet chosen by that very Enter is not yet). */
  keyAction?: KeyAction | null;
  /** Called as `keyAction` runs: the list then drops it, so it never runs again. */
  onKeyActionTaken?: () => void;
  onEdit: () => void;
  /** A snippet taken from a pack is not edited in place (it follows the pack): this makes the user's own copy and opens it for editing. */
  onEditCopy: () => Promise<unknown>;
  /** Writes the ★ change; a failure is shown here, at the button. */
  onToggleFavorite: () => Promise<unknown>;
  onDeleted: () => void;
  /** In the user's own order: move this snippet up (-1) or down (+1). */
  onMove?: (step: -1 | 1) => void;
  /** What the search found in the paragraph, marked in the preview. */
  found?: readonly string[];
}

export function SnippetDetail({ snippet, keyAction, onKeyActionTaken, onEdit, onEditCopy, onToggleFavorite, onDeleted, onMove, found }: Props) {
  const period = useCurrentPeriod();
  const [fill, setFill] = useState<FillValues>({});
  const [saveFill, setSaveFill] = useState(true);
  // The words picked in the fill form, over the ones last used for this snippet; a part switched
  // off is off for this insert only.
  const lastChoices = useLastChoices(snippet.id);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [off, setOff] = useState<string[]>([]);
  const choices = useMemo(() => (lastChoices ? { ...lastChoices, ...picked } : undefined), [lastChoices, picked]);
  const fillIns = useFillIns(snippet.body, snippet.title, { choices, off });
  const view = useRendered(snippet.body, useMetricStore(), period, fill, choices ? fillIns : null);
  const show = useStatus();
  const pack = useTakenPack(snippet.origin?.pack);
  const { busy, insert: insertText, copy: copyText } = useInsert();
  const indent = useInsertIndent();
  // A failed ★ or delete is said under the action buttons.
  const acting = useWrite();
  const [history, setHistory] = useState(false);
  // Fixes chosen from 校对, on the text as rendered from `from`: a new rendering drops them.
  const [corrected, setCorrected] = useState<{ from: string; text: string } | null>(null);
  const ready = Boolean(view && period);
  // The action already run: an effect may run twice (React's StrictMode) before the list drops it.
  const taken = useRef<KeyAction | null>(null);
  const runKeyAction = useEffectEvent((action: KeyAction) => {
    taken.current = action;
    onKeyActionTaken?.();
    void (action.copy ? copy() : insert());
  });
  useEffect(() => {
    if (ready && keyAction && keyAction !== taken.current && keyAction.snippetId === snippet.id) runKeyAction(keyAction);
    // An effect event is no dependency; this version of the lint rule does not know useEffectEvent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, keyAction, snippet.id]);
  if (!view || !period) return null;
  const { result: rendered, warnings, needed: toFill } = view;
  const renderedText = renderedParagraphs(rendered).join('\n');
  const text = corrected?.from === renderedText ? corrected.text : renderedText;
  const paragraphs = text.split('\n');
  // A missing value's 【名称】 is asked for in the fill form: 校对 does not say it again.
  const marks = rendered.paragraphs.flat().flatMap((s) => (s.kind === 'missing' || s.kind === 'error' ? [s.text] : []));
  // The fill form (and the warnings below it) say before inserting what is missing; the status
  // line says it again after, in the words every insert path uses.
  const missingNote = unfilledNote(unfilledOf([rendered]));

  /** Keeps the values typed in the fill form, if the user asked to, and the words picked. */
  async function keepTypedValues() {
    await rememberChoices(snippet.id, Object.fromEntries(rendered.choices.map((c) => [c.key, c.chosen])));
    if (!saveFill) return;
    // 单位, 今天 … typed here fill this insert only: they are no metric of the notebook.
    const entries = toFill.filter((ref) => !isBuiltinName(ref.name)).flatMap((ref) => {
      const value = typedValue(fill[fillKey(ref.name, ref.period)] ?? '');
      return value ? [{ name: ref.name, period: ref.period, value: value.value }] : [];
    });
    if (entries.length === 0) return;
    await saveTypedValues(entries);
    setFill({});
  }

  async function insert() {
    const words = {
      inserted: i18n.t('snippets.inserted', paragraphs.length) + missingNote,
      copiedInstead: (reason: string) => i18n.t('common.copiedInstead', { reason }) + missingNote,
      unfilled: missingNote !== '',
    };
    await insertText(paragraphs, words, { used: () => recordSnippetUse(snippet.id), inserted: keepTypedValues });
  }

  async function copy() {
    try {
      await copyText(paragraphs);
      show(i18n.t('snippets.copied', paragraphs.length) + missingNote, missingNote ? 'warning' : 'success');
      await recordSnippetUse(snippet.id);
      await keepTypedValues();
    } catch {
      show(i18n.t('common.copyFailed'), 'error');
    }
  }

  async function remove() {
    const done = await acting.run(() => trashSnippet(snippet.id), { didNot: i18n.t('write.didNot.delete', { title: snippet.title }) });
    if (!done.ok) return;
    onDeleted();
    show(i18n.t('snippets.deleted', { title: snippet.title }), 'info', { label: i18n.t('common.undo'), run: () => void restoreSnippet(snippet.id) });
  }

  return (
    <article className="detail" aria-label={i18n.t('snippets.detail', { title: snippet.title })}>
      <h2>
        <span className="role">{roleLabel(snippet.role)}</span> {snippet.title}
      </h2>
      {text === renderedText ? (
        <RenderedPreview result={rendered} indent={indent} found={found} />
      ) : (
        <CorrectedPreview paragraphs={paragraphs} indent={indent} onUndo={() => setCorrected(null)} />
      )}
      {snippet.origin && <PackNote pack={pack} />}
      {snippet.source && <p className="muted small source">{i18n.t('snippets.source', { source: snippet.source })}</p>}
      <FillForm
        missing={toFill}
        values={fill}
        onChange={setFill}
        save={saveFill}
        onSaveChange={setSaveFill}
        reportPeriod={period}
        choices={rendered.choices}
        onPick={(key, word) => setPicked({ ...picked, [key]: word })}
        optionals={rendered.optionals}
        off={off}
        onOffChange={setOff}
      />
      {/* Missing values are asked for in the fill form; values that cannot be written, and sample figures, are said here. */}
      <UnfilledWarning unfilled={{ missing: [], errors: rendered.valueErrors.map((e) => e.problem), samples: rendered.samples }} />
      {warnings.filter((w) => w.kind !== 'unfilled').length > 0 && (
        <ul className="warnings" aria-label={i18n.t('snippets.warnings')}>
          {warnings
            .filter((w) => w.kind !== 'unfilled')
            .map((w, i) => (
              <li key={i} className="warning">
                {problemText(w.problem)}
              </li>
            ))}
        </ul>
      )}
      {rendered.errors.length > 0 && (
        <p className="warning" role="note">
          {i18n.t('snippets.templateErrors', rendered.errors.length, { message: problemText(rendered.errors[0]!.problem) })}
        </p>
      )}
      <FormatChoice />
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void insert()}>
          {i18n.t('snippets.insert')}
        </button>
        <button onClick={() => void copy()}>{i18n.t('snippets.copy')}</button>
        {snippet.origin ? (
          <>
            <button onClick={() => void acting.run(onEditCopy, { didNot: i18n.t('write.didNot.snippet', { title: snippet.title }) })}>{i18n.t('snippets.editOwnCopy')}</button>
            <button onClick={onEdit}>{i18n.t('snippets.editInPlace')}</button>
          </>
        ) : (
          <button onClick={onEdit}>{i18n.t('common.edit')}</button>
        )}
        <button aria-pressed={snippet.favorite} onClick={() => void acting.run(onToggleFavorite, { didNot: i18n.t('write.didNot.favorite') })}>
          {i18n.t(snippet.favorite ? 'snippets.favorited' : 'snippets.favorite')}
        </button>
        {onMove && (
          <>
            <button onClick={() => onMove(-1)}>{i18n.t('snippets.moveUp')}</button>
            <button onClick={() => onMove(1)}>{i18n.t('snippets.moveDown')}</button>
          </>
        )}
        <button className="danger" onClick={() => void remove()}>
          {i18n.t('common.delete')}
        </button>
        <button className="link" aria-expanded={history} onClick={() => setHistory(!history)}>
          {i18n.t('snippets.history')}
        </button>
      </div>
      <ErrorLine id={acting.alertId} message={acting.message} />
      <ProofreadFindings text={text} known={marks} onFix={(chosen) => setCorrected({ from: renderedText, text: applyFixes(text, chosen) })} />
      {history && (
        <Suspense fallback={<p className="muted">{i18n.t('common.loading')}</p>}>
          <RevisionHistory snippetId={snippet.id} />
        </Suspense>
      )}
    </article>
  );
}
