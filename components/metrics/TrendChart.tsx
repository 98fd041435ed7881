// A small line chart of one metric across periods (uPlot: small, canvas, no network), as wide as
// the panel, with every period on the axis and each value written beside its point.
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

/** The panel's type, in CSS pixels, for the canvas (which knows nothing of rem). */
const typePx = (el: Element) => parseFloat(getComputedStyle(el).fontSize) || 16;

export function TrendChart({ title, labels, values, unit }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const px = typePx(el);
    const font = `${Math.round(px * 0.875)}px system-ui, sans-serif`;
    const widthNow = () => Math.max(200, Math.floor(el.clientWidth));
    const chart = new uPlot(
      {
        width: widthNow(),
        height: Math.round(px * 10),
        legend: { show: false },
        // Room at both ends for the first and last value labels.
        padding: [Math.round(px * 1.5), Math.round(px * 1.5), 0, Math.round(px * 0.5)],
        scales: { x: { time: false, range: [-0.3, labels.length - 0.7] }, y: { range: (_u, min, max) => [Math.min(0, min), max + (max - min || max || 1) * 0.15] } },
        axes: [
          {
            font,
            splits: () => labels.map((_, i) => i),
            // A year reads as its number; a quarter or month as itself (its year is in the title).
            values: (_u, ticks) => ticks.map((t) => (labels[t] ?? '').replace(/^(\d{4})年$/, '$1').replace(/^\d{4}年(.+)$/, '$1')),
          },
          { font, size: Math.round(px * 3) },
        ],
        series: [{}, { label: title, stroke: '#b3261e', width: 2, points: { size: 7 }, spanGaps: false }],
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx;
              const ratio = window.devicePixelRatio || 1;
              ctx.save();
              ctx.font = `600 ${Math.round(px * 0.875 * ratio)}px system-ui, sans-serif`;
              ctx.fillStyle = '#1f2328';
              ctx.textAlign = 'center';
              ctx.textBaseline = 'bottom';
              values.forEach((v, i) => {
                if (v === null) return;
                const x = u.valToPos(i, 'x', true);
                const y = u.valToPos(v, 'y', true);
                ctx.fillText(String(v), x, y - 6 * ratio);
              });
              ctx.restore();
            },
          ],
        },
      },
      [labels.map((_, i) => i), values],
      el,
    );
    const resized = new ResizeObserver(() => chart.setSize({ width: widthNow(), height: chart.height }));
    resized.observe(el);
    return () => {
      resized.disconnect();
      chart.destroy();
    };
  }, [labels, values, title]);
  const described = values
    .map((v, i) => i18n.t('metrics.chart.point', { period: labels[i] ?? '', value: v === null ? i18n.t('metrics.value.empty') : `${v}${unit}` }))
    .join(i18n.t('common.listSeparator'));
  return <div ref={host} className="trend-chart" role="img" aria-label={i18n.t('metrics.chart.label', { title, points: described })} />;
}
