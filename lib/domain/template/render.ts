// Rendering: a parsed template plus the metric store's values → paragraphs of segments. A slot
// with no value renders visibly as 【名称】 and is listed, never as empty text or "undefined";
// a value that cannot be computed (除数为零) renders as a visible error segment, marked 【名称】 in
// the report like a missing value, with its reason as a problem code for the panel to word.
import { parseTemplate, type ParsedTemplate } from './parse.ts';
import type { ErrorNode, ExpressionNode, FilterNode, SlotNode, Span, TemplateError, TemplateNode, TextNode } from './ast.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';
import type { PeriodKey } from '../schemas.ts';
import { type Outcome, type ResolvedRef, type SlotValue, evaluate, evaluateRef } from './evaluate.ts';
import type { RenderedSegment } from './segments.ts';
import { presentValue } from './present.ts';
import { printExpression } from './print.ts';
import { speakCounts } from './counts.ts';
import { type AuthorProfile, withBuiltins } from './builtins.ts';
import { closeGaps } from './gaps.ts';

export type { SlotValue } from './evaluate.ts';
export type { RenderedSegment } from './segments.ts';

export interface RenderContext {
  period: PeriodKey;
  /** A metric's value in a period, or undefined when the store has none. */
  lookup(name: string, period: PeriodKey): SlotValue | undefined;
  /** Today (2025-07-01) for 今天, and the writer's profile for 单位/姓名/职务 (builtins.ts). */
  today?: string;
  author?: AuthorProfile;
  /** The word picked for each choice, by choiceKey; a choice not listed takes its first word. */
  choices?: Readonly<Record<string, string>>;
  /** The optional parts switched off for this insert, by name; the others are in. */
  off?: readonly string[];
  /** Another snippet's source by its title, for `{{>片段名}}`; undefined when there is none. */
  snippet?(title: string): string | undefined;
  /** The title of the snippet being rendered, so that one including itself is caught at once. */
  title?: string;
}

/** A choice as the fill form shows it: its words and the one rendered. */
export interface ChoiceField {
  key: string;
  options: string[];
  chosen: string;
}

export interface RenderResult {
  /** One array of segments per source line. */
  paragraphs: RenderedSegment[][];
  /** Names of metrics with no value, each once, in order of first use. */
  missing: string[];
  /** The same, with the period each was read in (`@去年` reads last year's), each once. */
  missingRefs: ResolvedRef[];
  /** Syntax errors, positioned in the source. */
  errors: TemplateError[];
  /** Values that could not be computed (除数为零, 文字不能参与计算 …), at their slot's position;
   * a problem inside another snippet is at the position of the slot that includes it. */
  valueErrors: TemplateError[];
  /** Metrics whose sample-library figure went into the text, each once, in order of first use. */
  samples: string[];
  /** The choices met (in included snippets too), each key once, in order. */
  choices: ChoiceField[];
  /** The names of the optional parts met, each once, in order; switched off ones included. */
  optionals: string[];
}

/** Choices with the same words share one pick, as optional parts with the same name share one switch. */
export function choiceKey(options: readonly string[]): string {
  return options.join('|');
}

/** How deep snippets may include snippets: enough for any real library, and a cap on the work. */
export const MAX_INCLUDE_DEPTH = 8;

export function missingMarker(name: string): string {
  return `【${name}】`;
}

/** The mark of a value that cannot be written: 【名称】 in the report; the preview adds the reason
 * in the panel's words, 【名称：原因】. */
export function errorMarker(label: string, reason?: string): string {
  return reason === undefined ? `【${label}】` : `【${label}：${reason}】`;
}

/** How a missing reference is shown: 名称 in the report's period, 名称@去年 in an offset one, and
 * 名称@2023-Q4 when no single offset says which period. */
export function refLabel(ref: ResolvedRef, reportPeriod: string): string {
  if (ref.period === reportPeriod) return ref.name;
  return `${ref.name}@${ref.offset ?? ref.period}`;
}

export function renderTemplate(source: string, context: RenderContext): RenderResult {
  return renderParsed(parseTemplate(source), context);
}

/** Renders an already parsed template (the consistency checks parse once and reuse it). */
export function renderParsed(parsed: ParsedTemplate, given: RenderContext): RenderResult {
  const env = { today: given.today, author: given.author };
  const context: RenderContext = { ...given, lookup: withBuiltins((name, period) => given.lookup(name, period), env) };
  const walk: Walk = { nodes: [], segments: [], gaps: [], missing: new Map(), valueErrors: [], choices: new Map(), optionals: new Set() };
  renderNodes(parsed.nodes, context, walk, given.title === undefined ? [] : [given.title], null);
  speakCounts(walk.nodes, walk.segments);
  closeGaps(walk.segments, walk.gaps);
  const refs = [...walk.missing.values()];
  const missing = [...new Set(refs.map((r) => r.name))];
  const samples = [...new Set(walk.segments.flatMap((s) => (s.kind === 'value' ? (s.samples ?? []) : [])))];
  return {
    paragraphs: splitLines(walk.segments),
    missing,
    missingRefs: refs,
    errors: parsed.errors,
    valueErrors: walk.valueErrors,
    samples,
    choices: [...walk.choices.values()],
    optionals: [...walk.optionals],
  };
}

/** Everything met while rendering, in one flat order across optional parts and included snippets. */
interface Walk {
  /** The node each segment came from (speakCounts reads their filters). */
  nodes: TemplateNode[];
  segments: RenderedSegment[];
  /** Indexes of the empty segments left by optional parts switched off. */
  gaps: number[];
  missing: Map<string, ResolvedRef>;
  valueErrors: TemplateError[];
  choices: Map<string, ChoiceField>;
  optionals: Set<string>;
}

/**
 * Renders `nodes` into the walk. `stack` holds the titles of the snippets being rendered, outermost
 * first; `at` is the span of the outermost slot that included these nodes (null at the top), where
 * their problems are reported since their own positions are in another snippet's source.
 */
function renderNodes(nodes: readonly TemplateNode[], context: RenderContext, walk: Walk, stack: readonly string[], at: Span | null): void {
  const push = (node: TemplateNode, segment: RenderedSegment) => {
    walk.nodes.push(node);
    walk.segments.push(segment);
  };
  const fail = (node: TemplateNode, problem: TemplateProblem, label: string) => {
    push(node, errorSegment(label, problem));
    walk.valueErrors.push({ problem, span: at ?? node.span });
  };
  for (const node of nodes) {
    if (node.type === 'choice') {
      const key = choiceKey(node.options);
      const picked = context.choices?.[key];
      const chosen = picked !== undefined && node.options.includes(picked) ? picked : node.options[0]!;
      if (!walk.choices.has(key)) walk.choices.set(key, { key, options: node.options, chosen });
      push(node, { kind: 'text', text: chosen });
    } else if (node.type === 'optional') {
      walk.optionals.add(node.name);
      if (context.off?.includes(node.name)) {
        walk.gaps.push(walk.segments.length);
        push(node, { kind: 'text', text: '' });
      } else {
        renderNodes(node.body, context, walk, stack, at);
      }
    } else if (node.type === 'include') {
      const label = `>${node.name}`;
      const source = context.snippet?.(node.name);
      if (stack.includes(node.name)) fail(node, templateProblem('template.includeCycle', { chain: [...stack.slice(stack.indexOf(node.name)), node.name].join(' → ') }), label);
      else if (stack.length > MAX_INCLUDE_DEPTH) fail(node, templateProblem('template.includeTooDeep', { max: MAX_INCLUDE_DEPTH }), label);
      else if (source === undefined) fail(node, templateProblem('template.unknownSnippet', { name: node.name }), label);
      else {
        const inner = parseTemplate(source);
        const where = at ?? node.span;
        for (const error of inner.errors) walk.valueErrors.push({ problem: error.problem, span: where });
        renderNodes(inner.nodes, context, walk, [...stack, node.name], where);
      }
    } else {
      const rendered = renderNode(node, context);
      push(node, rendered.segment);
      for (const ref of rendered.missing) {
        const key = `${ref.name}\u0000${ref.period}`;
        if (!walk.missing.has(key)) walk.missing.set(key, ref);
      }
      if (rendered.segment.kind === 'error' && node.type !== 'error') walk.valueErrors.push({ problem: rendered.segment.problem, span: at ?? node.span });
    }
  }
}

function renderNode(node: TextNode | SlotNode | ExpressionNode | ErrorNode, context: RenderContext): { segment: RenderedSegment; missing: ResolvedRef[] } {
  switch (node.type) {
    case 'text':
      return { segment: { kind: 'text', text: node.value }, missing: [] };
    case 'error':
      return { segment: { kind: 'error', text: node.raw, problem: node.problem }, missing: [] };
    case 'slot':
      return fromOutcome(evaluateRef(node.name, node.offset, context), node.filters, node.name, context.period, true);
    case 'expression': {
      const slot = `=${printExpression(node.expr)}`;
      return fromOutcome(evaluate(node.expr, context), node.filters, slot, context.period, false);
    }
  }
}

function fromOutcome(
  outcome: Outcome,
  filters: readonly FilterNode[],
  slot: string,
  reportPeriod: string,
  stored: boolean,
): { segment: RenderedSegment; missing: ResolvedRef[] } {
  if (outcome.kind === 'missing') {
    const labels = [...new Set(outcome.missing.map((r) => refLabel(r, reportPeriod)))];
    const names = [...new Set(outcome.missing.map((r) => r.name))];
    return { segment: { kind: 'missing', text: missingMarker(labels.join('、')), slot: names[0]!, slots: names }, missing: outcome.missing };
  }
  if (outcome.kind === 'error') return { segment: errorSegment(slot, outcome.problem), missing: [] };
  const presented = presentValue(outcome.value, filters.map((f) => f.filter), stored);
  if ('error' in presented) return { segment: errorSegment(slot, presented.error), missing: [] };
  const refs = [...new Set(outcome.refs.map((r) => r.name))];
  const samples = [...new Set(outcome.refs.filter((r) => r.sample).map((r) => r.name))];
  const segment: RenderedSegment = { kind: 'value', text: presented.text, slot, refs, ...(samples.length > 0 ? { samples } : {}) };
  if (outcome.value.kind === 'number') {
    // |百分比 makes a plain number read as a share, as 占比 does.
    const asPercent = outcome.value.style === 'plain' && filters.some((f) => f.filter.kind === 'percent');
    Object.assign(segment, { number: outcome.value.value, style: asPercent ? 'percent' : outcome.value.style });
  }
  return { segment, missing: [] };
}

function errorSegment(label: string, problem: TemplateProblem): RenderedSegment {
  return { kind: 'error', text: errorMarker(label), problem, label };
}

/** Breaks segments at newlines so that each paragraph is one source line. */
function splitLines(segments: RenderedSegment[]): RenderedSegment[][] {
  const lines: RenderedSegment[][] = [[]];
  for (const segment of segments) {
    const parts = segment.text.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ ...segment, text: part });
    });
  }
  return lines;
}

/** The paragraphs as plain strings, trimmed, blank lines dropped: what gets inserted. */
export function renderedParagraphs(result: RenderResult): string[] {
  return result.paragraphs.map((segments) => segments.map((s) => s.text).join('').trim()).filter((p) => p !== '');
}
