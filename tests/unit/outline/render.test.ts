import { describe, expect, it } from 'vitest';
import { OUTLINE_STYLES, renderMarker, renumber, toChineseNumeral, type OutlineStyle } from '../../../lib/domain/outline/index.ts';

const upTo99 = Array.from({ length: 99 }, (_, i) => i + 1);

// Each style's table, spelled out from the numeral so that a wrong template shows up as a diff.
const TABLES: Partial<Record<OutlineStyle, (n: number) => string>> = {
  han: (n) => `${toChineseNumeral(n)}、`,
  'han-paren': (n) => `（${toChineseNumeral(n)}）`,
  arabic: (n) => `${n}.`,
  'arabic-paren': (n) => `（${n}）`,
  'han-shi': (n) => `${toChineseNumeral(n)}是`,
  'di-han': (n) => `第${toChineseNumeral(n)}，`,
};

describe('renderMarker', () => {
  it('spells the GB/T 9704 levels and the inline styles', () => {
    expect([1, 2, 3, 4].map((level) => renderMarker(level as 1 | 2 | 3 | 4, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
    expect(renderMarker('han-paren', 99)).toBe('（九十九）');
    expect(renderMarker('han', 10)).toBe('十、');
    expect(renderMarker('han', 11)).toBe('十一、');
    expect(renderMarker('han', 20)).toBe('二十、');
    expect(renderMarker('han-shi', 12)).toBe('十二是');
    expect(renderMarker('di-han', 2)).toBe('第二，');
  });

  for (const [style, table] of Object.entries(TABLES)) {
    it(`numbers 1–99 in ${style}`, () => {
      expect(upTo99.map((n) => renderMarker(style as OutlineStyle, n))).toEqual(upTo99.map(table!));
    });
  }

  it('numbers the sequence style 首先, 其次, 再次 … and ends on 最后 when the total is known', () => {
    expect(upTo99.map((n) => renderMarker('sequence', n))).toEqual(
      upTo99.map((n) => (n === 1 ? '首先，' : n === 2 ? '其次，' : '再次，')),
    );
    expect([1, 2, 3, 4].map((n) => renderMarker('sequence', n, { total: 4 }))).toEqual(['首先，', '其次，', '再次，', '最后，']);
    expect(renderMarker('sequence', 1, { total: 1 })).toBe('首先，');
  });

  it('writes circled numbers up to ㊿ and refuses beyond', () => {
    expect([1, 20, 21, 35, 36, 50].map((n) => renderMarker('circled', n))).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿']);
    expect(() => renderMarker('circled', 51)).toThrow(RangeError);
  });

  it('refuses item numbers below 1', () => {
    for (const style of OUTLINE_STYLES) expect(() => renderMarker(style, 0)).toThrow(RangeError);
  });
});

describe('renumber', () => {
  it('replaces any existing numbering with the chosen style', () => {
    expect(renumber(['一是强化主体责任。', '(2)扎实安排部署。', '3、狠抓工作落实。', '没有编号的段落。'], 'han-paren')).toEqual([
      '（一）强化主体责任。',
      '（二）扎实安排部署。',
      '（三）狠抓工作落实。',
      '（四）没有编号的段落。',
    ]);
  });

  it('continues a list from any number', () => {
    expect(renumber(['（一）甲', '（二）乙'], 1, 4)).toEqual(['四、甲', '五、乙']);
    expect(renumber(['甲'], 'han-paren', 99)).toEqual(['（九十九）甲']);
  });

  it('skips blank paragraphs and keeps indentation', () => {
    expect(renumber(['　　1.甲', '', '  ', '　　乙'], 'arabic')).toEqual(['　　1.甲', '', '  ', '　　2.乙']);
  });

  it('ends a sequence on 最后, counting from the start number', () => {
    expect(renumber(['甲', '乙', '丙'], 'sequence')).toEqual(['首先，甲', '其次，乙', '最后，丙']);
    expect(renumber(['丙', '丁'], 'sequence', 3)).toEqual(['再次，丙', '最后，丁']);
  });

  it('is idempotent', () => {
    const once = renumber(['（三）甲', '第二，乙', '①丙'], 'han-shi');
    expect(renumber(once, 'han-shi')).toEqual(once);
    expect(once).toEqual(['一是甲', '二是乙', '三是丙']);
  });
});
