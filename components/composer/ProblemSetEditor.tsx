// One chosen problem: its causes and measures, each switchable for this report, reorderable and
// linkable (links are saved, so the next report starts from them), with 责任单位 and 时限.
import type { ProblemSet, Snippet, SnippetRole } from '../../lib/domain/schemas.ts';
import { saveProblemSet } from '../hooks/actions.ts';

interface Props {
  problem: Snippet;
  set: ProblemSet;
  snippets: readonly Snippet[];
  isOff: (snippetId: string) => boolean;
  onToggle: (snippetId: string) => void;
}

type Field = 'causeIds' | 'measureIds';
const LABEL: Record<Field, string> = { causeIds: '原因', measureIds: '措施' };
const ROLE: Record<Field, SnippetRole> = { causeIds: 'cause', measureIds: 'measure' };

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function ProblemSetEditor({ problem, set, snippets, isOff, onToggle }: Props) {
  const title = (id: string) => snippets.find((s) => s.id === id)?.title ?? '（已删除的片段）';
  const save = (changes: Partial<ProblemSet>) => void saveProblemSet(problem.id, changes);

  function linked(field: Field) {
    const ids = set[field];
    const candidates = snippets.filter((s) => s.role === ROLE[field] && !ids.includes(s.id));
    return (
      <div className="linked">
        <h4>{LABEL[field]}</h4>
        <ul aria-label={`${problem.title}的${LABEL[field]}`}>
          {ids.map((id, i) => (
            <li key={id}>
              <label className="checkbox">
                <input type="checkbox" checked={!isOff(id)} onChange={() => onToggle(id)} aria-label={`使用：${title(id)}`} />
                {title(id)}
              </label>
              <button className="link" aria-label={`上移：${title(id)}`} disabled={i === 0} onClick={() => save({ [field]: move(ids, i, i - 1) })}>
                ↑
              </button>
              <button className="link" aria-label={`下移：${title(id)}`} disabled={i === ids.length - 1} onClick={() => save({ [field]: move(ids, i, i + 1) })}>
                ↓
              </button>
              <button className="link danger" aria-label={`取消关联：${title(id)}`} onClick={() => save({ [field]: ids.filter((x) => x !== id) })}>
                移除
              </button>
            </li>
          ))}
        </ul>
        {candidates.length > 0 && (
          <select aria-label={`为「${problem.title}」添加${LABEL[field]}`} value="" onChange={(e) => e.target.value && save({ [field]: [...ids, e.target.value] })}>
            <option value="">＋ 添加{LABEL[field]}…</option>
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
    <article className="problem-set" aria-label={`问题：${problem.title}`}>
      <h3>{problem.title}</h3>
      {linked('causeIds')}
      {linked('measureIds')}
      <div className="row">
        <label>
          责任单位
          <input defaultValue={set.owner} onBlur={(e) => e.target.value !== set.owner && save({ owner: e.target.value })} />
        </label>
        <label>
          完成时限
          <input defaultValue={set.deadline} onBlur={(e) => e.target.value !== set.deadline && save({ deadline: e.target.value })} />
        </label>
      </div>
    </article>
  );
}
