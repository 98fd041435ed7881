// A recursive-descent parser for computed expressions (`{{= … }}`), with the usual precedence:
// unary signs bind tightest, then × ÷, then + −, left to right. It never throws: a malformed
// expression yields one positioned error. Size and nesting are capped so that no input can
// exhaust the stack, here or in the evaluator and printer that recurse over the result.
import type { Expr, Span, TemplateError } from './ast.ts';
import { FUNCTION_LIST, FUNCTIONS, isFunctionName } from './functions.ts';
import { type Token, lexExpression } from './lex.ts';
import { OFFSET_HINT, parseOffset } from './offsets.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';

const MAX_TOKENS = 400;
const MAX_DEPTH = 40;
/** 同比 and 环比, the functions that may not nest, as the problem about nesting them names them. */
const COMPARISONS = { yearOnYear: '同比', periodOnPeriod: '环比' } as const;

export function parseExpression(source: string, base: number): { expr: Expr } | { error: TemplateError } {
  const lexed = lexExpression(source, base);
  if ('error' in lexed) return lexed;
  const { tokens } = lexed;
  const whole: Span = { start: base, end: base + source.length };
  if (tokens.length === 0) return { error: { problem: templateProblem('template.emptyExpression'), span: whole } };
  if (tokens.length > MAX_TOKENS) return { error: { problem: templateProblem('template.expressionTooLong', { max: MAX_TOKENS }), span: whole } };
  try {
    const parser = new Parser(tokens, whole);
    const expr = parser.expression(0);
    parser.expectEnd();
    return { expr };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { error: failure.error };
    throw failure;
  }
}

/** Thrown inside the parser only, and always caught by parseExpression. */
class ParseFailure {
  constructor(readonly error: TemplateError) {}
}

class Parser {
  private index = 0;
  private insideComparison = false;
  constructor(
    private readonly tokens: Token[],
    private readonly whole: Span,
  ) {}

  /** additive := term (('+'|'-') term)* */
  expression(depth: number): Expr {
    if (depth > MAX_DEPTH) this.fail(templateProblem('template.nestedTooDeep'), this.peek()?.span ?? this.whole);
    let left = this.term(depth);
    for (let token = this.peek(); token?.type === 'operator' && (token.op === '+' || token.op === '-'); token = this.peek()) {
      this.index++;
      const right = this.term(depth);
      left = { type: 'binary', op: token.op, symbol: token.symbol, left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  /** term := unary (('*'|'/') unary)* */
  private term(depth: number): Expr {
    let left = this.unary(depth);
    for (let token = this.peek(); token?.type === 'operator' && (token.op === '*' || token.op === '/'); token = this.peek()) {
      this.index++;
      const right = this.unary(depth);
      left = { type: 'binary', op: token.op, symbol: token.symbol, left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  /** unary := ('+'|'-') unary | primary */
  private unary(depth: number): Expr {
    const token = this.peek();
    if (token?.type === 'operator' && (token.op === '+' || token.op === '-')) {
      if (depth > MAX_DEPTH) this.fail(templateProblem('template.nestedTooDeep'), token.span);
      this.index++;
      const operand = this.unary(depth + 1);
      return { type: 'unary', op: token.op, symbol: token.symbol, operand, span: join(token.span, operand.span) };
    }
    return this.primary(depth);
  }

  /** primary := number | name ('@' 期间)? | 函数 '(' args ')' | '(' expression ')' */
  private primary(depth: number): Expr {
    const token = this.next(templateProblem('template.incompleteExpression'));
    if (token.type === 'number') return { type: 'number', raw: token.raw, value: Number(token.raw), span: token.span };
    if (token.type === '(') {
      const inner = this.expression(depth + 1);
      const close = this.next(templateProblem('template.missingParen'));
      if (close.type !== ')') this.fail(templateProblem('template.missingParen'), close.span);
      return { ...inner, span: join(token.span, close.span) };
    }
    if (token.type !== 'name') return this.fail(templateProblem('template.unexpectedToken', { token: describe(token) }), token.span);
    if (this.peek()?.type === '(') return this.call(token, depth);
    return this.reference(token);
  }

  private reference(token: Extract<Token, { type: 'name' }>): Expr {
    if (this.peek()?.type !== '@') return { type: 'ref', name: token.name, offset: null, quoted: token.quoted, span: token.span };
    const at = this.next(templateProblem('template.missingOffsetAfterAt', OFFSET_HINT));
    const word = this.next(templateProblem('template.missingOffsetAfterAt', OFFSET_HINT));
    const offset = word.type === 'name' && !word.quoted ? parseOffset(word.name) : null;
    if (!offset) this.fail(templateProblem('template.unknownOffsetAfterAt', OFFSET_HINT), join(at.span, word.span));
    return { type: 'ref', name: token.name, offset, quoted: token.quoted, span: join(token.span, word.span) };
  }

  private call(token: Extract<Token, { type: 'name' }>, depth: number): Expr {
    const name = token.name;
    if (token.quoted || !isFunctionName(name)) {
      this.fail(templateProblem('template.unknownFunction', { name, functions: FUNCTION_LIST }), token.span);
    }
    // 同比/环比 evaluate their argument twice; nesting them would double the work at each level.
    const compares = name === '同比' || name === '环比';
    if (compares && this.insideComparison) this.fail(templateProblem('template.nestedComparison', COMPARISONS), token.span);
    this.insideComparison ||= compares;
    this.index++; // the '('
    const args: Expr[] = [];
    if (this.peek()?.type !== ')') {
      args.push(this.expression(depth + 1));
      while (this.peek()?.type === ',') {
        this.index++;
        args.push(this.expression(depth + 1));
      }
    }
    if (compares) this.insideComparison = false;
    const close = this.next(templateProblem('template.unclosedCall', { name }));
    if (close.type !== ')') this.fail(templateProblem('template.unclosedCall', { name }), close.span);
    const info = FUNCTIONS.get(name)!;
    const span = join(token.span, close.span);
    if (args.length < info.min || args.length > info.max) this.fail(templateProblem(info.usage, { name }), span);
    return { type: 'call', name, args, span };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token) this.fail(templateProblem('template.extraToken', { token: describe(token) }), token.span);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** The next token; at the end, `problem` is what is missing there. */
  private next(problem: TemplateProblem): Token {
    const token = this.tokens[this.index];
    if (!token) this.fail(problem, { start: this.whole.end, end: this.whole.end });
    this.index++;
    return token;
  }

  private fail(problem: TemplateProblem, span: Span): never {
    throw new ParseFailure({ problem, span });
  }
}

function describe(token: Token): string {
  if (token.type === 'number') return token.raw;
  if (token.type === 'name') return token.name;
  if (token.type === 'operator') return token.symbol;
  return token.type;
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
