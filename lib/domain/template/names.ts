// What a metric name may be inside a slot. Mirrors MetricName in schemas.ts (no { } | @ = or line
// breaks), because those characters are the template's own syntax.
import { type TemplateProblem, templateProblem } from './problems.ts';

/** Why a trimmed name cannot be a slot name, or null when it can. */
export function nameProblem(name: string): TemplateProblem | null {
  if (name === '') return templateProblem('template.emptyName');
  if (/[{}=]/.test(name)) return templateProblem('template.nameBadCharacter');
  return null;
}
