// Sizes, from the built files: the content script every page loads, the side panel's initial load.
import { kb } from '../stats.mjs';

export default {
  name: 'sizes',
  title: () => 'sizes',
  browser: false,
  run({ extension: { contentScript: cs, panel: bundle }, add, log }) {
    add({ name: 'content script, minified', value: cs.raw, format: kb, limit: 15_000, budget: '≤ 15 kB', note: `${kb(cs.gzip)} gzipped; ${cs.files.join(', ')}` });
    add({
      name: 'side panel initial load, minified + gzipped',
      value: bundle.gzip,
      format: kb,
      limit: 250_000,
      budget: '≤ 250 kB',
      note: `${kb(bundle.raw)} minified; ${bundle.initial.map((r) => `${r.file.replace(/^chunks\//, '')} ${kb(r.gzip)}`).join(', ')}`,
    });
    if (bundle.lazy.length) log(`loaded later (dynamic import): ${bundle.lazy.map((r) => `${r.file.replace(/^chunks\//, '')} ${kb(r.raw)} (${kb(r.gzip)} gz)`).join(', ')}`);
  },
};
