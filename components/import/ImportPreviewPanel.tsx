// The import preview: each proposed snippet (include, title, category, body with slots), the
// lines removed as advertising (each can be kept) and the doubtful ones (each can be removed), and the slots found (each can be renamed or
// pointed at an existing metric). 导入 writes the chosen snippets and new metrics in one go.
import { i18n } from '#i18n';
import { noiseReasonText } from './noiseReasonText.ts';
import { useMemo, useState } from 'react';
import { ZodError } from 'zod';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { MetricName, type SnippetRole } from '../../lib/domain/schemas.ts';
import { issueProblem } from '../../lib/domain/schemaProblems.ts';
import { saveImport, undoSavedImport, useExistingMetricNames, useMetricNames, type ImportOutcome, type ImportPreview } from '../hooks/useImport.ts';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { RoleSelect } from '../common/RoleSelect.tsx';
import { SlotText } from './SlotText.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureText } from '../common/writeFailureText.ts';
import { problemText } from '../common/problemText.ts';
import { renameSlots, summarizeSlots } from './slots.ts';

const PAGE = 50;

interface Draft {
  include: boolean;
  title: string;
  role: SnippetRole;
}

interface Props {
  preview: ImportPreview;
  numbers: boolean;
  onKeepLine: (lineNo: number) => void;
  /** Removes a doubtful line after all (it can be put back from the removed list). */
  onDropLine: (lineNo: number) => void;
  onCancel: () => void;
  /** `picked`: the index in the preview of each saved snippet, in the outcome's order. */
  onImported: (outcome: ImportOutcome, undo: () => Promise<void>, picked: number[]) => void;
}

export function ImportPreviewPanel({ preview, numbers, onKeepLine, onDropLine, onCancel, onImported }: Props) {
  const [drafts, setDrafts] = useState<Draft[]>(() => preview.proposals.map((p) => ({ include: true, title: p.title, role: p.role })));
  const [folder, setFolder] = useState(preview.proposals[0]?.folder ?? '');
  const [renames, setRenames] = useState<Record<string, string>>({});
  const period = useCurrentPeriod();
  const [valuesPeriod, setValuesPeriod] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // A long report can give hundreds of snippets: show them a page at a time so the panel stays quick.
  const [shown, setShown] = useState(PAGE);

  const chosen = useMemo(() => preview.proposals.filter((_, i) => drafts[i]?.include), [preview, drafts]);
  const slots = useMemo(() => summarizeSlots(chosen), [chosen]);
  const renameMap = useMemo(() => new Map(Object.entries(renames).filter(([, v]) => v.trim() !== '')), [renames]);
  const finalName = (name: string) => renameMap.get(name)?.trim() ?? name;
  const existing = useExistingMetricNames(slots.map((s) => finalName(s.name)));
  const metricNames = useMetricNames();
  const badNames = slots.filter((s) => !MetricName.safeParse(finalName(s.name)).success);
  const hasFigures = numbers && slots.some((s) => s.value !== undefined);
  const figuresPeriod = valuesPeriod ?? String(Number((period ?? String(new Date().getFullYear())).slice(0, 4)) - 1);

  // Pasted text has no file name; it is named in the writer's language.
  const sourceName = preview.sourceName ?? i18n.t('import.pastedName');
  const setOf = useMemo(() => new Map(preview.problemSets.map((set) => [set.problem, set])), [preview]);
  const update = (i: number, change: Partial<Draft>) => setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));

  async function save() {
    setError('');
    if (badNames.length > 0) {
      const name = finalName(badNames[0]!.name);
      const issue = MetricName.safeParse(name).error?.issues[0];
      setError(i18n.t('import.badSlotName', { name, reason: issue ? problemText(issueProblem(issue)) : '' }));
      return;
    }
    const picked = preview.proposals.map((p, i) => ({ p, d: drafts[i]!, i })).filter(({ d }) => d.include);
    // A 整改台账 problem keeps its measures, owner and deadline when it is ticked.
    const place = new Map(preview.proposals.flatMap((_, i) => (drafts[i]?.include ? [i] : [])).map((i, n) => [i, n]));
    const problemSets = preview.problemSets.flatMap((set) => {
      const problem = place.get(set.problem);
      if (problem === undefined) return [];
      return [{ problem, measures: set.measures.flatMap((m) => (place.has(m) ? [place.get(m)!] : [])), owner: set.owner, deadline: set.deadline }];
    });
    const plan = {
      snippets: picked.map(({ p, d }) => ({ title: d.title.trim(), role: d.role, folder: folder.trim(), body: renameSlots(p.body, renameMap) })),
      slots: slots.map((s) => ({ name: finalName(s.name), kind: s.kind, unit: s.unit, note: i18n.t('import.metricNote', { source: sourceName }), ...(hasFigures && s.value !== undefined ? { value: s.value } : {}) })),
      ...(hasFigures ? { valuesPeriod: figuresPeriod } : {}),
      problemSets,
    };
    setSaving(true);
    try {
      const outcome = await saveImport(plan);
      onImported(outcome, () => undoSavedImport(outcome), picked.map(({ i }) => i));
    } catch (e) {
      // A refused draft is named by the schema; a storage failure in plain words, never its raw text.
      setError(e instanceof ZodError ? i18n.t('import.failed', { error: describe(e, picked.map(({ d }) => d.title)) }) : failureText(writeFailure(e), { didNot: i18n.t('write.didNot.import') }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="import-view" aria-label={i18n.t('import.preview')}>
      <h2>{i18n.t('import.review')}</h2>
      <p>
        {i18n.t('import.summary', {
          source: sourceName,
          found: i18n.t('common.paragraphs', preview.proposals.length),
          encoding: preview.encoding === 'gb18030' ? i18n.t('import.gbk') : '',
          chosen: i18n.t('common.paragraphs', chosen.length),
          removed: preview.removed.length,
          slots: slots.length,
        })}
      </p>
      <label>
        {i18n.t('import.folder')}
        <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={i18n.t('snippets.form.folderPlaceholder')} maxLength={200} />
      </label>

      <div className="actions">
        <button onClick={() => setDrafts((list) => list.map((d) => ({ ...d, include: true })))}>{i18n.t('import.checkAll')}</button>
        <button onClick={() => setDrafts((list) => list.map((d) => ({ ...d, include: false })))}>{i18n.t('import.uncheckAll')}</button>
      </div>
      <ol className="proposal-list" aria-label={i18n.t('import.proposals')}>
        {preview.proposals.slice(0, shown).map((p, i) => {
          const d = drafts[i]!;
          const n = i + 1;
          return (
            <li key={i} className={`proposal${d.include ? '' : ' excluded'}`}>
              <label className="check">
                <input type="checkbox" checked={d.include} onChange={(e) => update(i, { include: e.target.checked })} aria-label={i18n.t('import.include', { n })} />
                {i18n.t('import.nth', { n })}
                {p.path.length > 1 && <span className="path">{p.path.slice(0, -1).join(' › ')}</span>}
              </label>
              <div className="row">
                <label>
                  {i18n.t('snippets.form.title')}
                  <input value={d.title} onChange={(e) => update(i, { title: e.target.value })} aria-label={i18n.t('import.titleOf', { n })} maxLength={200} required />
                </label>
                <label>
                  {i18n.t('snippets.form.role')}
                  <RoleSelect value={d.role} onChange={(role) => update(i, { role })} aria-label={i18n.t('import.roleOf', { n })} />
                </label>
              </div>
              <SlotText body={renameSlots(p.body, renameMap)} label={i18n.t('import.bodyOf', { n })} />
              {setOf.has(i) && (
                <p className="muted ledger">
                  {i18n.t('import.ledgerSet', { measures: setOf.get(i)!.measures.map((m) => m + 1).join('、') || '—', owner: setOf.get(i)!.owner || '—', deadline: setOf.get(i)!.deadline || '—' })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {shown < preview.proposals.length && (
        <button onClick={() => setShown((n) => n + PAGE)}>
          {i18n.t('import.showMore', { more: Math.min(PAGE, preview.proposals.length - shown), total: preview.proposals.length })}
        </button>
      )}

      {slots.length > 0 && (
        <fieldset>
          <legend>{i18n.t('import.slots', { count: slots.length })}</legend>
          <p className="muted">{i18n.t('import.slotsHint')}</p>
          <datalist id="import-metric-names">{metricNames?.map((name) => <option key={name} value={name} />)}</datalist>
          <ul className="slot-list" aria-label={i18n.t('import.slotList')}>
            {slots.map((s) => {
              const name = finalName(s.name);
              const bad = !MetricName.safeParse(name).success;
              return (
                <li key={s.name}>
                  <input
                    value={renames[s.name] ?? s.name}
                    onChange={(e) => setRenames((r) => ({ ...r, [s.name]: e.target.value }))}
                    aria-label={i18n.t('import.slotName', { name: s.name })}
                    aria-invalid={bad}
                    list="import-metric-names"
                    maxLength={60}
                  />
                  <span className="state">
                    {s.unit ? i18n.t('import.slotUnit', { unit: s.unit }) : s.kind === 'text' ? i18n.t('import.slotText') : ''}
                    {s.value !== undefined && hasFigures ? i18n.t('import.slotValue', { value: s.value }) : ''}
                    {i18n.t('import.slotUses', { count: s.uses })}
                    {bad ? i18n.t('import.slotBad') : existingState(existing?.get(name), name)}
                  </span>
                  {s.sentence && <span className="sentence">{i18n.t('import.slotSentence', { sentence: s.sentence })}</span>}
                </li>
              );
            })}
          </ul>
          {hasFigures && (
            <label className="inline">
              {i18n.t('import.figuresPeriod')}
              <input value={figuresPeriod} onChange={(e) => setValuesPeriod(e.target.value)} aria-label={i18n.t('import.figuresPeriodLabel')} size={8} />
            </label>
          )}
        </fieldset>
      )}

      {preview.doubtful.length > 0 && (
        <details open>
          <summary>{i18n.t('import.doubtful', { count: preview.doubtful.length })}</summary>
          <ul className="removed-list doubtful-list" aria-label={i18n.t('import.doubtfulList')}>
            {preview.doubtful.map((line) => (
              <li key={line.lineNo}>
                <span className="reason">{noiseReasonText(line.reason)}</span>
                <span className="text">{line.text}</span>
                <button className="link" onClick={() => onDropLine(line.lineNo)} aria-label={i18n.t('import.dropLineN', { n: line.lineNo })}>
                  {i18n.t('import.dropLine')}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">{i18n.t('import.doubtfulHint')}</p>
        </details>
      )}

      {preview.removed.length > 0 && (
        <details>
          <summary>{i18n.t('import.removed', { count: preview.removed.length })}</summary>
          <ul className="removed-list" aria-label={i18n.t('import.removedList')}>
            {preview.removed.map((line) => (
              <li key={line.lineNo}>
                <span className="reason">{noiseReasonText(line.reason)}</span>
                <span className="text">{line.text}</span>
                <button className="link" onClick={() => onKeepLine(line.lineNo)} aria-label={i18n.t('import.keepLineN', { n: line.lineNo })}>
                  {i18n.t('import.keepLine')}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">{i18n.t('import.keepHint')}</p>
        </details>
      )}

      <ErrorLine message={error} />
      <div className="actions">
        <button className="primary" disabled={chosen.length === 0 || saving} onClick={() => void save()}>
          {i18n.t('import.importChosen', chosen.length)}
        </button>
        <button onClick={onCancel}>{i18n.t('import.discard')}</button>
      </div>
    </section>
  );
}

/** 已有指标 (under the name typed, or the library's spelling of it) or 将新建. */
function existingState(found: string | undefined, name: string): string {
  if (found === undefined) return i18n.t('import.slotNew');
  return found === name ? i18n.t('import.slotExisting') : i18n.t('import.slotExistingAs', { name: found });
}

function describe(e: ZodError, titles: readonly string[]): string {
  const issue = e.issues[0]!;
  const [table, index] = issue.path;
  const error = problemText(issueProblem(issue));
  if (table === 'snippets' && typeof index === 'number') return i18n.t('import.nthChosen', { n: index + 1, title: titles[index] || i18n.t('import.untitled'), error });
  return error;
}
