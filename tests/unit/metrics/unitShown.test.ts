import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCarriesUnit } from '../../../lib/domain/metrics/index.ts';

const unit = fc.constantFrom('万元', '名', '次', '%', '人次', '个', '场次');
const name = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[()（）【】[\]/／·、:：]/.test(s) && s.trim() === s);

describe('a unit already in the metric’s name', () => {
  it('is found whatever brackets it is written in', () => {
    fc.assert(
      fc.property(name, unit, fc.constantFrom(['(', ')'], ['（', '）'], ['【', '】'], ['[', ']']), (n, u, [open, close]) => {
        expect(nameCarriesUnit(`${n}${open}${u}${close}`, u)).toBe(true);
      }),
    );
  });

  it('is not found in a name that only mentions other words, or another unit in brackets', () => {
    fc.assert(
      fc.property(name, unit, unit, (n, u, other) => {
        fc.pre(!n.endsWith(u) && u !== other && !other.endsWith(u));
        expect(nameCarriesUnit(n, u)).toBe(false);
        expect(nameCarriesUnit(`${n}（${other}）`, u)).toBe(false);
      }),
    );
  });

  it('reads the real cases', () => {
    expect(nameCarriesUnit('报酬(万元)', '万元')).toBe(true);
    expect(nameCarriesUnit('党建工作经费', '万元')).toBe(false);
    expect(nameCarriesUnit('经费/万元', '万元')).toBe(true);
    expect(nameCarriesUnit('示范社区', '')).toBe(true);
  });
});
