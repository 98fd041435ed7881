// Small statistics and the one-line-per-figure report the benchmark prints (and writes into README).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (v) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * A figure: `values` (several runs) or one `value`, shown with `format`; `stat` is 'median' or
 * 'p95' (what is compared); `limit` the budget (a number, same unit) or null for a floor / info.
 */
export function figure({ name, values, value, format = ms, stat = 'median', limit = null, budget = '', note = '' }) {
  let shown;
  let compared;
  if (values) {
    compared = stat === 'p95' ? percentile(values, 95) : median(values);
    const extra = stat === 'p95' ? `median ${format(median(values))}, ` : '';
    shown = `${stat} ${format(compared)}  (${extra}min ${format(Math.min(...values))}, max ${format(Math.max(...values))}; n=${values.length})`;
  } else {
    compared = value;
    shown = format(value);
  }
  const verdict = limit === null ? '' : compared <= limit ? 'ok' : 'OVER';
  return { name, shown, budget, verdict, note, compared };
}

export function line(f) {
  const verdict = f.verdict === 'OVER' ? '  ** OVER **' : f.verdict ? `  ${f.verdict}` : '';
  const budget = f.budget ? `  [${f.budget}]` : '';
  const note = f.note ? `  — ${f.note}` : '';
  return `${f.name.padEnd(56)} ${f.shown}${budget}${verdict}${note}`;
}
