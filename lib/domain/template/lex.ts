// Tokens of a computed expression. A name is any run of characters that are not operators,
// brackets, separators or spaces — so Chinese names, names with digits (2024年经费) and letters
// need no quoting; a run of only digits (and one point) is a number. A name that contains an
// operator or bracket, such as 党建专题会议(次), is written in 【】.
import type { BinaryOperator, Span, TemplateError } from './ast.ts';
import { nameProblem } from './names.ts';
import { templateProblem } from './problems.ts';

export type Token =
  | { type: 'number'; raw: string; span: Span }
  | { type: 'name'; name: string; quoted: boolean; span: Span }
  | { type: 'operator'; op: BinaryOperator; symbol: string; span: Span }
  | { type: '(' | ')' | ',' | '@'; span: Span };

/** Full-width forms are accepted because a Chinese IME types them. */
const OPERATORS = new Map<string, BinaryOperator>([
  ['+', '+'], ['＋', '+'], ['-', '-'], ['−', '-'], ['－', '-'],
  ['*', '*'], ['×', '*'], ['＊', '*'], ['/', '/'], ['÷', '/'], ['／', '/'],
]);
const PUNCTUATION = new Map<string, '(' | ')' | ',' | '@'>([
  ['(', '('], ['（', '('], [')', ')'], ['）', ')'], [',', ','], ['，', ','], ['、', ','], ['@', '@'], ['＠', '@'],
]);
const QUOTE_OPEN = '【';
const QUOTE_CLOSE = '】';
const NUMBER = /^\d+(\.\d+)?$/;

/** Whether a character ends an unquoted name. */
export function isDelimiter(char: string): boolean {
  return OPERATORS.has(char) || PUNCTUATION.has(char) || char === QUOTE_OPEN || char === QUOTE_CLOSE || /\s/.test(char);
}

/** Whether a name can be written without 【】 and still read back as the same name. */
export function isBareName(name: string): boolean {
  return name !== '' && !NUMBER.test(name) && !Array.from(name).some(isDelimiter);
}

/** Tokens of `source`, whose first character sits at `base` in the template. */
export function lexExpression(source: string, base: number): { tokens: Token[] } | { error: TemplateError } {
  const tokens: Token[] = [];
  let i = 0;
  const span = (start: number, end: number): Span => ({ start: base + start, end: base + end });
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (OPERATORS.has(char)) {
      tokens.push({ type: 'operator', op: OPERATORS.get(char)!, symbol: char, span: span(i, i + 1) });
      i++;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ type: PUNCTUATION.get(char)!, span: span(i, i + 1) });
      i++;
    } else if (char === QUOTE_OPEN) {
      const close = source.indexOf(QUOTE_CLOSE, i + 1);
      if (close < 0) return { error: { problem: templateProblem('template.unclosedQuote'), span: span(i, source.length) } };
      const name = source.slice(i + 1, close).trim();
      const problem = nameProblem(name);
      if (problem) return { error: { problem, span: span(i, close + 1) } };
      tokens.push({ type: 'name', name, quoted: true, span: span(i, close + 1) });
      i = close + 1;
    } else if (char === QUOTE_CLOSE) {
      return { error: { problem: templateProblem('template.extraQuoteClose'), span: span(i, i + 1) } };
    } else {
      let end = i + 1;
      while (end < source.length && !isDelimiter(source[end]!)) end++;
      const word = source.slice(i, end);
      const problem = nameProblem(word);
      if (problem) return { error: { problem, span: span(i, end) } };
      tokens.push(NUMBER.test(word) ? { type: 'number', raw: word, span: span(i, end) } : { type: 'name', name: word, quoted: false, span: span(i, end) });
      i = end;
    }
  }
  return { tokens };
}
