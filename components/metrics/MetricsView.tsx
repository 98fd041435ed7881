// The metric notebook: each metric with its value in the current period, a +1 for tallies, and a
// form to add a metric.
import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { slotLookup } from '../../lib/db/slotLookup.ts';
import { metricMatches, metricSearchKeys, orderMetrics } from '../../lib/domain/metrics/index.ts';
import { parsePeriod } from '../../lib/domain/period.ts';
import { periodName } from '../common/labels.ts';
import type { Metric } from '../../lib/domain/schemas.ts';
import { MetricForm } from './MetricForm.tsx';
import { MetricValueInput } from './MetricValueInput.tsx';
import { deleteMetric, restoreMetric } from '../hooks/actions.ts';
import { useMetricStore } from '../hooks/useLibrary.ts';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { useStatus } from '../app/Status.tsx';
import { Confirm } from '../common/Confirm.tsx';
import { TallyLog } from './TallyLog.tsx';
import { PeriodTable } from './PeriodTable.tsx';
import { PlusOne } from './PlusOne.tsx';
import { SampleMark } from './SampleMark.tsx';

export function MetricsView() {
  const store = useMetricStore();
  const period = useCurrentPeriod();
  const show = useStatus();
  const [editing, setEditing] = useState<Metric | 'new' | null>(null);
  const [logOf, setLogOf] = useState<Metric | null>(null);
  const [layout, setLayout] = useState<'list' | 'table'>('list');
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  /** The metric whose 删除 waits for the user to read what goes: the metric, and its values if any. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const ordered = useMemo(() => (store ? orderMetrics(store.metrics).map((metric) => ({ metric, keys: metricSearchKeys(metric) })) : []), [store]);
  if (!store || !period) return <p className="muted">{i18n.t('common.loading')}</p>;
  const lookup = slotLookup(store);
  const parsed = parsePeriod(period);
  const tags = [...new Set(store.metrics.flatMap((m) => m.tags))].sort();
  const metrics = ordered.filter(({ metric, keys }) => (!tag || metric.tags.includes(tag)) && (query.trim() === '' || metricMatches(keys, query))).map(({ metric }) => metric);
  /** How many recorded values (and tally entries) would go with the metric whose 删除 asks. */
  const records = confirming ? store.values.filter((v) => v.metricId === confirming).length + store.tallies.filter((t) => t.metricId === confirming).length : 0;

  if (editing) return <MetricForm metric={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;
  if (logOf) return <TallyLog metric={logOf} period={period} onClose={() => setLogOf(null)} />;

  async function remove(metric: Metric) {
    setConfirming(null);
    const deleted = await deleteMetric(metric.id);
    if (!deleted) return;
    show(i18n.t('metrics.deleted', deleted.values.length + deleted.tallies.length, { name: metric.name }), 'info', {
      label: i18n.t('common.undo'),
      run: () => void restoreMetric(deleted).then(() => show(i18n.t('metrics.restored', { name: metric.name }), 'success')),
    });
  }

  return (
    <section aria-label={i18n.t('metrics.title')}>
      <div className="toolbar">
        <div className="segmented" role="radiogroup" aria-label={i18n.t('metrics.layout')}>
          <button role="radio" aria-checked={layout === 'list'} onClick={() => setLayout('list')}>
            {parsed ? periodName(parsed) : period}
          </button>
          <button role="radio" aria-checked={layout === 'table'} onClick={() => setLayout('table')}>
            {i18n.t('metrics.compare')}
          </button>
        </div>
        <button onClick={() => setEditing('new')}>{i18n.t('metrics.new')}</button>
      </div>
      <div className="filters row">
        <input type="search" aria-label={i18n.t('metrics.search')} placeholder={i18n.t('metrics.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} />
        {tags.length > 0 && (
          <select aria-label={i18n.t('metrics.filterByTag')} value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{i18n.t('metrics.allTags')}</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </div>
      {store.metrics.length === 0 && <p className="empty">{i18n.t('metrics.empty')}</p>}
      {store.metrics.length > 0 && metrics.length === 0 && <p className="empty">{i18n.t('metrics.noMatch')}</p>}
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
                  <output aria-label={i18n.t('metrics.total', { name: metric.name })}>{value?.value ?? 0}</output>
                  {metric.unit}
                  {value?.sample && <SampleMark />}
                  <PlusOne metric={metric} />
                  <button className="link" aria-label={i18n.t('tally.logOf', { name: metric.name })} onClick={() => setLogOf(metric)}>
                    {i18n.t('metrics.log')}
                  </button>
                </span>
              ) : (
                <MetricValueInput metric={metric} period={period} value={value?.value} sample={value?.sample} />
              )}
              <span className="row-actions">
                <button className="link" onClick={() => setEditing(metric)} aria-label={i18n.t('metrics.editNamed', { name: metric.name })}>
                  {i18n.t('common.edit')}
                </button>
                <button
                  className="link danger"
                  onClick={() => setConfirming(metric.id)}
                  aria-label={i18n.t('metrics.deleteNamed', { name: metric.name })}
                >
                  {i18n.t('common.delete')}
                </button>
              </span>
              {confirming === metric.id && (
                <Confirm
                  label={i18n.t('metrics.confirmDelete.label', { name: metric.name })}
                  text={records > 0 ? i18n.t('metrics.confirmDelete.text', records, { name: metric.name }) : i18n.t('metrics.confirmDelete.textNoValues', { name: metric.name })}
                  yes={records > 0 ? i18n.t('metrics.confirmDelete.yes', records) : i18n.t('metrics.confirmDelete.yesNoValues')}
                  onYes={() => void remove(metric)}
                  onNo={() => setConfirming(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
