// What an insertion would leave for the user to finish: slots with no value (shown as 【名称】),
// values that could not be computed or formatted (shown as 【名称】 too), and figures that are the
// sample library's invented ones, which read as real and must be replaced by the unit's own. Every
// insert path — one snippet, several, composed sections, the context menu — asks this one
// function before it inserts, so they all warn alike.
import type { TemplateProblem } from './problems.ts';
import type { RenderResult } from './render.ts';

export interface Unfilled {
  /** Metric names without a value, each once, in order of first use. */
  missing: string[];
  /** Why values render as an error mark, and template syntax errors shown as written. */
  errors: TemplateProblem[];
  /** Metrics whose sample figure is in the text, each once, in order of first use. They are not
   * marked in the text (it reads as finished), so they are not counted among the places to fill. */
  samples: string[];
}

export function unfilledOf(results: readonly RenderResult[]): Unfilled {
  const missing = [...new Set(results.flatMap((r) => r.missing))];
  const errors = results.flatMap((r) => [...r.valueErrors, ...r.errors].map((e) => e.problem));
  const samples = [...new Set(results.flatMap((r) => r.samples))];
  return { missing, errors, samples };
}

/** How many places the user still has to fill or fix (shown as 【】 marks in the text). */
export function unfilledCount(unfilled: Unfilled): number {
  return unfilled.missing.length + unfilled.errors.length;
}
