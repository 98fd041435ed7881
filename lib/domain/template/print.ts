// Writes a syntax tree back as template source, so that parsing what is printed gives the same
// tree again (positions aside). Slots are written canonically — `{{名称@去年|中文}}`, filters
// by their canonical names, expressions with the fewest parentheses their structure needs —
// while operator symbols and 【】 quoting are kept as the user wrote them.
import type { Expr, FilterNode, TemplateNode } from './ast.ts';
import { filterName } from './filters.ts';
import { isBareName } from './lex.ts';

export function printTemplate(nodes: readonly TemplateNode[]): string {
  let out = '';
  let pendingText = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      pendingText += node.value;
      continue;
    }
    // Every other node starts with `{{`, so backslashes ending the text before it are doubled.
    out += escapeText(pendingText, true) + printNode(node);
    pendingText = '';
  }
  return out + escapeText(pendingText, false);
}

/**
 * Plain text as template source that renders exactly that text: every `{{` is escaped. Text taken
 * from outside the user's own typing (a web page's selection) goes through this, so a page cannot
 * plant a live slot that would later hand a metric's value to whatever page it is inserted into.
 */
export function literalTemplate(text: string): string {
  return escapeText(text, false);
}

function printNode(node: Exclude<TemplateNode, { type: 'text' }>): string {
  switch (node.type) {
    case 'error':
      return node.raw;
    case 'slot':
      return `{{${node.name}${node.offset ? `@${node.offset}` : ''}${printFilters(node.filters)}}}`;
    case 'expression':
      return `{{=${printExpression(node.expr)}${printFilters(node.filters)}}}`;
    case 'choice':
      return `{{选:${node.options.join('|')}}}`;
    case 'optional':
      return `{{?${node.name}:${printTemplate(node.body)}}}`;
    case 'include':
      return `{{>${node.name}}}`;
  }
}

function printFilters(filters: readonly FilterNode[]): string {
  return filters.map((f) => `|${filterName(f.filter)}`).join('');
}

/** Text as source: each `{{` gets a backslash, and backslashes right before it are doubled. */
function escapeText(value: string, beforeOpen: boolean): string {
  let out = '';
  let from = 0;
  for (let open = value.indexOf('{{'); open >= 0; open = value.indexOf('{{', from)) {
    out += doubleTrailingBackslashes(value.slice(from, open)) + '\\{{';
    from = open + 2;
  }
  const rest = value.slice(from);
  return out + (beforeOpen ? doubleTrailingBackslashes(rest) : rest);
}

function doubleTrailingBackslashes(text: string): string {
  const run = /\\*$/.exec(text)![0];
  return text + run;
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

function precedenceOf(expr: Expr): number {
  if (expr.type === 'binary') return PRECEDENCE[expr.op];
  return expr.type === 'unary' ? 3 : 4;
}

export function printExpression(expr: Expr): string {
  switch (expr.type) {
    case 'number':
      return expr.raw;
    case 'ref': {
      const name = expr.quoted || !isBareName(expr.name) ? `【${expr.name}】` : expr.name;
      return expr.offset ? `${name}@${expr.offset}` : name;
    }
    case 'unary':
      return expr.symbol + wrap(expr.operand, precedenceOf(expr.operand) < 3);
    case 'binary': {
      const own = PRECEDENCE[expr.op];
      // Left-associative: a right operand of equal precedence keeps its parentheses (a-(b-c)).
      return wrap(expr.left, precedenceOf(expr.left) < own) + expr.symbol + wrap(expr.right, precedenceOf(expr.right) <= own);
    }
    case 'call':
      return `${expr.name}(${expr.args.map(printExpression).join(',')})`;
  }
}

function wrap(expr: Expr, parenthesize: boolean): string {
  const text = printExpression(expr);
  return parenthesize ? `(${text})` : text;
}
