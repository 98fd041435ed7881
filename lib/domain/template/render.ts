// Rendering: a parsed template plus the metric store's values → paragraphs of segments. A slot
// with no value renders visibly as 【名称】 and is listed, never as empty text or "undefined";
// a value that cannot be computed (除数为零) renders as a visible error segment, marked 【名称】 in
// the report like a missing value, with its reason as a problem code for the panel to word.
import { parseTemplate, type ParsedTemplate } from './parse.ts';
import type { FilterNode, TemplateError, TemplateNode } from './ast.ts';
import type { TemplateProblem } from './problems.ts';
import type { PeriodKey } from '../schemas.ts';
import { type Outcome, type ResolvedRef, type SlotValue, evaluate, evaluateRef } from './evaluate.ts';
import type { RenderedSegment } from './segments.ts';
import { presentValue } from './present.ts';
import { printExpression } from './print.ts';
import { speakCounts } from './counts.ts';
import { withBuiltins } from './builtins.ts';

export type { SlotValue } from './evaluate.ts';
export type { RenderedSegment } from './segments.ts';

export interface RenderContext {
  period: PeriodKey;
  /** A metric's value in a period, or undefined when the store has none. */
  lookup(name: string, period: PeriodKey): SlotValue | undefined;
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
  /** Values that could not be computed (除数为零, 文字不能参与计算 …), at their slot's position. */
  valueErrors: TemplateError[];
  /** Metrics whose sample-library figure went into the text, each once, in order of first use. */
  samples: string[];
}

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
  const context: RenderContext = { period: given.period, lookup: withBuiltins((name, period) => given.lookup(name, period)) };
  const segments: RenderedSegment[] = [];
  const missingRefs = new Map<string, ResolvedRef>();
  const valueErrors: TemplateError[] = [];
  for (const node of parsed.nodes) {
    const segment = renderNode(node, context);
    segments.push(segment.segment);
    for (const ref of segment.missing) {
      const key = `${ref.name}\u0000${ref.period}`;
      if (!missingRefs.has(key)) missingRefs.set(key, ref);
    }
    if (segment.segment.kind === 'error' && node.type !== 'error') valueErrors.push({ problem: segment.segment.problem, span: node.span });
  }
  speakCounts(parsed.nodes, segments);
  const refs = [...missingRefs.values()];
  const missing = [...new Set(refs.map((r) => r.name))];
  const samples = [...new Set(segments.flatMap((s) => (s.kind === 'value' ? (s.samples ?? []) : [])))];
  return { paragraphs: splitLines(segments), missing, missingRefs: refs, errors: parsed.errors, valueErrors, samples };
}

function renderNode(node: TemplateNode, context: RenderContext): { segment: RenderedSegment; missing: ResolvedRef[] } {
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
