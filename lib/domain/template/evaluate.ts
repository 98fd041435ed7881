// Evaluates references and computed expressions against the metric store. Never produces NaN,
// Infinity or undefined: the outcome is a value, the references that have no value yet (so the
// fill form can ask for them), or a problem such as template.divideByZero (除数为零).
import type { Expr, FunctionName, PeriodOffset } from './ast.ts';
import { shiftPeriodKey } from './offsets.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';

/** A metric's value as the store gives it; `sample` when it is the sample library's invented
 * figure rather than the user's own (shown as 示例 wherever it is seen). */
export type SlotValue = ({ kind: 'number'; value: number } | { kind: 'text'; value: string }) & { sample?: true };

/** How a computed number reads: plain, a ratio shown as a percent (占比), or a change (同比). */
export type NumberStyle = 'plain' | 'percent' | 'change';

export type Computed = { kind: 'number'; value: number; style: NumberStyle } | { kind: 'text'; value: string };

/** A reference read in a concrete period: the metric, the period key, and that period relative to
 * the report's as an offset when one offset says it (null for the report's own period, or for a
 * combination such as 同比(a@上期)). */
export interface ResolvedRef {
  name: string;
  offset: PeriodOffset | null;
  period: string;
  /** The value read there is a sample's (SlotValue.sample). */
  sample?: true;
}

export type Outcome =
  | { kind: 'value'; value: Computed; refs: ResolvedRef[] }
  | { kind: 'missing'; missing: ResolvedRef[] }
  | { kind: 'error'; problem: TemplateProblem };

export interface EvalEnv {
  /** The period being read; 同比 and 环比 shift it for their comparison value. */
  period: string;
  /** How `period` relates to the report's: null at the top, '去年' inside 同比's comparison. */
  shift?: PeriodOffset | null;
  lookup(name: string, period: string): SlotValue | undefined;
}

/** A metric's value in the env's period, or in the period `offset` points to. */
export function evaluateRef(name: string, offset: PeriodOffset | null, env: EvalEnv): Outcome {
  const period = shiftPeriodKey(env.period, offset);
  if (period === null) return badReportPeriod(env.period, offset!);
  const shift = env.shift ?? null;
  const ref: ResolvedRef = { name, offset: shift && offset ? null : (shift ?? offset), period };
  const found = env.lookup(name, period);
  if (found === undefined) return { kind: 'missing', missing: [ref] };
  const read: ResolvedRef = found.sample ? { ...ref, sample: true } : ref;
  if (found.kind === 'text') return { kind: 'value', value: { kind: 'text', value: found.value }, refs: [read] };
  if (!Number.isFinite(found.value)) return error(templateProblem('template.invalidValue', { name }));
  return { kind: 'value', value: { kind: 'number', value: found.value, style: 'plain' }, refs: [read] };
}

export function evaluate(expr: Expr, env: EvalEnv): Outcome {
  switch (expr.type) {
    case 'number':
      return number(expr.value, 'plain', []);
    case 'ref':
      return evaluateRef(expr.name, expr.offset, env);
    case 'unary':
      return numbers([evaluate(expr.operand, env)], ([x]) => (expr.op === '-' ? -x! : x!));
    case 'binary':
      return numbers([evaluate(expr.left, env), evaluate(expr.right, env)], ([a, b]) => arithmetic(expr.op, a!, b!));
    case 'call':
      return callFunction(expr.name, expr.args, env);
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', a: number, b: number): number | TemplateProblem {
  if (op === '+') return a + b;
  if (op === '-') return a - b;
  if (op === '*') return a * b;
  return b === 0 ? templateProblem('template.divideByZero') : a / b;
}

function callFunction(name: FunctionName, args: Expr[], env: EvalEnv): Outcome {
  switch (name) {
    case '合计':
      return numbers(args.map((arg) => evaluate(arg, env)), (xs) => xs.reduce((sum, x) => sum + x, 0));
    case '占比':
      return numbers(args.map((arg) => evaluate(arg, env)), ([part, total]) => (total === 0 ? templateProblem('template.shareOfZero', { name }) : part! / total!), 'percent');
    case '同比':
      return change(args[0]!, env, '去年', templateProblem('template.yearOnYearZeroBase', { name }));
    case '环比':
      return change(args[0]!, env, '上期', templateProblem('template.periodOnPeriodZeroBase', { name }));
  }
}

/** (current − base) / |base|, where base is the same expression read in the offset period. */
function change(arg: Expr, env: EvalEnv, offset: PeriodOffset, zeroBase: TemplateProblem): Outcome {
  const basePeriod = shiftPeriodKey(env.period, offset);
  if (basePeriod === null) return badReportPeriod(env.period, offset);
  const current = evaluate(arg, env);
  const base = evaluate(arg, { ...env, period: basePeriod, shift: env.shift ? null : offset });
  return numbers([current, base], ([now, then]) => {
    if (then === 0) return now === 0 ? 0 : zeroBase;
    return (now! - then!) / Math.abs(then!);
  }, 'change');
}

/**
 * Combines operands that must be numbers: any missing reference makes the whole result missing
 * (listing all of them), then the first error wins; `compute` returns a number or a problem.
 */
function numbers(operands: Outcome[], compute: (values: number[]) => number | TemplateProblem, style: NumberStyle = 'plain'): Outcome {
  const missing = operands.flatMap((o) => (o.kind === 'missing' ? o.missing : []));
  if (missing.length > 0) return { kind: 'missing', missing };
  const values: number[] = [];
  const refs: ResolvedRef[] = [];
  for (const operand of operands) {
    if (operand.kind === 'error') return operand;
    if (operand.kind !== 'value') continue;
    if (operand.value.kind === 'text') return error(templateProblem('template.textInArithmetic', { text: operand.value.value }));
    values.push(operand.value.value);
    refs.push(...operand.refs);
  }
  const result = compute(values);
  if (typeof result !== 'number') return error(result);
  return number(result, style, refs);
}

function number(value: number, style: NumberStyle, refs: ResolvedRef[]): Outcome {
  if (!Number.isFinite(value)) return error(templateProblem('template.outOfRange'));
  return { kind: 'value', value: { kind: 'number', value, style }, refs };
}

function error(problem: TemplateProblem): Outcome {
  return { kind: 'error', problem };
}

/** The report's period is no period, so `offset` has nothing to count back from. */
function badReportPeriod(period: string, offset: PeriodOffset): Outcome {
  return error(templateProblem('template.badReportPeriod', { period, offset }));
}
