// One chosen problem: its causes and measures, each switchable for this report, reorderable and
// linkable (links are saved, so the next report starts from them), with 责任单位 and 时限. Removing a
// link is saved too, so it asks first, naming the link and saying the snippet itself stays.
import { i18n } from '#i18n';
import { useState } from 'react';
import type { ProblemSet, Snippet, SnippetRole } from '../../lib/domain/schemas.ts';
import { saveProblemSet } from '../hooks/actions.ts';
import { usePackLock } from '../hooks/usePackLock.ts';
import { Confirm } from '../common/Confirm.tsx';
import { PackNote } from '../common/PackNote.tsx';

interface Props {
  problem: Snippet;
  set: ProblemSet;
  snippets: readonly Snippet[];
  isOff: (snippetId: string) => boolean;
  onToggle: (snippetId: string) => void;
}

type Field = 'causeIds' | 'measureIds';
const LABEL_KEY = { causeIds: 'composer.cause', measureIds: 'composer.measure' } as const satisfies Record<Field, string>;
const ROLE: Record<Field, SnippetRole> = { causeIds: 'cause', measureIds: 'measure' };

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function ProblemSetEditor({ problem, set, snippets, isOff, onToggle }: Props) {
  const title = (id: string) => snippets.find((s) => s.id === id)?.title ?? i18n.t('composer.deletedSnippet');
  const save = (changes: Partial<ProblemSet>) => void saveProblemSet(problem.id, changes);
  /** The link whose 移除 waits for the user to read what it removes: `${field}/${snippetId}`. */
  const [confirming, setConfirming] = useState<string | null>(null);
  // A set taken from a pack follows it: what is saved (links, their order, owner, deadline) is not
  // changed until the writer says so; which links this report uses is ticked as always.
  const { pack, locked, editAnyway } = usePackLock(set.origin);

  function linked(field: Field) {
    const ids = set[field];
    const candidates = snippets.filter((s) => s.role === ROLE[field] && !ids.includes(s.id));
    const part = i18n.t(LABEL_KEY[field]);
    return (
      <div className="linked">
        <h4>{part}</h4>
        <ul aria-label={i18n.t('composer.linkedOf', { problem: problem.title, part })}>
          {ids.map((id, i) => (
            <li key={id}>
              <label className="checkbox">
                <input type="checkbox" checked={!isOff(id)} onChange={() => onToggle(id)} aria-label={i18n.t('composer.use', { title: title(id) })} />
                {title(id)}
              </label>
              <button className="link" aria-label={i18n.t('composer.moveUp', { title: title(id) })} disabled={locked || i === 0} onClick={() => save({ [field]: move(ids, i, i - 1) })}>
                ↑
              </button>
              <button className="link" aria-label={i18n.t('composer.moveDown', { title: title(id) })} disabled={locked || i === ids.length - 1} onClick={() => save({ [field]: move(ids, i, i + 1) })}>
                ↓
              </button>
              <button className="link danger" disabled={locked} aria-label={i18n.t('composer.unlink', { title: title(id) })} onClick={() => setConfirming(`${field}/${id}`)}>
                {i18n.t('composer.remove')}
              </button>
              {confirming === `${field}/${id}` && (
                <Confirm
                  label={i18n.t('composer.confirmUnlink.label', { title: title(id) })}
                  text={
                    snippets.some((s) => s.id === id)
                      ? i18n.t('composer.confirmUnlink.text', { title: title(id), problem: problem.title, part })
                      : i18n.t('composer.confirmUnlink.textGone', { problem: problem.title, part })
                  }
                  yes={i18n.t('composer.confirmUnlink.yes')}
                  onYes={() => {
                    setConfirming(null);
                    save({ [field]: ids.filter((x) => x !== id) });
                  }}
                  onNo={() => setConfirming(null)}
                />
              )}
            </li>
          ))}
        </ul>
        {candidates.length > 0 && (
          <select disabled={locked} aria-label={i18n.t('composer.addTo', { problem: problem.title, part })} value="" onChange={(e) => e.target.value && save({ [field]: [...ids, e.target.value] })}>
            <option value="">{i18n.t('composer.addOption', { part })}</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </div>
    );
  }

  return (
    <article className="problem-set" aria-label={i18n.t('composer.problem', { title: problem.title })}>
      <h3>{problem.title}</h3>
      {locked && (
        <>
          <PackNote pack={pack} what="problemSet" />
          <button onClick={editAnyway}>{i18n.t('composer.editInPlace')}</button>
        </>
      )}
      {linked('causeIds')}
      {linked('measureIds')}
      <div className="row">
        <label>
          {i18n.t('composer.owner')}
          <input disabled={locked} defaultValue={set.owner} onBlur={(e) => e.target.value !== set.owner && save({ owner: e.target.value })} />
        </label>
        <label>
          {i18n.t('composer.deadline')}
          <input disabled={locked} defaultValue={set.deadline} onBlur={(e) => e.target.value !== set.deadline && save({ deadline: e.target.value })} />
        </label>
      </div>
    </article>
  );
}
