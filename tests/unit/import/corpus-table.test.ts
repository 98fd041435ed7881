// Prints the corpus table (scripts/import-corpus.mjs runs this with IMPORT_CORPUS_TABLE=1).
import { it } from 'vitest';
import { measureAll, table } from './corpus/measure.ts';

it.runIf(process.env.IMPORT_CORPUS_TABLE === '1')('prints the corpus table', async () => {
  console.log(`\n${table(await measureAll())}\n`);
});
