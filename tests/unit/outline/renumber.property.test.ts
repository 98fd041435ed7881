// Renumbering writes only what its own parser reads back: the chosen style, the item's number and
// exactly the text that followed the old marker — whatever that text starts with (figures such as
// 1.5亿元, enumerations such as 一、二季度, another marker such as （1）, punctuation, spaces).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { levelOfStyle, OUTLINE_STYLES, parseMarker, renumber, toChineseNumeral, type OutlineStyle } from '../../../lib/domain/outline/index.ts';

// Characters that merge with markers: numerals of both kinds, the marker punctuation, the words of
// the inline styles, circled and parenthesised digits, units that follow figures, spaces.
const ALPHABET = [...'一二三四五六七八九十百千〇零第是首先其次再最后、，,。．.：（）()0123456789０１２３①②⑴⒈亿万元季度月份批 　甲乙'];
const text = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''));
// Bodies a report really has, written after any marker or none.
const realistic = fc.constantFrom('1.5亿元用于改造', '一、二季度完成投资', '二季度完成', '（1）小项', '2020年以来', '三、四月份', '第一、二批', '1、2月份', '十一月份', '、补充', '.5个百分点', '是否落实', '其次要');
const body = fc.oneof(text, realistic, fc.tuple(fc.constantFrom('', '一、', '（一）', '1.', '（1）', '①', '一是', '第一，', '首先，', '　　'), realistic).map(([m, b]) => m + b));

// Arabic markers are read up to three digits (so a year never is one); circled ones stop at ㊿.
const maxFor = (style: OutlineStyle) => (style === 'circled' ? 50 : style.startsWith('arabic') ? 999 : 9999);

/** What renumber should keep of a paragraph: everything after its old marker. */
const bodyOf = (paragraph: string) => parseMarker(paragraph)?.rest ?? paragraph.trimStart();

describe('renumber reads back', () => {
  it('gives every paragraph the chosen style, its number and its own text, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTLINE_STYLES), fc.array(body.filter((b) => b.trim() !== ''), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 999 }), (style, paragraphs, start) => {
        fc.pre(start + paragraphs.length - 1 <= maxFor(style));
        const out = renumber(paragraphs, style, start);
        out.forEach((line, i) => {
          const back = parseMarker(line);
          expect(back, line).not.toBeNull();
          expect(back!.style).toBe(style);
          expect(back!.level).toBe(levelOfStyle(style));
          // 最后 carries no number (it depends on the list's length); 再次 stands for every item after 其次.
          if (back!.number !== null) expect(back!.number).toBe(style === 'sequence' ? Math.min(start + i, 3) : start + i);
          expect(back!.rest).toBe(bodyOf(paragraphs[i]!));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: renumbering numbered text changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OUTLINE_STYLES), fc.array(body, { minLength: 1, maxLength: 5 }), (style, paragraphs) => {
        const once = renumber(paragraphs, style);
        expect(renumber(once, style)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('enumerations are not markers', () => {
  // The 、 between two consecutive numbers of one enumeration: the paragraph has no marker.
  it('reads N、N+1… as text, and renumbering keeps it whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 98 }), fc.constantFrom('季度', '月份', '等奖', '年级', '、三产业'), fc.constantFrom(...OUTLINE_STYLES), (n, tail, style) => {
        const line = `${toChineseNumeral(n)}、${toChineseNumeral(n + 1)}${tail}完成`;
        expect(parseMarker(line), line).toBeNull();
        const [out] = renumber([line], style);
        expect(parseMarker(out!)?.rest).toBe(line);
      }),
    );
  });

  it('covers 第 and Arabic figures', () => {
    expect(parseMarker('第一、二批试点')).toBeNull();
    expect(parseMarker('第三、第四季度')).toBeNull();
    expect(parseMarker('1、2月份')).toBeNull();
    expect(parseMarker('第一、第三批')).toMatchObject({ style: 'di-han', number: 1 });
  });

  it('still reads a heading whose text starts with another number', () => {
    expect(parseMarker('一、二〇二五年工作回顾')).toMatchObject({ style: 'han', number: 1, rest: '二〇二五年工作回顾' });
    expect(parseMarker('一、二十年来的变化')).toMatchObject({ style: 'han', number: 1, rest: '二十年来的变化' });
    expect(parseMarker('三、二季度工作')).toMatchObject({ style: 'han', number: 3, rest: '二季度工作' });
    expect(parseMarker('一、 二季度工作')).toMatchObject({ style: 'han', number: 1, rest: '二季度工作' });
  });

  it('writes a space where a marker and its text would merge', () => {
    expect(renumber(['二季度完成投资'], 'han')).toEqual(['一、 二季度完成投资']);
    expect(renumber(['1.5亿元用于改造'], 'arabic', 34)).toEqual(['34. 1.5亿元用于改造']);
    expect(renumber(['1.5亿元'], 'arabic-paren')).toEqual(['（1）1.5亿元']);
  });
});
