// What a filled slot writes in the report, checked over generated variants: 两 or 二 around
// measure words, full-width ｜ ＠ ＝ typed through an IME, and a filter that would turn a real
// value into 0.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEASURE_WORDS, toChineseNumeral } from '../../../lib/domain/numbers/index.ts';
import { renderedParagraphs, renderTemplate, type SlotValue } from '../../../lib/domain/template/index.ts';

const render = (source: string, values: Record<string, number | string>) =>
  renderTemplate(source, {
    period: '2025',
    lookup: (name) => {
      const v = values[name];
      return v === undefined ? undefined : ((typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v }) as SlotValue);
    },
  });
const text = (source: string, values: Record<string, number | string>) => renderedParagraphs(render(source, values)).join('\n');

// The numeral a count of n takes before a measure word: 两 only when the whole count is 2, or
// when 二 leads before 千/万/亿. Written from the rule, not from the code's own list.
function expectedCount(n: number): string {
  const plain = toChineseNumeral(n);
  if (n === 2) return '两';
  return /^二[千万亿]/.test(plain) ? `两${plain.slice(1)}` : plain;
}

describe('两 and 二 in 中文', () => {
  const FORMS = [2, 12, 20, 22, 200, 2000, 2.5, 20000, 22000, 200000000, 2002];

  it('writes 两 before every measure word, for every number form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURE_WORDS), fc.constantFrom(...FORMS), fc.constantFrom('', '共', '召开', '，'), (measure, n, before) => {
        expect(text(`${before}{{n|中文}}${measure}`, { n })).toBe(`${before}${expectedCount(n)}${measure}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps 二 for ordinals: 第二, 初二, 周二', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURE_WORDS), fc.constantFrom(...FORMS), fc.constantFrom('第', '初', '周', '星期'), (measure, n, ordinal) => {
        expect(text(`${ordinal}{{n|中文}}${measure}`, { n })).toBe(`${ordinal}${toChineseNumeral(n)}${measure}`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps 二 where it is not a count: 二季度, 二年级, 二月, 二等奖, 二级, a decimal, nothing after', () => {
    for (const after of ['季度', '年级', '月', '日', '号', '等奖', '级', '线城市', '点五', '', '。', '、']) {
      expect(text(`{{n|中文}}${after}`, { n: 2 }), after).toBe(`二${after}`);
    }
  });

  it('counts in 万 with the 万 filter too: 20000 → 两万', () => {
    expect(text('{{n|中文|万}}元', { n: 20000 })).toBe('两万元');
    expect(text('{{n|中文|亿}}元', { n: 200000000 })).toBe('两亿元');
    expect(text('{{n|中文|万}}元', { n: 25000 })).toBe('二点五万元');
  });

  it('leaves Arabic, 大写 and text values alone', () => {
    expect(text('{{n}}次', { n: 2 })).toBe('2次');
    expect(text('{{n|大写}}次', { n: 2 })).toBe('贰次');
    expect(text('{{n|中文|大写}}次', { n: 2 })).toBe('贰次');
    expect(text('{{名称}}次', { 名称: '二' })).toBe('二次');
  });
});

describe('full-width separators in plain slots', () => {
  const bar = fc.constantFrom('|', '｜');
  const at = fc.constantFrom('@', '＠');
  const space = fc.constantFrom('', ' ', '　');

  it('read ｜ as | and ＠ as @, in any mix and spacing', () => {
    fc.assert(
      fc.property(bar, at, space, space, (b, a, s1, s2) => {
        const values = { 经费: 30000 };
        const half = text('{{经费@去年|中文}}', values);
        const full = text(`{{${s1}经费${s2}${a}${s1}去年${s2}${b}${s1}中文${s2}}}`, values);
        expect(full).toBe(half);
        expect(render(`{{经费${b}万}}`, { 经费: 30000 }).errors).toEqual([]);
        expect(text(`{{经费${b}万}}元`, { 经费: 30000 })).toBe('3万元');
        expect(render(`{{经费${a}上期${b}千分位}}`, {}).missingRefs[0]).toMatchObject({ name: '经费', offset: '上期' });
      }),
    );
  });

  it('reads full-width digits in a filter: ２位小数', () => {
    expect(text('{{经费｜２位小数}}', { 经费: 3 })).toBe('3.00');
  });

  it('reads ＝ as the start of a computed value', () => {
    expect(text('{{＝甲+乙｜中文}}', { 甲: 1, 乙: 2 })).toBe('三');
  });
});

describe('a filter that would turn a real value into 0', () => {
  it('warns with a visible mark instead of printing 0, for any small value and any such filter', () => {
    const cases = fc.oneof(
      fc.record({ filter: fc.constant('万'), value: fc.integer({ min: 1, max: 49 }) }),
      fc.record({ filter: fc.constant('亿'), value: fc.integer({ min: 1, max: 499999 }) }),
      fc.record({ filter: fc.constant('整数'), value: fc.double({ min: 0.001, max: 0.49, noNaN: true }) }),
      fc.record({ filter: fc.constant('1位小数'), value: fc.double({ min: 0.001, max: 0.049, noNaN: true }) }),
    );
    fc.assert(
      fc.property(cases, fc.boolean(), ({ filter, value }, negative) => {
        const v = negative ? -value : value;
        const result = render(`经费{{经费|${filter}}}元`, { 经费: v });
        const out = renderedParagraphs(result)[0]!;
        expect(out).not.toMatch(/经费-?0(\.0+)?[万亿]?元/);
        expect(out).toBe('经费【经费】元');
        expect(result.valueErrors).toHaveLength(1);
        const scaled = filter === '万' || filter === '亿';
        expect(result.valueErrors[0]!.problem).toMatchObject({ code: scaled ? 'template.showsAsZeroScaled' : 'template.showsAsZero', params: { places: '4位小数' } });
      }),
    );
  });

  it('still writes a value that is 0, and one large enough to show', () => {
    expect(text('{{经费|万}}元', { 经费: 0 })).toBe('0万元');
    expect(text('{{经费|万}}元', { 经费: 50 })).toBe('0.01万元');
    expect(text('{{经费|万|4位小数}}元', { 经费: 30 })).toBe('0.0030万元');
    // Float noise from arithmetic is zero, not a real value.
    expect(text('{{=甲+乙-丙}}', { 甲: 0.1, 乙: 0.2, 丙: 0.3 })).toBe('0');
  });
});
