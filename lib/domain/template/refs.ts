// Which metrics a template reads, and in which relative period — for the fill form, for renaming
// a metric, and for the consistency checks.
import type { Expr, PeriodOffset, TemplateNode } from './ast.ts';
import { isBuiltinName } from './builtins.ts';

export interface TemplateRef {
  name: string;
  offset: PeriodOffset | null;
  /** Read through 同比/环比, which also reads the comparison period. */
  via: '同比' | '环比' | null;
}

/** Every reference to a metric, each (name, offset, via) once, in order of appearance. Built-in
 * values (本年 …) are no metric: nobody fills them and no pack carries them. */
export function collectRefs(nodes: readonly TemplateNode[]): TemplateRef[] {
  const found = new Map<string, TemplateRef>();
  const add = (ref: TemplateRef) => {
    if (isBuiltinName(ref.name)) return;
    const key = `${ref.name}\u0000${ref.offset}\u0000${ref.via}`;
    if (!found.has(key)) found.set(key, ref);
  };
  const visit = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.type === 'slot') add({ name: node.name, offset: node.offset, via: null });
      else if (node.type === 'expression') walk(node.expr, null, add);
      else if (node.type === 'optional') visit(node.body);
    }
  };
  visit(nodes);
  return [...found.values()];
}

function walk(expr: Expr, via: TemplateRef['via'], add: (ref: TemplateRef) => void): void {
  switch (expr.type) {
    case 'number':
      return;
    case 'ref':
      return add({ name: expr.name, offset: expr.offset, via });
    case 'unary':
      return walk(expr.operand, via, add);
    case 'binary':
      walk(expr.left, via, add);
      return walk(expr.right, via, add);
    case 'call': {
      const inner = expr.name === '同比' || expr.name === '环比' ? expr.name : via;
      for (const arg of expr.args) walk(arg, inner, add);
    }
  }
}

/** The names only, each once: what a snippet needs filled. */
export function referencedNames(nodes: readonly TemplateNode[]): string[] {
  return [...new Set(collectRefs(nodes).map((r) => r.name))];
}

/** The titles of the snippets a template includes (`{{>片段名}}`), each once, in order. */
export function includedTitles(nodes: readonly TemplateNode[]): string[] {
  const titles = new Set<string>();
  const visit = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.type === 'include') titles.add(node.name);
      else if (node.type === 'optional') visit(node.body);
    }
  };
  visit(nodes);
  return [...titles];
}

/**
 * The source with every `{{>from}}` made `{{>to}}`, the rest kept character for character: a
 * renamed snippet stays included where it was. Null when nothing named `from` is included.
 */
export function renameIncludes(source: string, nodes: readonly TemplateNode[], from: string, to: string): string | null {
  const spans: { start: number; end: number }[] = [];
  const visit = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.type === 'include' && node.name === from) spans.push(node.span);
      else if (node.type === 'optional') visit(node.body);
    }
  };
  visit(nodes);
  if (spans.length === 0) return null;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += source.slice(at, span.start) + `{{>${to}}}`;
    at = span.end;
  }
  return out + source.slice(at);
}
