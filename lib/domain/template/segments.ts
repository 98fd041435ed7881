// What rendering a template line yields, segment by segment. Apart from render.ts so that the
// helpers render.ts uses (counts.ts) can name it without importing render.ts back.
import type { NumberStyle } from './evaluate.ts';

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
    }
  | {
      kind: 'missing';
      text: string;
      /** The first metric without a value; `slots` lists all of them for a computed value. */
      slot: string;
      slots?: string[];
    }
  | { kind: 'error'; text: string; message: string };
