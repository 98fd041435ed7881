// The inside of one `{{ … }}`: either `名称@期间|格式|格式` or `= 表达式 |格式`. A Chinese IME
// types ｜ ＠ ＝ in full width, so each separator is read in both widths, as in expressions.
import type { FilterNode, PeriodOffset, Span, TemplateError, TemplateNode } from './ast.ts';
import { parseExpression } from './expr.ts';
import { FILTER_HINT, parseFilter } from './filters.ts';
import { nameProblem } from './names.ts';
import { OFFSET_HINT, parseOffset } from './offsets.ts';
import { templateProblem } from './problems.ts';

const BAR = /[|｜]/g;
const AT = /[@＠]/g;
const EQUALS = /^[=＝]/;
/** `{{选:增长|下降}}` and `{{>片段名}}`, their marks in either width. */
const CHOICE = /^\s*选\s*[:：]/;
const INCLUDE = /^\s*[>＞]/;

interface Piece {
  text: string;
  span: Span;
}

/**
 * Parses the slot spanning `span` in `source`, whose content is between the braces. On failure
 * the node is an error carrying the raw source; `errors` gets every problem found, each at the
 * characters it is about.
 */
export function parseSlot(source: string, span: Span): { node: TemplateNode; errors: TemplateError[] } {
  const contentStart = span.start + 2;
  const content = source.slice(contentStart, span.end - 2);
  const errors: TemplateError[] = [];
  const special = CHOICE.exec(content) ?? INCLUDE.exec(content);
  if (special) {
    const base = contentStart + special[0].length;
    const rest = content.slice(special[0].length);
    const node = special[0].includes('>') || special[0].includes('＞') ? includeNode(rest, base, span, errors) : choiceNode(rest, base, span, errors);
    if (node) return { node, errors };
    return { node: { type: 'error', raw: source.slice(span.start, span.end), problem: errors[0]!.problem, span }, errors };
  }
  const [head, ...filterPieces] = splitPieces(content, contentStart, BAR);
  const filters = filterPieces.flatMap((piece) => filterNode(piece, errors));
  const node = EQUALS.test(head!.text) ? expressionNode(head!, filters, span, errors) : slotNode(head!, filters, span, errors);
  if (errors.length > 0 || node === null) {
    const first = errors[0] ?? { problem: templateProblem('template.emptyName'), span };
    if (errors.length === 0) errors.push(first);
    return { node: { type: 'error', raw: source.slice(span.start, span.end), problem: first.problem, span }, errors };
  }
  return { node, errors };
}

function expressionNode(head: Piece, filters: FilterNode[], span: Span, errors: TemplateError[]): TemplateNode | null {
  const parsed = parseExpression(head.text.slice(1), head.span.start + 1);
  if ('error' in parsed) {
    errors.unshift(parsed.error);
    return null;
  }
  return { type: 'expression', expr: parsed.expr, filters, span };
}

function slotNode(head: Piece, filters: FilterNode[], span: Span, errors: TemplateError[]): TemplateNode | null {
  const [namePiece, ...offsetPieces] = splitPieces(head.text, head.span.start, AT);
  const name = namePiece!.text;
  const problem = nameProblem(name);
  if (problem) {
    // An empty name is about the whole slot; a bad character is about the name.
    errors.unshift({ problem, span: name === '' ? span : namePiece!.span });
    return null;
  }
  let offset: PeriodOffset | null = null;
  for (const [i, piece] of offsetPieces.entries()) {
    const at: Span = { start: piece.span.start - 1, end: piece.span.end };
    if (i > 0) {
      errors.push({ problem: templateProblem('template.twoOffsets'), span: at });
      continue;
    }
    offset = parseOffset(piece.text);
    if (offset === null) errors.push({ problem: templateProblem('template.unknownOffset', { word: piece.text, ...OFFSET_HINT }), span: at });
  }
  return { type: 'slot', name, offset, filters, span };
}

function choiceNode(text: string, base: number, span: Span, errors: TemplateError[]): TemplateNode | null {
  const pieces = splitPieces(text, base, BAR);
  for (const [i, piece] of pieces.entries()) {
    if (piece.text !== '') continue;
    // An empty option is about the bars around it: ‖ in the middle, the one bar at either end.
    const start = i === 0 ? piece.span.start : piece.span.start - 1;
    const end = i === pieces.length - 1 ? piece.span.start : piece.span.start + 1;
    errors.push({ problem: templateProblem('template.emptyChoice'), span: { start, end: Math.max(end, start + 1) } });
  }
  if (errors.length === 0 && pieces.length < 2) errors.push({ problem: templateProblem('template.choiceTooFew'), span });
  return errors.length > 0 ? null : { type: 'choice', options: pieces.map((p) => p.text), span };
}

/** A snippet is named by its title; only braces, which would end the slot, cannot be in it. */
function includeNode(text: string, base: number, span: Span, errors: TemplateError[]): TemplateNode | null {
  const name = text.trim();
  const start = base + text.indexOf(name);
  if (name === '') errors.push({ problem: templateProblem('template.emptyName'), span });
  else if (/[{}]/.test(name)) errors.push({ problem: templateProblem('template.nameBadCharacter'), span: { start, end: start + name.length } });
  return errors.length > 0 ? null : { type: 'include', name, span };
}

function filterNode(piece: Piece, errors: TemplateError[]): FilterNode[] {
  const bar: Span = { start: piece.span.start - 1, end: piece.span.end };
  if (piece.text === '') {
    errors.push({ problem: templateProblem('template.missingFilter', FILTER_HINT), span: bar });
    return [];
  }
  const filter = parseFilter(piece.text);
  if ('error' in filter) {
    errors.push({ problem: filter.error, span: piece.span });
    return [];
  }
  return [{ filter, span: piece.span }];
}

/** Splits at every `separator` (one character, of either width); each piece is trimmed and its
 * span covers the trimmed text (an empty piece sits just after its separator). */
function splitPieces(text: string, base: number, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (;;) {
    separator.lastIndex = start;
    const end = separator.exec(text)?.index ?? -1;
    const raw = text.slice(start, end < 0 ? text.length : end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    pieces.push({ text: trimmed, span: { start: base + start + lead, end: base + start + lead + trimmed.length } });
    if (end < 0) return pieces;
    start = end + 1;
  }
}
