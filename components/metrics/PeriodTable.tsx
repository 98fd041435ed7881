// The notebook as a table: metrics down, the last five periods across (same granularity as the
// report's period), each value editable in place; a trend chart per metric on request.
import { i18n } from '#i18n';
import { lazy, Suspense, useState } from 'react';
import type { MetricLookup } from '../../lib/domain/metrics/index.ts';
import { formatPeriodKey, parsePeriod, periodsEndingAt } from '../../lib/domain/period.ts';
import { periodName } from '../labels.ts';
import type { Metric } from '../../lib/domain/schemas.ts';
import { MetricValueInput } from '../MetricValueInput.tsx';

const TrendChart = lazy(() => import('./TrendChart.tsx').then((m) => ({ default: m.TrendChart })));

const COLUMNS = 5;

export function PeriodTable({ metrics, lookup, period }: { metrics: readonly Metric[]; lookup: MetricLookup; period: string }) {
  const [chartOf, setChartOf] = useState<string | null>(null);
  const current = parsePeriod(period);
  if (!current) return null;
  const columns = periodsEndingAt(current, COLUMNS).map((p) => ({ key: formatPeriodKey(p), label: periodName(p) }));

  return (
    <div className="period-table-wrap">
      <table className="period-table" aria-label={i18n.t('metrics.table.label')}>
        <thead>
          <tr>
            <th scope="col">{i18n.t('metrics.table.metric')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label.replace(/^(\d{4})年/, '$1年 ')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const series = columns.map((c) => lookup(metric.name, c.key));
            return [
              <tr key={metric.id}>
                <th scope="row">
                  <span title={metric.note}>{metric.name}</span>
                  {metric.unit && <span className="muted">{i18n.t('metrics.table.unit', { unit: metric.unit })}</span>}
                  {metric.kind !== 'text' && (
                    <button className="link" aria-expanded={chartOf === metric.id} aria-label={i18n.t('metrics.table.trendOf', { name: metric.name })} onClick={() => setChartOf(chartOf === metric.id ? null : metric.id)}>
                      {i18n.t('metrics.table.trend')}
                    </button>
                  )}
                </th>
                {columns.map((c, i) => (
                  <td key={c.key}>
                    {metric.kind === 'tally' ? (
                      <span aria-label={i18n.t('common.namePeriod', { name: metric.name, period: c.label })}>{series[i]?.value ?? '—'}</span>
                    ) : (
                      <MetricValueInput metric={metric} period={c.key} value={series[i]?.value} label={i18n.t('common.namePeriod', { name: metric.name, period: c.label })} />
                    )}
                  </td>
                ))}
              </tr>,
              chartOf === metric.id && (
                <tr key={`${metric.id}-chart`}>
                  <td colSpan={COLUMNS + 1}>
                    <Suspense fallback={<span className="muted">{i18n.t('metrics.table.drawing')}</span>}>
                      <TrendChart
                        title={i18n.t('metrics.table.trendTitle', { name: metric.name, count: COLUMNS })}
                        labels={columns.map((c) => c.label)}
                        values={series.map((v) => (v?.kind === 'number' ? v.value : null))}
                        unit={metric.unit}
                      />
                    </Suspense>
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
