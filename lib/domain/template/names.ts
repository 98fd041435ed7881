// What a metric name may be inside a slot. Mirrors MetricName in schemas.ts (no { } | @ = or line
// breaks), because those characters are the template's own syntax.

/** Why a trimmed name cannot be a slot name, or null when it can. */
export function nameProblem(name: string): string | null {
  if (name === '') return '空位里没有名称';
  if (/[{}=]/.test(name)) return '名称不能包含 { } 或 =';
  return null;
}
