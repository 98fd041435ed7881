// A 40-part report (scripts/bench/report-data.mjs) rendered as the report view renders it on every
// edit (with the metric lookup it keeps: the view builds that once per change to the metrics, timed
// apart), and exported as a .docx as 导出 Word does, in an extension page with the domain bundle
// loaded; each beside a floor timed in the same loop: the outline walked with its raw text split
// into lines (render), and the same lines as plain paragraphs through the same docx package (export).
/* global window -- only inside functions that page.evaluate runs in the browser */
import { benchReport, countParts } from '../report-data.mjs';

export default {
  name: 'report',
  title: () => 'report of 40 parts: render and Word export (in an extension page)',
  async run({ session, data, domain, runs, loadRealm, add, fmt }) {
    const parsed = domain.Report.safeParse(benchReport(data));
    if (!parsed.success) throw new Error(`the generated report does not match lib/domain/report/schema.ts: ${parsed.error.message}`);
    const report = parsed.data;
    const parts = countParts(report.parts);
    if (parts !== 40) throw new Error(`the generated report has ${parts} parts, not 40`);
    await loadRealm(session.blank);
    const result = await session.blank.evaluate(
      async ([r, snippets, metrics, values, n]) => {
        const b = window.__bench;
        const render = [];
        const lookupBuild = [];
        const renderFloor = [];
        const docx = [];
        const docxFloor = [];
        let doc = null;
        let bytes = 0;
        // The first of each is shown apart: it compiles the code the later ones reuse.
        const c0 = performance.now();
        let lookup = b.reportLookup(metrics, values);
        await b.reportDocx(b.renderWholeReport(r, snippets, lookup));
        const first = performance.now() - c0;
        for (let i = 0; i < n; i++) {
          const l0 = performance.now();
          lookup = b.reportLookup(metrics, values);
          lookupBuild.push(performance.now() - l0);
          const f0 = performance.now();
          if (b.walkReport(r, snippets).length === 0) throw new Error('the report walked to nothing');
          renderFloor.push(performance.now() - f0);
          const t0 = performance.now();
          doc = b.renderWholeReport(r, snippets, lookup);
          render.push(performance.now() - t0);
          const p0 = performance.now();
          await b.plainDocx(doc);
          docxFloor.push(performance.now() - p0);
          const d0 = performance.now();
          bytes = (await b.reportDocx(doc)).length;
          docx.push(performance.now() - d0);
        }
        const lines = doc.lines.filter((l) => l.kind === 'paragraph').length;
        return { render, lookupBuild, renderFloor, docx, docxFloor, first, lines, words: doc.count.total, missing: doc.missing.length, bytes };
      },
      [report, data.snippets, data.metrics, data.metricValues, Math.max(10, runs * 4)],
    );
    add({ name: 'floor: the outline walked, raw text split into lines', values: result.renderFloor });
    add({
      name: 'render a report of 40 parts',
      values: result.render,
      limit: 16,
      budget: '≤ 16 ms',
      note: `${fmt(result.lines)} paragraphs, ${fmt(result.words)} characters counted, ${result.missing} slots unfilled; as on an edit: the metric lookup kept, as the view keeps it`,
    });
    add({
      name: 'build the metric lookup (once per change to the metrics)',
      values: result.lookupBuild,
      note: `${fmt(data.metricValues.length)} values; a change to the metrics costs this and one render`,
    });
    add({ name: 'floor: the same lines as plain paragraphs through docx', values: result.docxFloor });
    add({
      name: 'export the report as a Word file',
      values: result.docx,
      limit: 1000,
      budget: '≤ 1 s',
      note: `${fmt(Math.round(result.bytes / 1000))} kB; the page's first render and export ${result.first.toFixed(0)} ms`,
    });
  },
};
