// Rendering: a parsed template plus the metric store's values → paragraphs of segments. A slot
// with no value renders visibly as 【名称】 and is listed, never as empty text or "undefined".
import { parseTemplate } from './parse.ts';
import type { TemplateError } from './ast.ts';
import type { PeriodKey } from '../schemas.ts';

export type SlotValue = { kind: 'number'; value: number } | { kind: 'text'; value: string };

export interface RenderContext {
  period: PeriodKey;
  /** A metric's value in a period, or undefined when the store has none. */
  lookup(name: string, period: PeriodKey): SlotValue | undefined;
}

export type RenderedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; slot: string }
  | { kind: 'missing'; text: string; slot: string }
  | { kind: 'error'; text: string; message: string };

export interface RenderResult {
  /** One array of segments per source line. */
  paragraphs: RenderedSegment[][];
  /** Names of slots with no value, each once, in order of first use. */
  missing: string[];
  errors: TemplateError[];
}

export function missingMarker(name: string): string {
  return `【${name}】`;
}

export function renderTemplate(source: string, context: RenderContext): RenderResult {
  const { nodes, errors } = parseTemplate(source);
  const segments: RenderedSegment[] = [];
  const missing: string[] = [];
  for (const node of nodes) {
    if (node.type === 'text') segments.push({ kind: 'text', text: node.value });
    else if (node.type === 'error') segments.push({ kind: 'error', text: node.raw, message: node.message });
    else {
      const value = context.lookup(node.name, context.period);
      if (value === undefined) {
        if (!missing.includes(node.name)) missing.push(node.name);
        segments.push({ kind: 'missing', text: missingMarker(node.name), slot: node.name });
      } else segments.push({ kind: 'value', text: formatSlotValue(value), slot: node.name });
    }
  }
  return { paragraphs: splitLines(segments), missing, errors };
}

function formatSlotValue(value: SlotValue): string {
  return value.kind === 'text' ? value.value : String(value.value);
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
