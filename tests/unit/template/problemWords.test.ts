// Every problem the template language reports, by code, and the words the panel shows for it: the
// Chinese is exactly what users read before the messages became codes, hints and keywords included.
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../components/common/problemText.ts';
import { renderTemplate, TEMPLATE_PROBLEM_CODES, type TemplateProblemCode } from '../../../lib/domain/template/index.ts';
import { valuesContext } from '../support/context.ts';

type Case = [source: string, values: Record<string, number | string>, code: TemplateProblemCode, words: string, period?: string];

const CASES: Case[] = [
  ['开头{{未完成', {}, 'template.unclosedSlot', '缺少 }}：这个空位没有结束'],
  ['{{@去年}}', {}, 'template.emptyName', '空位里没有名称'],
  ['{{a=b}}', {}, 'template.nameBadCharacter', '名称不能包含 { } 或 ='],
  ['{{a@去年@上期}}', {}, 'template.twoOffsets', '一个空位只能有一个 @期间'],
  ['{{a@明年}}', {}, 'template.unknownOffset', '未知的期间「明年」，可用 @去年（去年同期）或 @上期（上一期）'],
  ['{{a|}}', {}, 'template.missingFilter', '| 后面缺少格式，可用 中文、大写、金额、千分位、N位小数、整数、百分比、万、亿、升降'],
  ['x{{a|中午}}', {}, 'template.unknownFilter', '未知的格式「中午」，可用 中文、大写、金额、千分位、N位小数、整数、百分比、万、亿、升降'],
  ['{{a|11位小数}}', {}, 'template.tooManyPlaces', '小数位数最多 10 位'],
  ['{{=}}', {}, 'template.emptyExpression', '等号后面没有算式'],
  [`{{=${'1+'.repeat(300)}1}}`, {}, 'template.expressionTooLong', '算式太长（最多 400 个符号）'],
  [`{{=${'-'.repeat(300)}1}}`, {}, 'template.nestedTooDeep', '括号或符号嵌套太深'],
  ['{{= 1 + }}', {}, 'template.incompleteExpression', '算式不完整，缺少数字或名称'],
  ['{{=(a+b}}', {}, 'template.missingParen', '缺少 )'],
  ['{{=*a}}', {}, 'template.unexpectedToken', '这里不能是「*」'],
  ['{{=a b}}', {}, 'template.extraToken', '多余的「b」'],
  ['{{=a@}}', {}, 'template.missingOffsetAfterAt', '@ 后面缺少期间，可用 @去年（去年同期）或 @上期（上一期）'],
  ['{{=a@后年}}', {}, 'template.unknownOffsetAfterAt', '未知的期间，可用 @去年（去年同期）或 @上期（上一期）'],
  ['{{=平均(a)}}', {}, 'template.unknownFunction', '未知的函数「平均」（可用 同比、环比、占比、合计）；名称里有括号时请用【】括起来'],
  ['{{=同比(1+环比(a))}}', {}, 'template.nestedComparison', '同比、环比里不能再用同比、环比'],
  ['{{=合计(a,b}}', {}, 'template.unclosedCall', '缺少 )：合计(…) 没有结束'],
  ['{{=同比(a,b)}}', {}, 'template.argumentsYearOnYear', '参数个数不对，应为 同比(名称)：与去年同期相比'],
  ['{{=环比()}}', {}, 'template.argumentsPeriodOnPeriod', '参数个数不对，应为 环比(名称)：与上一期相比'],
  ['{{=占比(a)}}', {}, 'template.argumentsShare', '参数个数不对，应为 占比(部分, 总数)'],
  ['{{=合计()}}', {}, 'template.argumentsSum', '参数个数不对，应为 合计(名称1, 名称2, …)'],
  ['{{=【a+b}}', {}, 'template.unclosedQuote', '【 没有对应的 】'],
  ['{{=a】}}', {}, 'template.extraQuoteClose', '多余的 】'],
  ['{{a@去年}}', { a: 1 }, 'template.badReportPeriod', '报告期间「全年」无效，无法推算去年', '全年'],
  ['{{=环比(a)}}', { a: 1 }, 'template.badReportPeriod', '报告期间「全年」无效，无法推算上期', '全年'],
  ['{{a}}', { a: Number.NaN }, 'template.invalidValue', '「a」的数值无效'],
  ['{{=a/0}}', { a: 1 }, 'template.divideByZero', '除数为零'],
  ['{{=占比(a,0)}}', { a: 1 }, 'template.shareOfZero', '占比的总数为零'],
  ['{{=同比(a)}}', { a: 5, 'a@2024': 0 }, 'template.yearOnYearZeroBase', '去年同期为零，无法计算同比'],
  ['{{=环比(a)}}', { a: 5, 'a@2025-Q2': 0 }, 'template.periodOnPeriodZeroBase', '上期为零，无法计算环比', '2025-Q3'],
  ['{{=t+1}}', { t: '东风' }, 'template.textInArithmetic', '文字「东风」不能参与计算'],
  [`{{=1${'0'.repeat(400)}}}`, {}, 'template.outOfRange', '数值超出范围'],
  ['{{t|中文}}', { t: '东风' }, 'template.textWithFilter', '文字不能用「中文」格式'],
  ['{{a|整数}}', { a: 0.3 }, 'template.showsAsZero', '0.3 按这个格式会写成 0（实为 0.3），请换用更多小数位（如「4位小数」）'],
  ['{{a|万}}', { a: 30 }, 'template.showsAsZeroScaled', '30 按这个格式会写成 0（实为 0.003万），请换用更多小数位（如「4位小数」）或去掉「万」'],
  ['{{a|百分比|金额}}', { a: 0.5 }, 'template.percentAsMoney', '百分数不能写成金额大写'],
  ['{{a|百分比|万}}', { a: 0.5 }, 'template.percentScaled', '百分数不能按万计'],
  ['{{a|金额|万}}', { a: 5 }, 'template.moneyScaled', '金额大写不能按万计'],
  ['{{选:增长}}', {}, 'template.choiceTooFew', '选项至少要有两个，用 | 隔开，如「选:增长|下降」'],
  ['{{选:增长||持平}}', {}, 'template.emptyChoice', '这里少了一个选项：两个 | 之间没有字'],
  ['{{?说明}}', {}, 'template.optionalNoColon', '可选的一句要先写名称再写冒号，如「?说明:今年新增了……」'],
  ['{{?甲:一{{?乙:二}}}}', {}, 'template.optionalNested', '可选的一句里不能再有可选的一句'],
  ['{{?说明： }}', {}, 'template.emptyOptional', '可选的一句冒号后面没有内容'],
  ['{{>没有的}}', {}, 'template.unknownSnippet', '没有名为「没有的」的片段'],
  ['{{>甲}}', {}, 'template.includeCycle', '片段互相套用，会没完没了：甲 → 乙 → 甲'],
  ['{{>深0}}', {}, 'template.includeTooDeep', '片段套片段超过 8 层'],
];

/** Snippets other snippets include: 甲 and 乙 include each other, 深0 … 深19 go ever deeper. */
const SNIPPETS: Record<string, string> = {
  甲: '一{{>乙}}',
  乙: '二{{>甲}}',
  ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`深${i}`, `{{>深${i + 1}}}`])),
};

/** The values keyed as valuesContext wants them: a bare name is read in the report's period. */
function context(values: Record<string, number | string>, period: string) {
  return valuesContext(Object.fromEntries(Object.entries(values).map(([k, v]) => [k.includes('@') ? k : `${k}@${period}`, v])), period);
}

describe('template problems', () => {
  it.each(CASES)('%s → %s', (source, values, code, words, period = '2025') => {
    const result = renderTemplate(source, { ...context(values, period), snippet: (title: string) => SNIPPETS[title] });
    const first = result.errors[0] ?? result.valueErrors[0];
    expect(first?.problem.code).toBe(code);
    expect(problemText(first!.problem)).toBe(words);
  });

  it('covers every code the template language has', () => {
    expect(new Set(CASES.map(([, , code]) => code))).toEqual(new Set(TEMPLATE_PROBLEM_CODES));
  });
});
