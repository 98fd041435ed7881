// Create or edit a metric: its name is the slot key used in templates.
import { useState, type FormEvent } from 'react';
import { ZodError } from 'zod';
import { type Metric, type MetricKind } from '../lib/domain/schemas.ts';
import { saveMetric, saveNewMetric } from './hooks/actions.ts';
import { useStatus } from './Status.tsx';

const KIND_LABELS: Record<MetricKind, string> = { value: '数值（每期一个数）', tally: '计数（逐笔记录）', text: '文字（如社区名称）' };

export function MetricForm({ metric, onDone }: { metric: Metric | null; onDone: () => void }) {
  const [name, setName] = useState(metric?.name ?? '');
  const [kind, setKind] = useState<MetricKind>(metric?.kind ?? 'value');
  const [unit, setUnit] = useState(metric?.unit ?? '');
  const [note, setNote] = useState(metric?.note ?? '');
  const [tags, setTags] = useState(metric?.tags.join('，') ?? '');
  const [error, setError] = useState('');
  const show = useStatus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const tagList = [...new Set(tags.split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean))];
    const draft = { name, kind, unit: unit.trim(), note, tags: tagList };
    try {
      const saved = metric ? await saveMetric(metric.id, draft) : await saveNewMetric(draft);
      show(`已保存指标「${saved.name}」。`, 'success');
      onDone();
    } catch (e) {
      setError(e instanceof ZodError ? e.issues.map((i) => i.message).join('；') : e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form className="metric-form" onSubmit={(e) => void submit(e)} aria-label={metric ? '编辑指标' : '新建指标'}>
      <label>
        名称（片段中写作 {`{{${name || '名称'}}}`}）
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} />
      </label>
      <div className="row">
        <label>
          类型
          <select value={kind} onChange={(e) => setKind(e.target.value as MetricKind)}>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          单位
          <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="次、名、万元、%" maxLength={20} />
        </label>
      </div>
      <label>
        标签（用逗号分开，如 党建，经费）
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <label>
        口径 / 来源
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          保存
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </form>
  );
}
