// A snippet rendered against the metric store in the current period, plus the consistency
// warnings to show before inserting. Values typed into the fill form override the store.
import { useMemo } from 'react';
import { slotLookup, type MetricStore } from '../../lib/db/slotLookup.ts';
import { checkRendered, type ConsistencyWarning } from '../../lib/domain/metrics/index.ts';
import { parseTemplate, renderParsed, type RenderContext, type RenderResult, type ResolvedRef, type SlotValue } from '../../lib/domain/template/index.ts';

/** Typed values keyed by fillKey(name, period). */
export type FillValues = Record<string, string>;

export const fillKey = (name: string, period: string) => `${name}@${period}`;

/** A typed value as the template sees it: a number when it reads as one, else text. */
export function typedValue(raw: string): SlotValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const number = Number(text.replace(/[,，\s]/g, ''));
  return Number.isFinite(number) ? { kind: 'number', value: number } : { kind: 'text', value: text };
}

export interface Rendered {
  result: RenderResult;
  warnings: ConsistencyWarning[];
  /** Values the store lacks (typed ones included, so they stay in the fill form to correct). */
  needed: ResolvedRef[];
}

/** What the fill-ins read besides metrics (useFillIns), and what the fill form picked. */
export type FillIns = Pick<RenderContext, 'author' | 'today' | 'snippet' | 'title' | 'choices' | 'off'>;

export function useRendered(body: string, store: MetricStore | undefined, period: string | undefined, fill: FillValues = NO_VALUES, fillIns: FillIns | null = NO_FILL_INS): Rendered | undefined {
  const stored = useMemo(() => (store ? slotLookup(store) : undefined), [store]);
  const parsed = useMemo(() => parseTemplate(body), [body]);
  const needed = useMemo(
    () => (stored && period && fillIns ? renderParsed(parsed, { ...fillIns, period, lookup: stored }).missingRefs : []),
    [parsed, stored, period, fillIns],
  );
  return useMemo(() => {
    // Not ready until the fill-ins are read: a snippet's included text must not show as missing.
    if (!stored || !period || !fillIns) return undefined;
    const lookup = (name: string, p: string) => {
      const typed = fill[fillKey(name, p)];
      return (typed === undefined ? undefined : typedValue(typed)) ?? stored(name, p);
    };
    const context = { ...fillIns, period, lookup };
    const result = renderParsed(parsed, context);
    return { result, warnings: checkRendered(parsed, result, context), needed };
  }, [parsed, stored, period, fill, needed, fillIns]);
}

const NO_FILL_INS: FillIns = {};
const NO_VALUES: FillValues = {};
