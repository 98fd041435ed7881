// Rendering many snippets against the metrics, in an extension page (the domain bundle loaded there).
/* global window -- only inside functions that page.evaluate runs in the browser */

const title = ({ data, sizes, fmt }) => `render ${fmt(data.snippets.slice(0, sizes.renderSnippets).length)} snippets against ${fmt(data.metrics.length)} metrics`;

export default {
  name: 'render',
  title: (ctx) => `${title(ctx)} (in an extension page)`,
  async run(ctx) {
    const { session, data, sizes, runs, loadRealm, add, fmt } = ctx;
    const renderSnippets = data.snippets.slice(0, sizes.renderSnippets);
    await loadRealm(session.blank);
    const render = await session.blank.evaluate(
      ([snippets, metrics, values, n]) => {
        const times = [];
        let paragraphs = 0;
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          paragraphs = window.__bench.renderAll(snippets, metrics, values, '2025');
          times.push(performance.now() - t0);
        }
        return { times, paragraphs };
      },
      [renderSnippets, data.metrics, data.metricValues, runs],
    );
    add({ name: title(ctx), values: render.times, note: `lookup built once from ${fmt(data.metricValues.length)} values; ${fmt(render.paragraphs)} paragraphs` });
  },
};
