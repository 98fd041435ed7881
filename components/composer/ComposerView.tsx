// The composer: pick problems, adjust their causes and measures, and get three numbered sections
// (存在问题 / 原因分析 / 下步措施) to insert whole or one at a time.
import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { slotLookup } from '../../lib/db/slotLookup.ts';
import { composeSections, DEFAULT_STYLES, SECTION_KEYS, type ComposeSet, type ComposeStyles, type SectionKey } from '../../lib/domain/compose.ts';
import type { ProblemSet, Snippet } from '../../lib/domain/schemas.ts';
import { renderedParagraphs, renderTemplate, unfilledOf, type RenderResult, type Unfilled } from '../../lib/domain/template/index.ts';
import { useMetricStore, useProblemSets } from '../hooks/useLibrary.ts';
import { useStoredFillIns } from '../hooks/useFillIns.ts';
import { useCurrentPeriod, useSnippets } from '../hooks/usePanelDatabase.ts';
import { ComposedOutput } from './ComposedOutput.tsx';
import { ProblemSetEditor } from './ProblemSetEditor.tsx';
import { StylePicker } from './StylePicker.tsx';

const EMPTY_SET = (problemId: string): ProblemSet => ({ id: '', problemId, causeIds: [], measureIds: [], owner: '', deadline: '', updatedAt: 0 });

export function ComposerView() {
  const snippets = useSnippets();
  const sets = useProblemSets();
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const [chosen, setChosen] = useState<string[]>([]);
  /** Causes and measures switched off for this composition only: `${problemId}/${snippetId}`. */
  const [off, setOff] = useState<Set<string>>(new Set());
  const [styles, setStyles] = useState<ComposeStyles>(DEFAULT_STYLES);

  const byId = useMemo(() => new Map((snippets ?? []).map((s) => [s.id, s])), [snippets]);
  const setOf = useMemo(() => new Map((sets ?? []).map((s) => [s.problemId, s])), [sets]);
  const lookup = useMemo(() => (store ? slotLookup(store) : undefined), [store]);
  const fillIns = useStoredFillIns(snippets);
  if (!snippets || !sets || !lookup || !period || !fillIns) return <p className="muted">{i18n.t('common.loading')}</p>;

  const problems = snippets.filter((s) => s.role === 'problem');
  // Each snippet rendered once; the results also tell each section what is still unfilled.
  const results = new Map<string, RenderResult>();
  const used: Record<SectionKey, Set<string>> = { problems: new Set(), causes: new Set(), measures: new Set() };
  const paragraphsOf = (s: Snippet, section: SectionKey) => {
    let result = results.get(s.id);
    if (!result) results.set(s.id, (result = renderTemplate(s.body, { ...fillIns, choices: fillIns.lastChoices[s.id], title: s.title, period, lookup })));
    used[section].add(s.id);
    return renderedParagraphs(result);
  };
  const partsOf = (problemId: string, ids: string[], section: SectionKey) =>
    ids.flatMap((id) => {
      const s = byId.get(id);
      return s && !off.has(`${problemId}/${id}`) ? [{ id, paragraphs: paragraphsOf(s, section) }] : [];
    });
  const composeInput: ComposeSet[] = chosen.flatMap((problemId) => {
    const problem = byId.get(problemId);
    if (!problem) return [];
    const set = setOf.get(problemId) ?? EMPTY_SET(problemId);
    return [
      {
        problem: { id: problemId, paragraphs: paragraphsOf(problem, 'problems') },
        causes: partsOf(problemId, set.causeIds, 'causes'),
        measures: partsOf(problemId, set.measureIds, 'measures'),
        owner: set.owner,
        deadline: set.deadline,
      },
    ];
  });
  const sections = composeSections(composeInput, styles);
  const unfilledIn = (ids: Iterable<string>): Unfilled => unfilledOf([...new Set(ids)].map((id) => results.get(id)!));
  const unfilled = Object.fromEntries(SECTION_KEYS.map((key) => [key, unfilledIn(used[key])])) as Record<SectionKey, Unfilled>;
  const unfilledAll = unfilledIn(SECTION_KEYS.flatMap((key) => [...used[key]]));

  const toggleProblem = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const toggleOff = (key: string) =>
    setOff((o) => {
      const next = new Set(o);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <section className="composer" aria-label={i18n.t('composer.title')}>
      <p className="muted">{i18n.t('composer.intro')}</p>
      {problems.length === 0 && <p className="empty">{i18n.t('composer.noProblems')}</p>}
      <fieldset>
        <legend>{i18n.t('composer.chooseProblems')}</legend>
        {problems.map((p) => (
          <label key={p.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggleProblem(p.id)} />
            {chosen.includes(p.id) && <span className="order">{chosen.indexOf(p.id) + 1}</span>}
            {p.title}
          </label>
        ))}
      </fieldset>
      {chosen.map((problemId) => {
        const problem = byId.get(problemId);
        if (!problem) return null;
        return (
          <ProblemSetEditor
            key={problemId}
            problem={problem}
            set={setOf.get(problemId) ?? EMPTY_SET(problemId)}
            snippets={snippets}
            isOff={(id) => off.has(`${problemId}/${id}`)}
            onToggle={(id) => toggleOff(`${problemId}/${id}`)}
          />
        );
      })}
      {chosen.length > 0 && (
        <>
          <StylePicker styles={styles} onChange={setStyles} />
          <ComposedOutput sections={sections} styles={styles} unfilled={unfilled} unfilledAll={unfilledAll} />
        </>
      )}
    </section>
  );
}
