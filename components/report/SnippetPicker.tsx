// Picking what goes into a part: a snippet of the library, found by words of its title or text, or
// a problem set (the problem with its causes and measures, as composed in 组合).
import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import type { ReportBlock } from '../../lib/domain/report/index.ts';
import type { Library } from './useReportDocument.ts';

const SHOWN = 20;

interface Props {
  library: Library;
  onPick: (block: ReportBlock) => void;
  onClose: () => void;
}

export function SnippetPicker({ library, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  const words = query.trim().split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((w) => text.includes(w));
  const snippets = useMemo(() => library.snippets.filter((s) => matches(`${s.title}\n${s.body}`)), [library.snippets, query]); // eslint-disable-line react-hooks/exhaustive-deps
  const titleOf = useMemo(() => new Map(library.snippets.map((s) => [s.id, s.title])), [library.snippets]);
  const sets = library.sets.filter((set) => titleOf.has(set.problemId) && matches(titleOf.get(set.problemId)!));

  return (
    <div className="snippet-picker" role="group" aria-label={i18n.t('report.pickerLabel')} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <input type="search" autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder={i18n.t('report.pickerSearch')} aria-label={i18n.t('report.pickerSearch')} />
      {snippets.length === 0 && sets.length === 0 && <p className="empty">{i18n.t('report.pickerNone')}</p>}
      <ul aria-label={i18n.t('report.pickerResults')}>
        {snippets.slice(0, SHOWN).map((s) => (
          <li key={s.id}>
            <button onClick={() => onPick({ kind: 'snippet', snippetId: s.id })}>{s.title}</button>
          </li>
        ))}
        {sets.slice(0, SHOWN).map((set) => (
          <li key={set.id}>
            <button onClick={() => onPick({ kind: 'problemSet', id: set.id })}>{i18n.t('report.problemSetNamed', { title: titleOf.get(set.problemId)! })}</button>
          </li>
        ))}
      </ul>
      {snippets.length > SHOWN && <p className="muted">{i18n.t('report.pickerMore', { count: snippets.length - SHOWN })}</p>}
      <button onClick={onClose}>{i18n.t('common.cancel')}</button>
    </div>
  );
}
