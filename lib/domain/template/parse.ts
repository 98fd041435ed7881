// One parser for the template language. It is total: every string parses; what is not valid
// becomes an ErrorNode with its position, so rendering can show it instead of failing.
import type { ErrorNode, TemplateError, TemplateNode } from './ast.ts';

const OPEN = '{{';
const CLOSE = '}}';

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
}

export function parseTemplate(source: string): ParsedTemplate {
  const nodes: TemplateNode[] = [];
  const errors: TemplateError[] = [];
  let cursor = 0;
  while (cursor < source.length) {
    const open = source.indexOf(OPEN, cursor);
    if (open === -1) {
      nodes.push({ type: 'text', value: source.slice(cursor), span: { start: cursor, end: source.length } });
      break;
    }
    if (open > cursor) nodes.push({ type: 'text', value: source.slice(cursor, open), span: { start: cursor, end: open } });
    const close = findClose(source, open + OPEN.length);
    if (close < 0) {
      // Unclosed: the error covers up to the line break or next `{{`; parsing resumes there.
      const stop = -close - 1;
      pushError(nodes, errors, source, open, stop, '缺少 }}：这个空位没有结束');
      cursor = stop;
      continue;
    }
    const end = close + CLOSE.length;
    const name = source.slice(open + OPEN.length, close).trim();
    if (name === '') pushError(nodes, errors, source, open, end, '空位里没有名称');
    else nodes.push({ type: 'slot', name, span: { start: open, end } });
    cursor = end;
  }
  return { nodes, errors };
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

function pushError(nodes: TemplateNode[], errors: TemplateError[], source: string, start: number, end: number, message: string): void {
  const node: ErrorNode = { type: 'error', raw: source.slice(start, end), message, span: { start, end } };
  nodes.push(node);
  errors.push({ message, span: node.span });
}
