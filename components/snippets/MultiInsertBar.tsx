// Several snippets picked in order, inserted or copied together as one run of paragraphs. What
// is still unfilled is said before inserting, as for one snippet (UnfilledWarning).
import { i18n } from '#i18n';
import { useState } from 'react';
import { slotLookup } from '../../lib/db/slotLookup.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { renderedParagraphs, renderTemplate, unfilledOf } from '../../lib/domain/template/index.ts';
import { recordSnippetUse } from '../hooks/actions.ts';
import { useInsert } from '../hooks/useInsert.ts';
import { useStoredFillIns } from '../hooks/useFillIns.ts';
import { useMetricStore } from '../hooks/useLibrary.ts';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { useStatus } from '../app/Status.tsx';
import { UnfilledWarning, unfilledNote } from '../common/UnfilledWarning.tsx';

export function MultiInsertBar({ snippets, onClear }: { snippets: readonly Snippet[]; onClear: () => void }) {
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const show = useStatus();
  const { busy: inserting, insert, copy } = useInsert();
  const [copying, setCopying] = useState(false);
  const busy = inserting || copying;
  const fillIns = useStoredFillIns(snippets);
  if (!store || !period || !fillIns || snippets.length === 0) return null;
  const lookup = slotLookup(store);
  const rendered = snippets.map((s) => renderTemplate(s.body, { ...fillIns, choices: fillIns.lastChoices[s.id], title: s.title, period, lookup }));
  const paragraphs = rendered.flatMap(renderedParagraphs);
  const unfilled = unfilledOf(rendered);
  const note = unfilledNote(unfilled);
  const counts = { snippets: i18n.t('multi.snippets', snippets.length), paragraphs: i18n.t('common.paragraphs', paragraphs.length), note };

  const recordUse = () => Promise.all(snippets.map((s) => recordSnippetUse(s.id)));

  async function run(kind: 'insert' | 'copy') {
    try {
      if (kind === 'insert') {
        const words = {
          inserted: i18n.t('multi.inserted', counts),
          copiedInstead: (reason: string) => i18n.t('multi.copiedInstead', { reason }),
          unfilled: note !== '',
        };
        await insert(paragraphs, words, { used: recordUse });
        return;
      }
      setCopying(true);
      await copy(paragraphs);
      show(i18n.t('multi.copied', counts), note ? 'warning' : 'success');
      await recordUse();
    } catch {
      show(i18n.t('common.copyFailed'), 'error');
    } finally {
      setCopying(false);
    }
  }

  return (
    <div className="multi-bar" role="region" aria-label={i18n.t('multi.region')}>
      <UnfilledWarning unfilled={unfilled} />
      <span>{i18n.t('multi.picked', snippets.length)}</span>
      <button className="primary" disabled={busy} onClick={() => void run('insert')}>
        {i18n.t('multi.insert')}
      </button>
      <button disabled={busy} onClick={() => void run('copy')}>
        {i18n.t('multi.copy')}
      </button>
      <button className="link" onClick={onClear}>
        {i18n.t('multi.clear')}
      </button>
    </div>
  );
}
