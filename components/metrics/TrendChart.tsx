// A small line chart of one metric across periods (uPlot: small, canvas, no network), as wide as
// the panel, with every period on the axis and each value written beside its point.
import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { scaledTicks } from '../../lib/domain/numbers/index.ts';

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
    const chinese = i18n.t('app.lang').startsWith('zh');
    const labelFont = `600 ${Math.round(px * 0.875)}px system-ui, sans-serif`;
    const widthNow = () => Math.max(200, Math.floor(el.clientWidth));
    // Text widths in CSS pixels, for room at the ends and the left axis (a value such as 124567.75
    // is wider than the room a small number needs).
    const measure = document.createElement('canvas').getContext('2d');
    const textWidth = (text: string, f: string) => {
      if (!measure) return text.length * px * 0.6;
      measure.font = f;
      return measure.measureText(text).width;
    };
    const widest = Math.max(0, ...values.map((v) => (v === null ? 0 : textWidth(String(v), labelFont))));
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
            // Where the periods are too close for every name, every other one (the rest are in the
            // table above and in the chart's description).
            values: (u, ticks) => {
              const names = ticks.map((t) => (labels[t] ?? '').replace(/^(\d{4})年$/, '$1').replace(/^\d{4}年(.+)$/, '$1'));
              const room = labels.length > 1 ? Math.abs(u.valToPos(1, 'x') - u.valToPos(0, 'x')) : Infinity;
              const step = Math.max(1, Math.ceil((Math.max(0, ...names.map((n) => textWidth(n, font))) + 6) / room));
              return names.map((n, i) => ((names.length - 1 - i) % step === 0 ? n : ''));
            },
          },
          // As wide as its longest number, so no figure is cut at the panel's edge; in Chinese, big
          // figures in 万 or 亿, so the axis does not take the plot's room.
          { font, values: chinese ? (_u, ticks) => scaledTicks(ticks) : undefined, size: (_u, ticks) => Math.round(Math.max(px * 3, Math.max(0, ...(ticks ?? []).map((t) => textWidth(t, font))) + px)) },
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
              // Labels wider than the room between points take turns above and below the line; wider
              // still than two rooms, only the latest value is written (every value is in the table
              // above the chart), never a heap of figures on top of each other.
              const room = labels.length > 1 ? Math.abs(u.valToPos(1, 'x') - u.valToPos(0, 'x')) : Infinity;
              const stagger = widest + 6 > room;
              const filled = values.flatMap((v, i) => (v === null ? [] : [i]));
              const last = filled[filled.length - 1];
              const sparse = widest + 6 > 2 * room;
              values.forEach((v, i) => {
                if (v === null || (sparse && i !== last)) return;
                const x = u.valToPos(i, 'x', true);
                const y = u.valToPos(v, 'y', true);
                const below = stagger && !sparse && (values.length - 1 - i) % 2 === 1;
                ctx.textBaseline = below ? 'top' : 'bottom';
                // The latest value ends at its point rather than past the panel's edge.
                ctx.textAlign = i === last && widest / 2 > px ? 'right' : 'center';
                ctx.fillText(String(v), i === last && widest / 2 > px ? x + px * 0.5 * ratio : x, below ? y + 8 * ratio : y - 6 * ratio);
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
