// One parser for the template language. It is total: every string parses; what is not valid
// becomes an ErrorNode with its position, so rendering can show it instead of failing.
//
// Escape: a backslash before `{{` makes it literal text — `\{{` renders `{{`. Backslashes are
// special only in a run directly before `{{`, where each `\\` stands for one `\`: an odd run
// escapes the braces (`\\\{{` → `\{{`), an even run leaves the slot open (`\\{{x}}` → `\` then x).
// Elsewhere a backslash is ordinary text, and `}}` outside a slot needs no escape.
import type { TemplateError, TemplateNode } from './ast.ts';
import { templateProblem } from './problems.ts';
import { parseSlot } from './slot.ts';

const OPEN = '{{';
const CLOSE = '}}';

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
}

export function parseTemplate(source: string): ParsedTemplate {
  const nodes: TemplateNode[] = [];
  const errors: TemplateError[] = [];
  let text = '';
  let textStart = 0;
  let cursor = 0;
  const flushText = (end: number) => {
    if (text !== '') nodes.push({ type: 'text', value: text, span: { start: textStart, end } });
    text = '';
  };
  while (cursor < source.length) {
    const open = source.indexOf(OPEN, cursor);
    if (open === -1) {
      text += source.slice(cursor);
      break;
    }
    const slashes = backslashesBefore(source, open, cursor);
    text += source.slice(cursor, open - slashes) + '\\'.repeat(Math.floor(slashes / 2));
    if (slashes % 2 === 1) {
      text += OPEN;
      cursor = open + OPEN.length;
      continue;
    }
    flushText(open);
    const close = findClose(source, open + OPEN.length);
    if (close < 0) {
      // Unclosed: the error covers up to the line break or next `{{`; parsing resumes there.
      const stop = -close - 1;
      const problem = templateProblem('template.unclosedSlot');
      nodes.push({ type: 'error', raw: source.slice(open, stop), problem, span: { start: open, end: stop } });
      errors.push({ problem, span: { start: open, end: stop } });
      cursor = stop;
    } else {
      const slot = parseSlot(source, { start: open, end: close + CLOSE.length });
      nodes.push(slot.node);
      errors.push(...slot.errors);
      cursor = close + CLOSE.length;
    }
    textStart = cursor;
  }
  flushText(source.length);
  return { nodes, errors };
}

/** How many backslashes directly precede `index`, not looking back past `floor`. */
function backslashesBefore(source: string, index: number, floor: number): number {
  let count = 0;
  while (index - count - 1 >= floor && source[index - count - 1] === '\\') count++;
  return count;
}

/**
 * The index of the `}}` closing a slot. When a line break, a new `{{` or the end comes first the
 * slot is unclosed, and the result is `-(stop + 1)` where `stop` is where parsing should resume.
 */
function findClose(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source.startsWith(CLOSE, i)) return i;
    if (source.startsWith(OPEN, i) || source[i] === '\n') return -(i + 1);
  }
  return -(source.length + 1);
}
