// The corpus of tests/fixtures/corpus: for every text, no class of failure changes a line — no real
// line lost, no noise or junk kept, no figure split or rewritten, no vague or shared slot name, no
// duplicate metric, the structure rebuilt, the 整改台账 imported as problem sets.
import { describe, expect, it } from 'vitest';
import { corpusFiles, expectations, libraryMatcher, measure } from './corpus/measure.ts';

describe('import corpus', () => {
  const all = expectations();

  it('names an expectation for every text', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(all).sort()).toEqual(corpusFiles());
  });

  it.each(corpusFiles())('%s imports with no line changed wrongly', async (name) => {
    const row = await measure(name, all[name]!, libraryMatcher);
    expect(Object.entries(row).filter(([, n]) => n !== 0)).toEqual([]);
  });
});
