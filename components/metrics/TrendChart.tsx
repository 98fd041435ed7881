// A small line chart of one metric across periods (uPlot: small, canvas, no network).
import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  title: string;
  labels: string[];
  values: (number | null)[];
  unit: string;
}

export function TrendChart({ title, labels, values, unit }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(240, el.clientWidth || 300);
    const chart = new uPlot(
      {
        width,
        height: 140,
        legend: { show: false },
        scales: { x: { time: false } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => labels[t]?.replace(/^\d{4}年/, '') || labels[t] || '') }, { size: 48 }],
        series: [{}, { label: title, stroke: '#b3261e', width: 2, points: { size: 6 }, spanGaps: false }],
      },
      [labels.map((_, i) => i), values],
      el,
    );
    return () => chart.destroy();
  }, [labels, values, title]);
  const described = values
    .map((v, i) => i18n.t('metrics.chart.point', { period: labels[i] ?? '', value: v === null ? i18n.t('metrics.value.empty') : `${v}${unit}` }))
    .join(i18n.t('common.listSeparator'));
  return <div ref={host} className="trend-chart" role="img" aria-label={i18n.t('metrics.chart.label', { title, points: described })} />;
}
