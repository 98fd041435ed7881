// The metric notebook: each metric with its value in the current period, a +1 for tallies, and a
// form to add a metric.
import { useState } from 'react';
import { slotLookup } from '../lib/db/slotLookup.ts';
import { parsePeriod, periodLabel } from '../lib/domain/period.ts';
import type { Metric } from '../lib/domain/schemas.ts';
import { MetricForm } from './MetricForm.tsx';
import { MetricValueInput } from './MetricValueInput.tsx';
import { addTally, deleteMetric, restoreMetric } from './hooks/actions.ts';
import { useCurrentPeriod, useMetricStore } from './hooks/useLibrary.ts';
import { localDate } from './localDate.ts';
import { useStatus } from './Status.tsx';
import { TallyLog } from './TallyLog.tsx';
import { PeriodTable } from './metrics/PeriodTable.tsx';

export function MetricsView() {
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const show = useStatus();
  const [editing, setEditing] = useState<Metric | 'new' | null>(null);
  const [logOf, setLogOf] = useState<Metric | null>(null);
  const [layout, setLayout] = useState<'list' | 'table'>('list');
  const [tag, setTag] = useState('');
  if (!store || !period) return <p className="muted">正在读取…</p>;
  const lookup = slotLookup(store);
  const parsed = parsePeriod(period);
  const tags = [...new Set(store.metrics.flatMap((m) => m.tags))].sort();
  const metrics = tag ? store.metrics.filter((m) => m.tags.includes(tag)) : store.metrics;

  if (editing) return <MetricForm metric={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;
  if (logOf) return <TallyLog metric={logOf} period={period} onClose={() => setLogOf(null)} />;

  async function remove(metric: Metric) {
    const deleted = await deleteMetric(metric.id);
    if (!deleted) return;
    show(`已删除指标「${metric.name}」及其 ${deleted.values.length + deleted.tallies.length} 条数值。`, 'info', {
      label: '撤销',
      run: () => void restoreMetric(deleted).then(() => show(`已恢复指标「${metric.name}」。`, 'success')),
    });
  }

  return (
    <section aria-label="指标">
      <div className="toolbar">
        <div className="segmented" role="radiogroup" aria-label="显示方式">
          <button role="radio" aria-checked={layout === 'list'} onClick={() => setLayout('list')}>
            {parsed ? periodLabel(parsed) : period}
          </button>
          <button role="radio" aria-checked={layout === 'table'} onClick={() => setLayout('table')}>
            各期对比
          </button>
        </div>
        <button onClick={() => setEditing('new')}>新建指标</button>
      </div>
      {tags.length > 0 && (
        <select aria-label="按标签筛选" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">全部标签</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      )}
      {store.metrics.length === 0 && <p className="empty">还没有指标。把报告里要用的数字（如“发展党员”）建成指标，片段里写 {'{{发展党员}}'} 即可自动填入。</p>}
      {layout === 'table' && <PeriodTable metrics={metrics} lookup={lookup} period={period} />}
      <ul className="metric-list" hidden={layout === 'table'}>
        {metrics.map((metric) => {
          const value = lookup(metric.name, period);
          return (
            <li key={metric.id} className="metric-row">
              <span className="metric-name" title={metric.note}>
                {metric.name}
              </span>
              {metric.kind === 'tally' ? (
                <span className="tally">
                  <output aria-label={`${metric.name}合计`}>{value?.value ?? 0}</output>
                  {metric.unit}
                  <button
                    aria-label={`${metric.name}记一笔`}
                    onClick={() => void addTally(metric.id, localDate()).then(() => show(`「${metric.name}」已记 1 ${metric.unit}（${localDate()}）。`, 'success'))}
                  >
                    ＋1
                  </button>
                  <button className="link" aria-label={`${metric.name}的记录`} onClick={() => setLogOf(metric)}>
                    记录
                  </button>
                </span>
              ) : (
                <MetricValueInput metric={metric} period={period} value={value?.value} />
              )}
              <span className="row-actions">
                <button className="link" onClick={() => setEditing(metric)} aria-label={`编辑指标${metric.name}`}>
                  编辑
                </button>
                <button className="link danger" onClick={() => void remove(metric)} aria-label={`删除指标${metric.name}`}>
                  删除
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
