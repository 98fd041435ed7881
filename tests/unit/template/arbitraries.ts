// Generators for the template property tests: raw strings biased toward the template's syntax,
// and well-formed templates built from the grammar.
import fc from 'fast-check';
import { problemText } from '../../../components/common/problemText.ts';
import type { Problem } from '../../../lib/domain/problem.ts';
import type { SlotValue } from '../../../lib/domain/template/index.ts';

const SYNTAX_PIECES = [
  '{{', '}}', '{', '}', '|', '@', '=', '\\', '\n', ' ', '+', '-', '−', '×', '*', '÷', '/', '(', ')', '（', '）',
  ',', '，', '、', '【', '】', '.', '0', '1', '9', '12.5', '去年', '上期', '中文', '大写', '金额', '千分位', '2位小数',
  '两位小数', '百分比', '万', '亿', '同比', '环比', '占比', '合计', '党建', '经费', '社区', 'a', 'X', '名', '次', '%',
  '选:', '选：', '?', '？', ':', '：', '>', '＞', '升降', '本期', '本期末', '今天', '单位',
];

/** Any string, made mostly of template syntax and Chinese words. */
export const syntaxSoup = fc.array(fc.constantFrom(...SYNTAX_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** Any string at all, including lone surrogates. */
export const anyString = fc.string({ unit: 'binary', maxLength: 60 });

const name = fc.constantFrom('党建经费', '社区报酬', '发展党员', 'a', 'b2', '2024年经费', '社区', '党建会议(次)', '空', '零');
const filter = fc.constantFrom('|中文', '|大写', '|金额', '|千分位', '|1位小数', '|2位小数', '|百分比', '|万', '|亿', '|整数', '|升降');
const filters = fc.array(filter, { maxLength: 3 }).map((f) => f.join(''));
const offset = fc.constantFrom('', '', '@去年', '@上期');

const operand: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('0', '1', '2', '12.5', '100'),
    fc.tuple(name, offset).map(([n, o]) => `【${n}】${o}`),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '×', '÷', '*', '/'), tie('expr')).map(([a, op, b]) => `(${a}${op}${b})`),
    tie('expr').map((e) => `-${e}`),
    fc.tuple(fc.constantFrom('同比', '环比'), tie('expr')).map(([f, e]) => `${f}(${e.replace(/[同环]比/g, '合计')})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `占比(${a},${b})`),
    fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((args) => `合计(${args.join('，')})`),
  ),
})).expr;

const slot = fc.oneof(
  fc.tuple(name, offset, filters).map(([n, o, f]) => `{{${n}${o}${f}}}`),
  fc.tuple(operand, filters).map(([e, f]) => `{{= ${e} ${f}}}`),
);
const text = fc.constantFrom('召开', '次会议，', '其中', '万元。', '\n', '\\{{', '}}', '路径\\文件', '增长', '%');

/** Words a choice offers, or an optional part or a snippet is named: none holds | or a brace. */
export const word = fc.constantFrom('增长', '下降', '持平', '有所', '较快', '说明', '创新做法', '本期', 'a', '2', '会议(次)', '全面：');
export const choice = fc.array(word, { minLength: 2, maxLength: 4 }).map((options) => `{{选:${options.join('|')}}}`);
export const include = word.map((title) => `{{>${title}}}`);
/** The body of an optional part: one line, not empty, not ending in } (which would close it). */
const bodyText = fc.constantFrom('召开', '次会议，', '其中', '万元。', '\\{{', '路径\\文件', '增长', '%');
const body = fc.array(fc.oneof(slot, choice, include, bodyText), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
export const optional = fc.tuple(word, body).map(([name, b]) => `{{?${name}:${b}}}`);

/** A template that parses without errors. */
export const wellFormed = fc.array(fc.oneof(slot, text, choice, include, optional), { maxLength: 12 }).map((parts) => parts.join(''));

/** A deterministic store: most names have a number (zero, negative, fractional or huge), some a
 * text, some nothing; each period differs. */
export function fuzzLookup(name: string, period: string): SlotValue | undefined {
  let hash = 7;
  for (const char of name + period) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const pick = Math.abs(hash) % 10;
  if (pick === 0) return undefined;
  if (pick === 1) return { kind: 'text', value: '东风' };
  const numbers = [0, -3, 0.1, 12.5, 1e20, 5, 1 / 3, 100];
  return { kind: 'number', value: numbers[pick - 2]! };
}

/** A cheap assertion for use inside properties. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A problem has words in the panel's language with every placeholder filled by its params, and
 * no figure in them reads NaN, Infinity or undefined. */
export function checkWords(problem: Problem): void {
  const words = problemText(problem);
  check(words !== '', `no words for ${problem.code}`);
  check(!/\{[A-Za-z0-9_]+\}/.test(words), `a placeholder left unfilled in ${problem.code}: ${words}`);
  check(!/NaN|Infinity|undefined/.test(words), `${problem.code}: ${words}`);
}
