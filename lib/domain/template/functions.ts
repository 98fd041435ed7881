// The built-in functions of computed expressions, by name, with how many arguments each takes.
// Their evaluation lives in evaluate.ts; this table is what the parser checks calls against.
import type { FunctionName } from './ast.ts';
import type { TemplateProblemCode } from './problems.ts';

interface FunctionInfo {
  min: number;
  max: number;
  /** The problem for a call with the wrong number of arguments: its words say how it is written. */
  usage: TemplateProblemCode;
}

export const FUNCTIONS: ReadonlyMap<FunctionName, FunctionInfo> = new Map<FunctionName, FunctionInfo>([
  ['同比', { min: 1, max: 1, usage: 'template.argumentsYearOnYear' }],
  ['环比', { min: 1, max: 1, usage: 'template.argumentsPeriodOnPeriod' }],
  ['占比', { min: 2, max: 2, usage: 'template.argumentsShare' }],
  ['合计', { min: 1, max: Infinity, usage: 'template.argumentsSum' }],
]);

/** The function names, as an error message lists them. */
export const FUNCTION_LIST = [...FUNCTIONS.keys()].join('、');

export function isFunctionName(name: string): name is FunctionName {
  return FUNCTIONS.has(name as FunctionName);
}
