// One parser for the template language. It is total: every string parses; what is not valid
// becomes an ErrorNode with its position, so rendering can show it instead of failing.
//
// Escape: a backslash before `{{` makes it literal text — `\{{` renders `{{`. Backslashes are
// special only in a run directly before `{{`, where each `\\` stands for one `\`: an odd run
// escapes the braces (`\\\{{` → `\{{`), an even run leaves the slot open (`\\{{x}}` → `\` then x).
// Elsewhere a backslash is ordinary text, and `}}` outside a slot needs no escape.
import type { Span, TemplateError, TemplateNode } from './ast.ts';
import { nameProblem } from './names.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';
import { parseSlot } from './slot.ts';

const OPEN = '{{';
/** `{{?名称:正文}}`; a Chinese IME types the question mark and the colon full width. */
const OPTIONAL = /[ \t]*[?？]/y;
const COLON = /[:：]/;
const CLOSE = '}}';

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
}

export function parseTemplate(source: string): ParsedTemplate {
  return parseRange(source, 0, source.length, false);
}

/**
 * Parses `source` from `start` to `end`, positions staying those of the whole source. Inside an
 * optional part (`nested`) another optional part is an error: one switch per part keeps the fill
 * form readable.
 */
export function parseRange(source: string, start: number, end: number, nested: boolean): ParsedTemplate {
  const nodes: TemplateNode[] = [];
  const errors: TemplateError[] = [];
  let text = '';
  let textStart = start;
  let cursor = start;
  const flushText = (at: number) => {
    if (text !== '') nodes.push({ type: 'text', value: text, span: { start: textStart, end: at } });
    text = '';
  };
  while (cursor < end) {
    const found = source.indexOf(OPEN, cursor);
    const open = found + OPEN.length <= end ? found : -1;
    if (open === -1) {
      text += source.slice(cursor, end);
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
    OPTIONAL.lastIndex = open + OPEN.length;
    const optional = OPTIONAL.test(source) && OPTIONAL.lastIndex <= end;
    const close = optional ? findOptionalClose(source, open + OPEN.length, end) : findClose(source, open + OPEN.length, end);
    if (close < 0) {
      // Unclosed: the error covers up to the line break or next `{{`; parsing resumes there.
      const stop = -close - 1;
      const problem = templateProblem('template.unclosedSlot');
      nodes.push({ type: 'error', raw: source.slice(open, stop), problem, span: { start: open, end: stop } });
      errors.push({ problem, span: { start: open, end: stop } });
      cursor = stop;
    } else {
      const span = { start: open, end: close + CLOSE.length };
      const slot = optional ? parseOptional(source, span, nested) : parseSlot(source, span);
      nodes.push(slot.node);
      errors.push(...slot.errors);
      cursor = close + CLOSE.length;
    }
    textStart = cursor;
  }
  flushText(end);
  return { nodes, errors };
}

function parseOptional(source: string, span: Span, nested: boolean): { node: TemplateNode; errors: TemplateError[] } {
  const fail = (problem: TemplateProblem, at: Span) => ({
    node: { type: 'error', raw: source.slice(span.start, span.end), problem, span } satisfies TemplateNode,
    errors: [{ problem, span: at }],
  });
  if (nested) return fail(templateProblem('template.optionalNested'), span);
  const contentEnd = span.end - CLOSE.length;
  const mark = source.slice(span.start, contentEnd).search(/[?？]/) + span.start;
  // The name ends at the first colon before any slot of the body (a choice has a colon of its own).
  const head = source.slice(mark + 1, contentEnd);
  const colonAt = head.search(COLON);
  const slotAt = head.indexOf(OPEN);
  if (colonAt < 0 || (slotAt >= 0 && slotAt < colonAt)) return fail(templateProblem('template.optionalNoColon'), span);
  const colon = mark + 1 + colonAt;
  const raw = source.slice(mark + 1, colon);
  const name = raw.trim();
  const nameSpan = { start: mark + 1 + raw.indexOf(name), end: mark + 1 + raw.indexOf(name) + name.length };
  const problem = nameProblem(name);
  if (problem) return fail(problem, name === '' ? span : nameSpan);
  if (source.slice(colon + 1, contentEnd).trim() === '') return fail(templateProblem('template.emptyOptional'), span);
  const body = parseRange(source, colon + 1, contentEnd, true);
  if (body.errors.length > 0) {
    return { node: { type: 'error', raw: source.slice(span.start, span.end), problem: body.errors[0]!.problem, span }, errors: body.errors };
  }
  return { node: { type: 'optional', name, body: body.nodes, span }, errors: [] };
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
function findClose(source: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (source.startsWith(CLOSE, i) && i + CLOSE.length <= end) return i;
    if ((source.startsWith(OPEN, i) && i + OPEN.length <= end) || source[i] === '\n') return -(i + 1);
  }
  return -(end + 1);
}

/**
 * The `}}` closing an optional part, whose body may hold slots of its own: each unescaped `{{`
 * opens one more level. Unclosed, it stops at the line break or the end, as findClose does.
 */
function findOptionalClose(source: string, from: number, end: number): number {
  let depth = 1;
  for (let i = from; i < end; i++) {
    if (source[i] === '\n') return -(i + 1);
    if (source.startsWith(OPEN, i) && i + OPEN.length <= end) {
      if (backslashesBefore(source, i, from) % 2 === 0) depth++;
      i++;
    } else if (source.startsWith(CLOSE, i) && i + CLOSE.length <= end) {
      depth--;
      if (depth === 0) return i;
      i++;
    }
  }
  return -(end + 1);
}
