// Property tests for number formatting: the 零 rules hold for every integer, and fixed-decimal
// rounding is within half a unit of the last place of the written decimal.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { formatFixed, formatPlain, formatThousands, toChineseNumeral, toFinancialCapital } from '../../../lib/domain/numbers/index.ts';

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const integer = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.maxSafeInteger().map(Math.abs));

describe('Chinese numerals', () => {
  it('never repeat 零, end with 零 (except zero itself) or start with 一十', () => {
    fc.assert(
      fc.property(integer, (n) => {
        for (const text of [toChineseNumeral(n), toFinancialCapital(n)]) {
          check(!/零零/.test(text), `${n} → ${text}`);
          check(n === 0 || !text.endsWith('零'), `${n} → ${text}`);
        }
        check(!toChineseNumeral(n).startsWith('一十'), `${n} → ${toChineseNumeral(n)}`);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('Arabic formats', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });

  it('round fixed decimals to within half a unit, never in exponent form', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 0, max: 6 }), (n, places) => {
        const text = formatFixed(n, places);
        check(/^-?\d+(\.\d+)?$/.test(text) && (text.split('.')[1] ?? '').length === places, `${n}, ${places} → ${text}`);
        check(Math.abs(Number(text) - n) <= 0.5 * 10 ** -places * (1 + 1e-9) + Math.abs(n) * 1e-15, `${n}, ${places} → ${text}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('group thousands without changing the digits', () => {
    fc.assert(
      fc.property(finite, (n) => {
        const grouped = formatThousands(n);
        check(grouped.replaceAll(',', '') === formatPlain(n, 10), `${n} → ${grouped}`);
        check(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(grouped), `${n} → ${grouped}`);
      }),
      { numRuns: 1000 },
    );
  });
});
