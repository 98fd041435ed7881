// Prints, per text of tests/fixtures/corpus and per class of import failure, how many lines the
// import changed wrongly. Usage: node scripts/import-corpus.mjs
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/import/corpus-table.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, IMPORT_CORPUS_TABLE: '1' },
});
process.exit(result.status ?? 1);
