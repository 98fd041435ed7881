// The domain code the benchmarks time inside the browser (the panel's realm) and use in node:
// bundled by scripts/bench/build.mjs with esbuild, from the same sources the extension is built from.
import { SearchIndex } from '../../lib/domain/search/searchIndex.ts';
import { pinyinKeys } from '../../lib/domain/search/pinyinKeys.ts';
import { importReport } from '../../lib/domain/import/import-report.ts';
import { Metric, MetricValue, Snippet } from '../../lib/domain/schemas.ts';

/** A search index over `snippets`, with pinyin turned on whichever way the index takes it. */
export function makeIndex(snippets) {
  const index = new SearchIndex();
  if (typeof index.usePinyin === 'function') index.usePinyin(pinyinKeys);
  index.sync(snippets);
  return index;
}

export { SearchIndex, pinyinKeys, importReport, Metric, MetricValue, Snippet };
