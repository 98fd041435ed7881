// What rendering a template line yields, segment by segment. Apart from render.ts so that the
// helpers render.ts uses (counts.ts) can name it without importing render.ts back.
import type { NumberStyle } from './evaluate.ts';
import type { TemplateProblem } from './problems.ts';

export type RenderedSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'value';
      text: string;
      /** The metric name, or `=表达式` for a computed value. */
      slot: string;
      /** The number before formatting (a ratio for percent and change), for consistency checks. */
      number?: number;
      style?: NumberStyle;
      /** The metrics the value was read from. */
      refs?: string[];
      /** Those of `refs` whose value is the sample library's invented figure (SlotValue.sample). */
      samples?: string[];
    }
  | {
      kind: 'missing';
      text: string;
      /** The first metric without a value; `slots` lists all of them for a computed value. */
      slot: string;
      slots?: string[];
    }
  | {
      kind: 'error';
      /** What goes into the report: a syntax error as written, a value that cannot be written as
       * its 【label】 mark. The reason is not document text: the panel words `problem`. */
      text: string;
      problem: TemplateProblem;
      /** For a value that cannot be written: the metric name, or `=表达式`. */
      label?: string;
    };
