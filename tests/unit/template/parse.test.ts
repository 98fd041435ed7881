import { describe, expect, it } from 'vitest';
import { parseTemplate, type TemplateNode } from '../../../lib/domain/template/index.ts';

function only(source: string): TemplateNode {
  const { nodes, errors } = parseTemplate(source);
  expect(errors).toEqual([]);
  expect(nodes).toHaveLength(1);
  return nodes[0]!;
}

describe('parseTemplate: slots', () => {
  it('reads a name, an offset and filters', () => {
    expect(only('{{ 发展党员 @去年 | 中文 |2位小数}}')).toEqual({
      type: 'slot',
      name: '发展党员',
      offset: '去年',
      filters: [
        { filter: { kind: 'chinese' }, span: { start: 14, end: 16 } },
        { filter: { kind: 'places', places: 2 }, span: { start: 18, end: 22 } },
      ],
      span: { start: 0, end: 24 },
    });
  });

  it.each([
    ['{{a|大写}}', { kind: 'capital' }],
    ['{{a|金额}}', { kind: 'money' }],
    ['{{a|千分位}}', { kind: 'thousands' }],
    ['{{a|1位小数}}', { kind: 'places', places: 1 }],
    ['{{a|两位小数}}', { kind: 'places', places: 2 }],
    ['{{a|整数}}', { kind: 'places', places: 0 }],
    ['{{a|百分比}}', { kind: 'percent' }],
    ['{{a|万}}', { kind: 'scale', unit: '万' }],
    ['{{a|亿}}', { kind: 'scale', unit: '亿' }],
  ])('%s has filter %o', (source, filter) => {
    const node = only(source);
    expect(node.type === 'slot' && node.filters.map((f) => f.filter)).toEqual([filter]);
  });

  it.each([
    ['{{a@上期}}', '上期'],
    ['{{a@去年同期}}', '去年'],
  ])('%s reads period offset %s', (source, offset) => {
    const node = only(source);
    expect(node.type === 'slot' && node.offset).toBe(offset);
  });

  it('keeps names with digits, letters, brackets and operators in plain slots', () => {
    const node = only('{{党建专题会议(次)+2024年A类}}');
    expect(node.type === 'slot' && node.name).toBe('党建专题会议(次)+2024年A类');
  });
});

describe('parseTemplate: positioned errors', () => {
  it.each([
    ['x{{a|中午}}', { code: 'template.unknownFilter', params: { word: '中午' } }, { start: 5, end: 7 }],
    ['{{a|}}', { code: 'template.missingFilter' }, { start: 3, end: 4 }],
    ['{{a|11位小数}}', { code: 'template.tooManyPlaces', params: { max: 10 } }, { start: 4, end: 9 }],
    ['{{a@明年}}', { code: 'template.unknownOffset', params: { word: '明年' } }, { start: 3, end: 6 }],
    ['{{a@去年@上期}}', { code: 'template.twoOffsets' }, { start: 6, end: 9 }],
    ['{{a=b}}', { code: 'template.nameBadCharacter' }, { start: 2, end: 5 }],
    ['{{@去年}}', { code: 'template.emptyName' }, { start: 0, end: 7 }],
    ['{{=}}', { code: 'template.emptyExpression' }, { start: 3, end: 3 }],
    ['{{= 1 + }}', { code: 'template.incompleteExpression' }, { start: 7, end: 7 }],
    ['{{=(a+b}}', { code: 'template.missingParen' }, { start: 7, end: 7 }],
    ['{{=a+b)}}', { code: 'template.extraToken', params: { token: ')' } }, { start: 6, end: 7 }],
    ['{{=a b}}', { code: 'template.extraToken', params: { token: 'b' } }, { start: 5, end: 6 }],
    ['{{=平均(a)}}', { code: 'template.unknownFunction', params: { name: '平均' } }, { start: 3, end: 5 }],
    ['{{=党建会议(次)+1}}', { code: 'template.unknownFunction', params: { name: '党建会议' } }, { start: 3, end: 7 }],
    ['{{=同比(a,b)}}', { code: 'template.argumentsYearOnYear', params: { name: '同比' } }, { start: 3, end: 10 }],
    ['{{=占比(a)}}', { code: 'template.argumentsShare', params: { name: '占比' } }, { start: 3, end: 8 }],
    ['{{=【a+b}}', { code: 'template.unclosedQuote' }, { start: 3, end: 7 }],
    ['{{=a】}}', { code: 'template.extraQuoteClose' }, { start: 4, end: 5 }],
    ['{{=a@后年}}', { code: 'template.unknownOffsetAfterAt' }, { start: 4, end: 7 }],
    ['{{=a*}}', { code: 'template.incompleteExpression' }, { start: 5, end: 5 }],
    ['{{=*a}}', { code: 'template.unexpectedToken', params: { token: '*' } }, { start: 3, end: 4 }],
    ['{{=同比(1+环比(a))}}', { code: 'template.nestedComparison' }, { start: 8, end: 10 }],
  ])('%s → %o at %o', (source, problem, span) => {
    const { nodes, errors } = parseTemplate(source);
    expect(errors[0]).toMatchObject({ problem, span });
    const error = nodes.find((n) => n.type === 'error');
    expect(error?.type === 'error' && error.raw).toBe(source.slice(source.indexOf('{{')));
    expect(error?.type === 'error' && error.problem).toEqual(errors[0]!.problem);
  });

  it('reports every bad filter of a slot', () => {
    expect(parseTemplate('{{a|甲|中文|乙}}').errors.map((e) => e.span)).toEqual([
      { start: 4, end: 5 },
      { start: 9, end: 10 },
    ]);
  });

  it('caps nesting so no input can exhaust the stack', () => {
    const deep = `{{=${'('.repeat(5000)}1${')'.repeat(5000)}}}`;
    expect(parseTemplate(deep).errors[0]?.problem.code).toMatch(/^template\.(expressionTooLong|nestedTooDeep)$/);
    expect(parseTemplate(`{{=${'-'.repeat(300)}1}}`).errors[0]?.problem.code).toBe('template.nestedTooDeep');
    expect(parseTemplate(`{{=${'1+'.repeat(300)}1}}`).errors[0]?.problem).toEqual({ code: 'template.expressionTooLong', params: { max: 400 } });
  });
});

describe('parseTemplate: computed expressions', () => {
  function expr(source: string) {
    const node = only(source);
    if (node.type !== 'expression') throw new Error(`not an expression: ${node.type}`);
    return node.expr;
  }

  it('gives × and ÷ precedence over + and −, left to right', () => {
    const e = expr('{{=a-b×c÷2}}');
    expect(e).toMatchObject({
      type: 'binary',
      op: '-',
      left: { type: 'ref', name: 'a' },
      right: { type: 'binary', op: '/', symbol: '÷', left: { type: 'binary', op: '*', symbol: '×' }, right: { type: 'number', value: 2 } },
    });
  });

  it('accepts full-width operators, brackets and commas as typed with an IME', () => {
    expect(expr('{{=合计（甲，乙、丙）－１}}')).toMatchObject({ type: 'binary', op: '-', left: { type: 'call', name: '合计' } });
  });

  it('reads quoted names, offsets, functions and unary signs', () => {
    expect(expr('{{=-【党建专题会议(次)】@上期}}')).toMatchObject({
      type: 'unary',
      op: '-',
      operand: { type: 'ref', name: '党建专题会议(次)', offset: '上期', quoted: true },
    });
    expect(expr('{{=占比(a, 合计(a,b))}}')).toMatchObject({ type: 'call', name: '占比', args: [{ type: 'ref' }, { type: 'call', name: '合计' }] });
  });

  it('treats a digit run followed by letters as a name, a digit run alone as a number', () => {
    expect(expr('{{=2024年经费+12.5}}')).toMatchObject({ left: { type: 'ref', name: '2024年经费' }, right: { type: 'number', value: 12.5 } });
  });

  it('takes filters after a computed expression', () => {
    const node = only('{{= a / b |百分比|1位小数}}');
    expect(node.type === 'expression' && node.filters.map((f) => f.filter.kind)).toEqual(['percent', 'places']);
  });
});

describe('parseTemplate: literal braces', () => {
  it.each([
    ['\\{{x}}', '{{x}}'],
    ['a\\{{b', 'a{{b'],
    ['\\\\\\{{x}}', '\\{{x}}'],
    ['C:\\temp', 'C:\\temp'],
    ['}}', '}}'],
    ['\\{{\\{{', '{{{{'],
  ])('%s is the text %s', (source, text) => {
    const { nodes, errors } = parseTemplate(source);
    expect(errors).toEqual([]);
    expect(nodes).toEqual([{ type: 'text', value: text, span: { start: 0, end: source.length } }]);
  });

  it('an even run of backslashes halves and leaves the slot open', () => {
    const { nodes } = parseTemplate('\\\\{{x}}');
    expect(nodes.map((n) => n.type)).toEqual(['text', 'slot']);
    expect(nodes[0]).toMatchObject({ value: '\\' });
  });
});
