// The domain code the benchmarks time inside the browser (the panel's realm) and use in node:
// bundled by scripts/bench/build.mjs with esbuild, from the same sources the extension is built from.
import { SearchIndex } from '../../lib/domain/search/searchIndex.ts';
import { storedOrderKey } from '../../lib/db/orderKey.ts';
import { pinyinKeys } from '../../lib/domain/search/pinyinKeys.ts';
import { importReport } from '../../lib/domain/import/import-report.ts';
import { Metric, MetricValue, Snippet } from '../../lib/domain/schemas.ts';
import { createLookup } from '../../lib/domain/metrics/lookup.ts';
import { renderTemplate, renderedParagraphs } from '../../lib/domain/template/index.ts';
import { proofread } from '../../lib/domain/proofread/index.ts';

/**
 * Renders every snippet against the metric store, as the panel does for a preview: one lookup
 * built from the rows, then each body parsed and filled. Returns the paragraphs produced.
 */
export function renderAll(snippets, metrics, values, period) {
  const lookup = createLookup({ metrics, values, tallies: [] });
  let paragraphs = 0;
  for (const s of snippets) paragraphs += renderedParagraphs(renderTemplate(s.body, { period, lookup })).length;
  return paragraphs;
}

/**
 * A search index over `snippets`, with pinyin turned on whichever way the index takes it and every
 * pinyin key made, as in the panel once idle-time warming is done — without that, pinyin queries
 * (d, dj, djz…) over 10,000 snippets match nothing and time an empty search.
 */
export function makeIndex(snippets) {
  const index = new SearchIndex();
  if (typeof index.usePinyin === 'function') index.usePinyin(pinyinKeys);
  index.sync(snippets);
  if (typeof index.warm === 'function') index.warm(() => true);
  return index;
}

export { SearchIndex, storedOrderKey, pinyinKeys, importReport, Metric, MetricValue, Snippet, proofread };
