// The built-in functions of computed expressions, by name, with how many arguments each takes.
// Their evaluation lives in evaluate.ts; this table is what the parser checks calls against.
import type { FunctionName } from './ast.ts';

interface FunctionInfo {
  min: number;
  max: number;
  /** How the call is written, for error messages. */
  usage: string;
}

export const FUNCTIONS: ReadonlyMap<FunctionName, FunctionInfo> = new Map<FunctionName, FunctionInfo>([
  ['同比', { min: 1, max: 1, usage: '同比(名称)：与去年同期相比' }],
  ['环比', { min: 1, max: 1, usage: '环比(名称)：与上一期相比' }],
  ['占比', { min: 2, max: 2, usage: '占比(部分, 总数)' }],
  ['合计', { min: 1, max: Infinity, usage: '合计(名称1, 名称2, …)' }],
]);

export function isFunctionName(name: string): name is FunctionName {
  return FUNCTIONS.has(name as FunctionName);
}
