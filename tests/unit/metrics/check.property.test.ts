// The consistency checks run on whatever the user typed, so they must be total too.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkConsistency } from '../../../lib/domain/metrics/index.ts';
import { check, checkWords, fuzzLookup, syntaxSoup, wellFormed } from '../template/arbitraries.ts';

describe('checkConsistency is total', () => {
  it('returns well-formed warnings for any template', () => {
    fc.assert(
      fc.property(fc.oneof(syntaxSoup, wellFormed), fc.constantFrom('2025', '2025-Q1', 'bad'), (source, period) => {
        for (const warning of checkConsistency(source, { period, lookup: fuzzLookup })) {
          check(warning.slots.length > 0, JSON.stringify(warning));
          checkWords(warning.problem);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
