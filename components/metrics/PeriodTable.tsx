// The notebook by period: the last five periods (same granularity as the report's period) of each
// metric, each value editable in place; a trend chart per metric on request. A table for screen
// readers (metric rows, period columns), laid out as one block per metric — the name on its own
// line, the periods wrapping under it — so the name stays readable and every value can be reached
// and clicked in a panel as narrow as 320 px. The roles are written out because the table's
// elements are not laid out as a table.
import { i18n } from '#i18n';
import { lazy, Suspense, useState, type CSSProperties } from 'react';
import { nameCarriesUnit, type MetricLookup } from '../../lib/domain/metrics/index.ts';
import { formatPeriodKey, parsePeriod, periodsEndingAt } from '../../lib/domain/period.ts';
import { periodName } from '../common/labels.ts';
import type { Metric } from '../../lib/domain/schemas.ts';
import { MetricValueInput } from './MetricValueInput.tsx';
import { SampleMark } from './SampleMark.tsx';

const TrendChart = lazy(() => import('./TrendChart.tsx').then((m) => ({ default: m.TrendChart })));

const COLUMNS = 5;

export function PeriodTable({ metrics, lookup, period }: { metrics: readonly Metric[]; lookup: MetricLookup; period: string }) {
  const [chartOf, setChartOf] = useState<string | null>(null);
  const current = parsePeriod(period);
  if (!current) return null;
  const columns = periodsEndingAt(current, COLUMNS).map((p) => ({ key: formatPeriodKey(p), label: periodName(p) }));

  return (
    <table className="period-table" role="table" aria-label={i18n.t('metrics.table.label')}>
      <thead className="visually-hidden" role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {i18n.t('metrics.table.metric')}
          </th>
          {columns.map((c) => (
            <th key={c.key} scope="col" role="columnheader">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {metrics.map((metric) => {
          const series = columns.map((c) => lookup(metric.name, c.key));
          // Each box wide enough for the longest figure of the row (say 1234567890.12), so no figure
          // is cut; the stylesheet never lets a box grow wider than the panel.
          const longest = Math.max(0, ...series.map((v) => (v === undefined ? 0 : String(v.value).length)));
          return [
            <tr key={metric.id} role="row" style={{ '--value-chars': longest } as CSSProperties}>
              <th scope="row" role="rowheader">
                <span title={metric.note || undefined}>{metric.name}</span>
                {!nameCarriesUnit(metric.name, metric.unit) && <span className="muted">{i18n.t('metrics.table.unit', { unit: metric.unit })}</span>}
                {metric.kind !== 'text' && (
                  <button className="link" aria-expanded={chartOf === metric.id} aria-label={i18n.t('metrics.table.trendOf', { name: metric.name })} onClick={() => setChartOf(chartOf === metric.id ? null : metric.id)}>
                    {i18n.t('metrics.table.trend')}
                  </button>
                )}
              </th>
              {columns.map((c, i) => (
                <td key={c.key} role="cell">
                  {/* The column's name, shown in each block (the header row is for screen readers). */}
                  <span className="period-label" aria-hidden="true">
                    {c.label}
                  </span>
                  {metric.kind === 'tally' ? (
                    <span className="tally-value" aria-label={i18n.t('common.namePeriod', { name: metric.name, period: c.label })}>
                      {series[i]?.value ?? '—'}
                      {series[i]?.sample && <SampleMark />}
                    </span>
                  ) : (
                    <MetricValueInput
                      metric={metric}
                      period={c.key}
                      value={series[i]?.value}
                      sample={series[i]?.sample}
                      label={i18n.t('common.namePeriod', { name: metric.name, period: c.label })}
                    />
                  )}
                </td>
              ))}
            </tr>,
            chartOf === metric.id && (
              <tr key={`${metric.id}-chart`} role="row" className="chart-row">
                <td colSpan={COLUMNS + 1} role="cell">
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
  );
}
