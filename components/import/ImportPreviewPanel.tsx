// The import preview: each proposed snippet (include, title, category, body with slots), the
// lines removed as advertising (each can be kept), and the slots found (each can be renamed or
// pointed at an existing metric). 导入 writes the chosen snippets and new metrics in one go.
import { useMemo, useState } from 'react';
import { ZodError } from 'zod';
import { MetricName, ROLE_LABELS, SNIPPET_ROLES, type SnippetRole } from '../../lib/domain/schemas.ts';
import { saveImport, undoSavedImport, useExistingMetricNames, useMetricNames, type ImportOutcome, type ImportPreview } from '../hooks/useImport.ts';
import { useCurrentPeriod } from '../hooks/useLibrary.ts';
import { SlotText } from './SlotText.tsx';
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
  onCancel: () => void;
  onImported: (outcome: ImportOutcome, undo: () => Promise<void>) => void;
}

export function ImportPreviewPanel({ preview, numbers, onKeepLine, onCancel, onImported }: Props) {
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

  const update = (i: number, change: Partial<Draft>) => setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...change } : d)));

  async function save() {
    setError('');
    if (badNames.length > 0) {
      setError(`空位名称“${finalName(badNames[0]!.name)}”不能用：${MetricName.safeParse(finalName(badNames[0]!.name)).error?.issues[0]?.message ?? ''}。`);
      return;
    }
    const picked = preview.proposals.map((p, i) => ({ p, d: drafts[i]! })).filter(({ d }) => d.include);
    const plan = {
      snippets: picked.map(({ p, d }) => ({ title: d.title.trim(), role: d.role, folder: folder.trim(), body: renameSlots(p.body, renameMap) })),
      slots: slots.map((s) => ({ name: finalName(s.name), kind: s.kind, unit: s.unit, note: `导入自「${preview.sourceName}」`, ...(hasFigures && s.value !== undefined ? { value: s.value } : {}) })),
      ...(hasFigures ? { valuesPeriod: figuresPeriod } : {}),
    };
    setSaving(true);
    try {
      const outcome = await saveImport(plan);
      onImported(outcome, () => undoSavedImport(outcome));
    } catch (e) {
      setError(`没有导入：${describe(e, picked.map(({ d }) => d.title))}。片段库没有任何改动。`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="import-view" aria-label="导入预览">
      <h2>检查后导入</h2>
      <p>
        从“{preview.sourceName}”识别出 {preview.proposals.length} 段{preview.encoding === 'gb18030' ? '（GBK 编码）' : ''}，已勾选 {chosen.length} 段；去掉了 {preview.removed.length} 行广告或水印；发现 {slots.length} 个空位。
      </p>
      <label>
        放入文件夹
        <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="如 述职报告/党建" maxLength={200} />
      </label>

      <div className="actions">
        <button onClick={() => setDrafts((list) => list.map((d) => ({ ...d, include: true })))}>全部勾选</button>
        <button onClick={() => setDrafts((list) => list.map((d) => ({ ...d, include: false })))}>全部不勾选</button>
      </div>
      <ol className="proposal-list" aria-label="识别出的片段">
        {preview.proposals.slice(0, shown).map((p, i) => {
          const d = drafts[i]!;
          const n = i + 1;
          return (
            <li key={i} className={`proposal${d.include ? '' : ' excluded'}`}>
              <label className="check">
                <input type="checkbox" checked={d.include} onChange={(e) => update(i, { include: e.target.checked })} aria-label={`导入第 ${n} 段`} />
                第 {n} 段
                {p.path.length > 1 && <span className="path">{p.path.slice(0, -1).join(' › ')}</span>}
              </label>
              <div className="row">
                <label>
                  标题
                  <input value={d.title} onChange={(e) => update(i, { title: e.target.value })} aria-label={`第 ${n} 段的标题`} maxLength={200} required />
                </label>
                <label>
                  类别
                  <select value={d.role} onChange={(e) => update(i, { role: e.target.value as SnippetRole })} aria-label={`第 ${n} 段的类别`}>
                    {SNIPPET_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <SlotText body={renameSlots(p.body, renameMap)} label={`第 ${n} 段的正文`} />
            </li>
          );
        })}
      </ol>
      {shown < preview.proposals.length && (
        <button onClick={() => setShown((n) => n + PAGE)}>
          再显示 {Math.min(PAGE, preview.proposals.length - shown)} 段（共 {preview.proposals.length} 段）
        </button>
      )}

      {slots.length > 0 && (
        <fieldset>
          <legend>发现的空位（{slots.length}）</legend>
          <p className="muted">每个空位导入后是一个指标。可以改名；改成已有指标的名称，就直接用那个指标。</p>
          <datalist id="import-metric-names">{metricNames?.map((name) => <option key={name} value={name} />)}</datalist>
          <ul className="slot-list" aria-label="空位列表">
            {slots.map((s) => {
              const name = finalName(s.name);
              const bad = !MetricName.safeParse(name).success;
              return (
                <li key={s.name}>
                  <input
                    value={renames[s.name] ?? s.name}
                    onChange={(e) => setRenames((r) => ({ ...r, [s.name]: e.target.value }))}
                    aria-label={`空位“${s.name}”的名称`}
                    aria-invalid={bad}
                    list="import-metric-names"
                    maxLength={60}
                  />
                  <span className="state">
                    {s.unit ? `单位：${s.unit}；` : s.kind === 'text' ? '文字；' : ''}
                    {s.value !== undefined && hasFigures ? `原文 ${s.value}；` : ''}用 {s.uses} 处；{bad ? '名称不能为空或含 { } | @ =' : existing?.has(name) ? '已有指标，直接使用' : '将新建指标'}
                  </span>
                </li>
              );
            })}
          </ul>
          {hasFigures && (
            <label className="inline">
              原文中的数字存为哪一期的数值
              <input value={figuresPeriod} onChange={(e) => setValuesPeriod(e.target.value)} aria-label="原文数字所属的期间" size={8} />
            </label>
          )}
        </fieldset>
      )}

      {preview.removed.length > 0 && (
        <details>
          <summary>去掉的广告、水印行（{preview.removed.length}）</summary>
          <ul className="removed-list" aria-label="去掉的行">
            {preview.removed.map((line) => (
              <li key={line.lineNo}>
                <span className="reason">{line.reason}</span>
                <span className="text">{line.text}</span>
                <button className="link" onClick={() => onKeepLine(line.lineNo)} aria-label={`保留第 ${line.lineNo} 行`}>
                  保留此行
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">保留某一行会重新识别全文，上面已做的修改需要重做。</p>
        </details>
      )}

      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={chosen.length === 0 || saving} onClick={() => void save()}>
          导入所选的 {chosen.length} 段
        </button>
        <button onClick={onCancel}>放弃，重新选择</button>
      </div>
    </section>
  );
}

function describe(e: unknown, titles: readonly string[]): string {
  if (e instanceof ZodError) {
    const issue = e.issues[0]!;
    const [table, index] = issue.path;
    if (table === 'snippets' && typeof index === 'number') return `第 ${index + 1} 个勾选的片段（${titles[index] || '无标题'}）：${issue.message}`;
    return issue.message;
  }
  return e instanceof Error ? e.message : String(e);
}
