// The template's syntax tree. Positions are UTF-16 offsets into the source, so the editor can
// underline the exact characters an error is about.
import type { TemplateProblem } from './problems.ts';

export interface Span {
  start: number;
  end: number;
}

export interface TextNode {
  type: 'text';
  /** The text as rendered: an escaped `\{{` is already `{{` here. */
  value: string;
  span: Span;
}

/** Which period a reference reads, relative to the report's: 去年 = same period last year. */
export type PeriodOffset = '去年' | '上期';

/** A number format applied after the value: `|中文`, `|2位小数`, `|万` … */
export type Filter =
  | { kind: 'chinese' }
  | { kind: 'capital' }
  | { kind: 'money' }
  | { kind: 'thousands' }
  | { kind: 'places'; places: number }
  | { kind: 'percent' }
  | { kind: 'scale'; unit: '万' | '亿' }
  /** `|升降`: the sign becomes a word — 增长/下降 for a change, 增加/减少 for a difference, else 持平. */
  | { kind: 'sign' };

export interface FilterNode {
  filter: Filter;
  span: Span;
}

/** `{{名称@去年|中文}}`: a metric's value in the report's period (or an offset one), formatted. */
export interface SlotNode {
  type: 'slot';
  name: string;
  offset: PeriodOffset | null;
  filters: FilterNode[];
  span: Span;
}

/** `{{= 表达式 |filters}}`: a computed value. */
export interface ExpressionNode {
  type: 'expression';
  expr: Expr;
  filters: FilterNode[];
  span: Span;
}

/** Source that could not be parsed; rendered visibly, never dropped. */
export interface ErrorNode {
  type: 'error';
  raw: string;
  problem: TemplateProblem;
  span: Span;
}

/** `{{选:增长|下降|持平}}`: one of the words, picked in the fill form (the first by default). */
export interface ChoiceNode {
  type: 'choice';
  options: string[];
  span: Span;
}

/** `{{?名称:……}}`: a part of a line the fill form can leave out of this insert. Its body is one
 * line of template (slots and choices allowed, another optional part not). */
export interface OptionalNode {
  type: 'optional';
  name: string;
  body: TemplateNode[];
  span: Span;
}

/** `{{>片段名}}`: another snippet's rendered text, looked up by its title at render time. */
export interface IncludeNode {
  type: 'include';
  name: string;
  span: Span;
}

export type TemplateNode = TextNode | SlotNode | ExpressionNode | ChoiceNode | OptionalNode | IncludeNode | ErrorNode;

/** A problem with the characters it is about: a syntax error, or a value that cannot be written. */
export interface TemplateError {
  problem: TemplateProblem;
  span: Span;
}

export type BinaryOperator = '+' | '-' | '*' | '/';
export type FunctionName = '同比' | '环比' | '占比' | '合计';

/** Expressions inside `{{= … }}`. Operator symbols are kept as written (× or *), so printing a
 * template back does not rewrite what the user typed. */
export type Expr =
  | { type: 'number'; raw: string; value: number; span: Span }
  | { type: 'ref'; name: string; offset: PeriodOffset | null; quoted: boolean; span: Span }
  | { type: 'unary'; op: '+' | '-'; symbol: string; operand: Expr; span: Span }
  | { type: 'binary'; op: BinaryOperator; symbol: string; left: Expr; right: Expr; span: Span }
  | { type: 'call'; name: FunctionName; args: Expr[]; span: Span };
