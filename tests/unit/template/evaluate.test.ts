import { describe, expect, it } from 'vitest';
import { valuesContext } from '../support/context.ts';
import { problemText } from '../../../components/common/problemText.ts';
import { renderTemplate, renderedParagraphs } from '../../../lib/domain/template/index.ts';

const store = valuesContext;

const VALUES = {
  '发展党员@2025': 5,
  '发展党员@2024': 4,
  '经费@2025': 123456.789,
  '比例@2025': 0.125,
  '金额@2025': 105,
  '社区@2025': '东风',
  '零@2025': 0,
  '零@2024': 0,
  '党建经费@2025': 30,
  '社区报酬@2025': 50.5,
  '服务经费@2025': 19.5,
  '党建专题会议(次)@2025': 12,
  '会议@2025-Q3': 9,
  '会议@2025-Q2': 12,
  '会议@2024-Q3': 9,
  '小数甲@2025': 0.1,
  '小数乙@2025': 0.2,
  '存量@2025': 3.14159,
};

function render(template: string, values: Record<string, number | string> = VALUES, period = '2025') {
  const result = renderTemplate(template, store(values, period));
  return renderedParagraphs(result).join('\n');
}

describe('renderTemplate: filters', () => {
  it.each([
    ['{{发展党员}}', '5'],
    ['{{发展党员|中文}}', '五'],
    ['{{发展党员|大写}}', '伍'],
    ['{{金额|大写}}', '壹佰零伍'],
    ['{{金额|金额}}', '壹佰零伍元整'],
    ['{{经费|千分位}}', '123,456.789'],
    ['{{经费|2位小数|千分位}}', '123,456.79'],
    ['{{经费|千分位|2位小数}}', '123,456.79'],
    ['{{经费|1位小数}}', '123456.8'],
    ['{{经费|整数}}', '123457'],
    ['{{经费|万}}', '12.35万'],
    ['{{经费|万|1位小数}}', '12.3万'],
    ['{{经费|亿|4位小数}}', '0.0012亿'],
    ['{{比例|百分比}}', '12.5%'],
    ['{{比例|百分比|1位小数}}', '12.5%'],
    ['{{比例|百分比|中文}}', '百分之十二点五'],
    ['{{发展党员|中文|大写}}', '伍'],
    ['{{存量}}', '3.14159'],
    ['{{社区}}社区', '东风社区'],
  ])('%s → %s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it.each([
    ['{{社区|中文}}', '社区', { code: 'template.textWithFilter', params: { filter: '中文' } }, '文字不能用「中文」格式'],
    ['{{比例|百分比|万}}', '比例', { code: 'template.percentScaled', params: { scale: '万' } }, '百分数不能按万计'],
    ['{{金额|金额|万}}', '金额', { code: 'template.moneyScaled', params: { scale: '万' } }, '金额大写不能按万计'],
  ])('%s is a visible error, marked 【%s】 in the report', (template, label, problem, words) => {
    const result = renderTemplate(template, store(VALUES));
    const segment = result.paragraphs[0]![0]!;
    expect(segment).toEqual({ kind: 'error', text: `【${label}】`, label, problem });
    expect(renderedParagraphs(result)).toEqual([`【${label}】`]);
    expect(result.valueErrors).toEqual([{ problem, span: { start: 0, end: template.length } }]);
    expect(problemText(result.valueErrors[0]!.problem)).toBe(words);
  });
});

describe('renderTemplate: periods', () => {
  it('reads @去年 and @上期 relative to the report period', () => {
    expect(render('{{发展党员@去年}}')).toBe('4');
    expect(render('本季{{会议}}次，上季{{会议@上期}}次，去年同期{{会议@去年}}次', VALUES, '2025-Q3')).toBe('本季9次，上季12次，去年同期9次');
  });

  it('lists a missing offset value with its period', () => {
    const result = renderTemplate('{{会议@上期}}', store(VALUES, '2025-Q2'));
    expect(renderedParagraphs(result)).toEqual(['【会议@上期】']);
    expect(result.missing).toEqual(['会议']);
    expect(result.missingRefs).toEqual([{ name: '会议', offset: '上期', period: '2025-Q1' }]);
  });

  it('shows an error when the report period is not a period', () => {
    const result = renderTemplate('{{发展党员@去年}}', store(VALUES, '全年'));
    expect(result.paragraphs[0]![0]).toMatchObject({ kind: 'error' });
  });
});

describe('renderTemplate: computed', () => {
  it.each([
    ['{{=党建经费+社区报酬+服务经费}}', '100'],
    ['{{=合计(党建经费，社区报酬、服务经费)}}', '100'],
    ['{{= (党建经费 + 社区报酬) × 2 ÷ 4 }}', '40.25'],
    ['{{=党建经费-社区报酬}}', '-20.5'],
    ['{{=-党建经费*-2}}', '60'],
    ['{{=小数甲+小数乙}}', '0.3'],
    ['{{=1/3}}', '0.33'],
    ['{{=1/3|4位小数}}', '0.3333'],
    ['{{=【党建专题会议(次)】*2}}', '24'],
    ['{{=同比(发展党员)}}', '增长25%'],
    ['{{=同比(零)}}', '持平'],
    ['{{=同比(会议)}}', '持平'],
    ['{{=环比(会议)}}', '下降25%'],
    ['{{=同比(发展党员)|中文}}', '增长百分之二十五'],
    ['{{=占比(党建经费,合计(党建经费,社区报酬,服务经费))}}', '30%'],
    ['{{=占比(1,3)|1位小数}}', '33.3%'],
    ['{{=党建经费/合计(党建经费,社区报酬,服务经费)|百分比}}', '30%'],
    ['{{=发展党员-发展党员@去年}}', '1'],
    ['{{=经费|万}}', '12.35万'],
    ['{{=社区}}', '东风'],
    ['{{=12|中文}}', '十二'],
  ])('%s → %s', (template, expected) => {
    const period = template.includes('会议') && !template.includes('专题') ? '2025-Q3' : '2025';
    expect(render(template, VALUES, period)).toBe(expected);
  });

  it.each([
    ['{{=发展党员/零}}', { code: 'template.divideByZero' }],
    ['{{=占比(发展党员,零)}}', { code: 'template.shareOfZero', params: { name: '占比' } }],
    ['{{=同比(党建经费)}}', null],
    ['{{=社区+1}}', { code: 'template.textInArithmetic', params: { text: '东风' } }],
    ['{{=1' + '0'.repeat(400) + '}}', { code: 'template.outOfRange' }],
    ['{{=9'.padEnd(300, '9') + '*9'.repeat(40) + '}}', { code: 'template.outOfRange' }],
  ])('%s never shows NaN or Infinity (%o)', (template, problem) => {
    const result = renderTemplate(template, store(VALUES));
    const text = renderedParagraphs(result).join('');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    if (problem) expect(result.paragraphs[0]![0]).toEqual({ kind: 'error', text: `【${template.slice(2, -2)}】`, label: template.slice(2, -2), problem });
    else expect(result.paragraphs[0]![0]).toMatchObject({ kind: 'missing' });
  });

  it('names the period of a missing value that no single offset describes', () => {
    const result = renderTemplate('{{=同比(会议@上期)}}', store({ '会议@2025-Q2': 1 }, '2025-Q3'));
    expect(renderedParagraphs(result)).toEqual(['【会议@2024-Q2】']);
    expect(result.missingRefs).toEqual([{ name: '会议', offset: null, period: '2024-Q2' }]);
  });

  it('makes a change against a zero base an error, not Infinity', () => {
    const result = renderTemplate('{{=同比(发展党员)}}', store({ '发展党员@2025': 5, '发展党员@2024': 0 }));
    expect(result.paragraphs[0]![0]).toMatchObject({ kind: 'error', problem: { code: 'template.yearOnYearZeroBase', params: { name: '同比' } } });
  });

  it('lists every missing operand, with its period, and shows them in one marker', () => {
    const result = renderTemplate('合计{{=甲+乙+同比(丙)+甲}}万元', store({ '丙@2025': 1 }));
    expect(renderedParagraphs(result)).toEqual(['合计【甲、乙、丙@去年】万元']);
    expect(result.missing).toEqual(['甲', '乙', '丙']);
    expect(result.missingRefs).toEqual([
      { name: '甲', offset: null, period: '2025' },
      { name: '乙', offset: null, period: '2025' },
      { name: '丙', offset: '去年', period: '2024' },
    ]);
    expect(result.paragraphs[0]![1]).toMatchObject({ kind: 'missing', slot: '甲', slots: ['甲', '乙', '丙'] });
  });

  it('gives value segments their raw number, style and source metrics', () => {
    const result = renderTemplate('{{=占比(党建经费,100)}}{{发展党员}}', store(VALUES));
    expect(result.paragraphs[0]).toEqual([
      { kind: 'value', text: '30%', slot: '=占比(党建经费,100)', number: 0.3, style: 'percent', refs: ['党建经费'] },
      { kind: 'value', text: '5', slot: '发展党员', number: 5, style: 'plain', refs: ['发展党员'] },
    ]);
  });
});

describe('renderTemplate: literal braces and the seed paragraph', () => {
  it('renders an escaped {{ as text', () => {
    expect(render('写作\\{{名称}}表示空位')).toBe('写作{{名称}}表示空位');
  });

  it('fills a total with its parts', () => {
    const template = '协调投入{{=党建经费+社区报酬+服务经费}}万元用于党建相关工作。其中党建工作经费{{党建经费}}万元，社区人员报酬{{社区报酬}}万元，服务群众专项经费{{服务经费}}万元。';
    expect(render(template)).toBe('协调投入100万元用于党建相关工作。其中党建工作经费30万元，社区人员报酬50.5万元，服务群众专项经费19.5万元。');
  });
});
