// importReport on a generated report, in an extension page (the domain bundle loaded there).
/* global window -- only inside functions that page.evaluate runs in the browser */
import { report } from '../data.mjs';
import { ms } from '../stats.mjs';

// The same text for the heading and the run, generated once (a seeded generator: same text each time).
const texts = new Map();
const textOf = (chars) => texts.get(chars) ?? texts.set(chars, report(chars)).get(chars);

export default {
  name: 'import-parse',
  title: ({ sizes, fmt }) => `import parse (importReport, ${fmt(textOf(sizes.importChars).length)} characters, in an extension page)`,
  async run({ session, sizes, runs, loadRealm, add, fmt }) {
    const text = textOf(sizes.importChars);
    await loadRealm(session.blank);
    const parse = await session.blank.evaluate(
      ([t, n]) => {
        const first = performance.now();
        window.__bench.importReport(t);
        const cold = performance.now() - first;
        const times = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          window.__bench.importReport(t);
          times.push(performance.now() - t0);
        }
        return { cold, times };
      },
      [text, runs],
    );
    add({ name: `importReport(${fmt(text.length)} chars)`, values: parse.times, limit: 100, budget: '≤ 100 ms', note: `first call (cold JIT) ${ms(parse.cold)}; the text has ${fmt(text.split('\n').length)} lines and ${fmt((text.match(/X/g) ?? []).length)} X slots` });
  },
};
