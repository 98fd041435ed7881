import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTLINE_STYLES, parseMarker, renderMarker, stripMarker, type OutlineStyle } from '../../../lib/domain/outline/index.ts';

describe('parseMarker', () => {
  it.each([
    ['一、主要工作', 'han', 1, 1, '一、', '主要工作'],
    ['十一、其他', 'han', 1, 11, '十一、', '其他'],
    ['（一）落实责任', 'han-paren', 2, 1, '（一）', '落实责任'],
    ['(二)把握重点', 'han-paren', 2, 2, '(二)', '把握重点'],
    ['（三)混合括号', 'han-paren', 2, 3, '（三)', '混合括号'],
    ['(九十九)、多余顿号', 'han-paren', 2, 99, '(九十九)、', '多余顿号'],
    ['1.标题', 'arabic', 3, 1, '1.', '标题'],
    ['2．全角点', 'arabic', 3, 2, '2．', '全角点'],
    ['3、顿号', 'arabic', 3, 3, '3、', '顿号'],
    ['12. 有空格', 'arabic', 3, 12, '12.', '有空格'],
    ['４．全角数字', 'arabic', 3, 4, '４．', '全角数字'],
    ['（1）小项', 'arabic-paren', 4, 1, '（1）', '小项'],
    ['(2)半角', 'arabic-paren', 4, 2, '(2)', '半角'],
    ['3)半个括号', 'arabic-paren', 4, 3, '3)', '半个括号'],
    ['⑷括号数字', 'arabic-paren', 4, 4, '⑷', '括号数字'],
    ['⒌带点数字', 'arabic', 3, 5, '⒌', '带点数字'],
    ['①圈一', 'circled', 5, 1, '①', '圈一'],
    ['⑳圈二十', 'circled', 5, 20, '⑳', '圈二十'],
    ['一是强化主体责任', 'han-shi', null, 1, '一是', '强化主体责任'],
    ['十二是加强', 'han-shi', null, 12, '十二是', '加强'],
    ['第一，提高认识', 'di-han', null, 1, '第一，', '提高认识'],
    ['第二、半角', 'di-han', null, 2, '第二、', '半角'],
    ['第三,逗号', 'di-han', null, 3, '第三,', '逗号'],
    ['首先，提高认识', 'sequence', null, 1, '首先，', '提高认识'],
    ['首先要提高认识', 'sequence', null, 1, '首先', '要提高认识'],
    ['其次,加强', 'sequence', null, 2, '其次,', '加强'],
    ['再次，完善', 'sequence', null, 3, '再次，', '完善'],
    ['最后，落实', 'sequence', null, null, '最后，', '落实'],
  ] as const)('%s', (line, style, level, number, markerText, rest) => {
    expect(parseMarker(line)).toEqual({ style, level, number, markerText, indent: '', rest });
  });

  it('keeps the indentation separately', () => {
    expect(parseMarker('　　（二）甲')).toMatchObject({ indent: '　　', markerText: '（二）', rest: '甲' });
  });

  it.each([
    '2020年，在区委的领导下',
    '1.5万元用于党建',
    '2020.10月',
    '第一书记汇报',
    '最后一公里',
    '再次强调',
    '十九大以来',
    '（十九大以来）',
    '（2020年）',
    '百、无效',
    '0.零',
    '一二、不是数',
    '',
    '主要工作',
  ])('finds no marker in %s', (line) => {
    expect(parseMarker(line)).toBeNull();
  });
});

describe('stripMarker', () => {
  it('returns the text without its marker', () => {
    expect(stripMarker('（一）落实责任，夯实党建基础。')).toBe('落实责任，夯实党建基础。');
    expect(stripMarker('  1. 标题')).toBe('标题');
    expect(stripMarker('没有编号')).toBe('没有编号');
  });
});

// Text that cannot merge with a marker: it starts with a Chinese character that is neither a
// numeral nor one that would make 首先 into something else.
const restText = fc
  .array(fc.constantFrom(...'党建工作会议落实责任加强组织，。'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((s) => !/^[，。]/.test(s));

// Circled numbers stop at ㊿; Arabic markers are read up to three digits so a year is never one.
function maxFor(style: OutlineStyle): number {
  if (style === 'circled') return 50;
  return style === 'arabic' || style === 'arabic-paren' ? 999 : 9999;
}

describe('parse ↔ render', () => {
  it('reads back every rendered marker with its style, number and text', () => {
    const blockAndInline = OUTLINE_STYLES.filter((s) => s !== 'sequence');
    fc.assert(
      fc.property(fc.constantFrom(...blockAndInline), fc.integer({ min: 1, max: 9999 }), restText, (style, n, rest) => {
        fc.pre(n <= maxFor(style));
        const parsed = parseMarker(renderMarker(style, n) + rest);
        return parsed?.style === style && parsed.number === n && parsed.rest === rest;
      }),
    );
  });

  it('reads back the sequence style', () => {
    for (const [n, total] of [[1, 4], [2, 4], [3, 4], [4, 4]] as const) {
      const parsed = parseMarker(renderMarker('sequence', n, { total }) + '落实');
      expect(parsed).toMatchObject({ style: 'sequence', number: n === 4 ? null : n, rest: '落实' });
    }
  });

  it('numbers 1–99 survive a round trip through the half-width forms too', () => {
    for (let n = 1; n <= 99; n++) {
      const han = renderMarker('han-paren', n).replace('（', '(').replace('）', ')');
      expect(parseMarker(`${han}甲`)).toMatchObject({ style: 'han-paren', number: n });
      expect(parseMarker(`(${n})甲`)).toMatchObject({ style: 'arabic-paren', number: n });
      expect(parseMarker(`${n}．甲`)).toMatchObject({ style: 'arabic', number: n });
      expect(parseMarker(`${n}、甲`)).toMatchObject({ style: 'arabic', number: n });
    }
  });
});
