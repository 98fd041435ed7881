// 公文校对 of 20,000 characters (the clean corpus of tests/fixtures/proofread-clean, the size of a
// long report), in an extension page with the domain bundle loaded, beside a floor of the same
// run: one regular-expression pass over the same text, the least any checker must do.
/* global window -- only inside functions that page.evaluate runs in the browser */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHARACTERS = 20_000;
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/proofread-clean');

function corpus() {
  const whole = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return whole.slice(0, CHARACTERS);
}

export default {
  name: 'proofread',
  title: ({ fmt }) => `proofread ${fmt(CHARACTERS)} characters (in an extension page)`,
  async run({ session, runs, loadRealm, add, fmt }) {
    const text = corpus();
    if (text.length < CHARACTERS) throw new Error(`the clean corpus holds only ${text.length} characters`);
    await loadRealm(session.blank);
    const result = await session.blank.evaluate(
      ([t, n]) => {
        const times = [];
        const floor = [];
        let findings = [];
        const c0 = performance.now();
        window.__bench.proofread(t); // the first call compiles the patterns: shown apart
        const first = performance.now() - c0;
        for (let i = 0; i < n; i++) {
          const f0 = performance.now();
          let han = 0;
          for (const m of t.matchAll(/[\u4e00-\u9fff]+/g)) han += m[0].length;
          floor.push(performance.now() - f0);
          if (han === 0) throw new Error('no Chinese in the corpus');
          const t0 = performance.now();
          findings = window.__bench.proofread(t);
          times.push(performance.now() - t0);
        }
        const notes = findings.filter((f) => f.severity === 'info').length;
        return { times, floor, first, errors: findings.length - notes, notes };
      },
      [text, Math.max(10, runs * 4)],
    );
    add({ name: 'floor: one regular-expression pass over the same text', values: result.floor });
    add({ name: `proofread ${fmt(CHARACTERS)} characters`, values: result.times, limit: 30, budget: '≤ 30 ms', note: `${fmt(result.errors)} errors or warnings, ${fmt(result.notes)} notes (the files read as one text); the page's first call ${result.first.toFixed(1)} ms` });
  },
};
