// The metric notebook's list: one fixed order (by name, in pinyin order, so a new metric lands
// where the user would look for it, not wherever its id happens to sort) and a search over the
// name, unit and tags, by text, full pinyin or initials.
import type { Metric } from '../schemas.ts';
import { matchPinyin } from '../search/match.ts';
import { pinyinKeys, type PinyinKeys } from '../search/pinyinKeys.ts';

const byName = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Metrics by name in pinyin order; the id breaks ties so the order never changes between reads. */
export function orderMetrics(metrics: readonly Metric[]): Metric[] {
  return [...metrics].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What a metric is found by, worked out once per metric rather than on each keystroke. */
export interface MetricSearchKeys {
  text: string;
  name: PinyinKeys;
}

export function metricSearchKeys(metric: Metric): MetricSearchKeys {
  return { text: [metric.name, metric.unit, ...metric.tags].join('\n').toLowerCase(), name: pinyinKeys(metric.name) };
}

/** True when every space-separated term of `query` is in the metric's text or its name's pinyin. */
export function metricMatches(keys: MetricSearchKeys, query: string): boolean {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => keys.text.includes(term) || matchPinyin(keys.name, term) !== null);
}
