// Names a writer may have typed for the same metric match; different names do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchExistingMetrics, metricKey } from '../../../lib/domain/import/index.ts';

const hanChar = fc.constantFrom(...'矛盾纠纷化解率党建专题会议投入资金覆盖新增党员'.split(''));
const base = fc.array(hanChar, { minLength: 2, maxLength: 10 }).map((a) => a.join(''));
const unit = fc.constantFrom('%', '次', '万元', '个', '人次');

/** The same name as a writer might have typed it. */
const spelling = (name: string, u: string) =>
  fc.constantFrom(name, `${name}(${u})`, `${name}（${u}）`, `${name} (${u})`, `${name.slice(0, 1)} ${name.slice(1)}`, `${name}(${u})`.normalize('NFKC').replace('(', '（'));

describe('metricKey', () => {
  it('spellings of one name are one metric', () => {
    fc.assert(
      fc.property(base, unit, unit, (name, u1, u2) => {
        fc.assert(
          fc.property(spelling(name, u1), spelling(name, u2), (a, b) => {
            expect(metricKey(a)).toBe(metricKey(b));
            expect(matchExistingMetrics([a], [b]).get(a)).toBe(b);
          }),
          { numRuns: 10 },
        );
      }),
      { numRuns: 50 },
    );
  });

  it('different names stay different metrics', () => {
    fc.assert(
      fc.property(base, base, unit, (a, b, u) => {
        fc.pre(a !== b);
        expect(matchExistingMetrics([`${a}(${u})`], [b, `${b}(${u})`]).size).toBe(0);
      }),
    );
  });

  it('an exact spelling wins over an equivalent one', () => {
    expect(matchExistingMetrics(['化解率(%)'], ['化解率', '化解率(%)']).get('化解率(%)')).toBe('化解率(%)');
  });
});
