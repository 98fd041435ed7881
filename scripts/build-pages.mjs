// Bundles the e2e harness pages' editors (installed from npm) with esbuild into
// tests/e2e/pages/dist/, which globalSetup serves at /pages/dist/. Editors that ship as plain
// scripts with asset folders (TinyMCE, CKEditor 4, KindEditor) are not bundled: the test server
// serves them from node_modules at /vendor/<name>/.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const srcDir = 'tests/e2e/pages/src';
const entryPoints = readdirSync(srcDir)
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith('_'))
  .map((f) => `${srcDir}/${f}`);

await build({
  entryPoints,
  outdir: 'tests/e2e/pages/dist',
  bundle: true,
  format: 'esm', // loaded with <script type="module"> (CKEditor 5's page awaits at top level)
  target: 'chrome120',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  loader: { '.svg': 'text' },
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(`built ${entryPoints.length} harness pages into tests/e2e/pages/dist/`);
