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
import { Report, renderReport } from '../../lib/domain/report/index.ts';
import { reportResolver } from '../../components/report/resolver.ts';
import { reportDocx } from '../../lib/export/reportDocx.ts';
import { Document, Packer, Paragraph } from 'docx';

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

/** The metric lookup as the report view builds it: once per change to the metrics. */
export function reportLookup(metrics, values) {
  return createLookup({ metrics, values, tallies: [] });
}

/**
 * A report as the report view renders it on every edit: the resolver built from the library and
 * the metric lookup it keeps (for the report's period and author), then every part rendered.
 */
export function renderWholeReport(report, snippets, lookup) {
  return renderReport(report, reportResolver({ snippets, sets: [], lookup, period: report.period, author: report.author }));
}

/**
 * The render's floor: the same outline walked and each block's raw text split into paragraphs,
 * no slot filled, no heading numbered — the least any rendering must do.
 */
export function walkReport(report, snippets) {
  const bodies = new Map(snippets.map((s) => [s.id, s.body]));
  const lines = [];
  const blocks = (list) => {
    for (const b of list) lines.push(...(b.kind === 'text' ? b.text : (bodies.get(b.snippetId) ?? '')).split('\n'));
  };
  const walk = (parts) => {
    for (const p of parts) {
      lines.push(p.heading);
      blocks(p.blocks);
      walk(p.children);
    }
  };
  blocks(report.opening);
  walk(report.parts);
  blocks(report.closing);
  return lines;
}

/** The export's floor: the same lines through the same docx package, as plain paragraphs without the GB/T 9704 layout. */
export function plainDocx(doc) {
  const children = doc.lines.filter((l) => l.kind !== 'unresolved').map((l) => new Paragraph({ text: l.text }));
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}

export { SearchIndex, storedOrderKey, pinyinKeys, importReport, Metric, MetricValue, Snippet, proofread, Report, reportDocx };
