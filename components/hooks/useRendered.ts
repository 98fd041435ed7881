// A snippet rendered against the metric store in the current period, recomputed only when one
// of them changes.
import { useMemo } from 'react';
import { slotLookup, type MetricStore } from '../../lib/db/slotLookup.ts';
import { renderTemplate, type RenderResult } from '../../lib/domain/template/index.ts';

export function useRendered(body: string, store: MetricStore | undefined, period: string | undefined): RenderResult | undefined {
  const lookup = useMemo(() => (store ? slotLookup(store) : undefined), [store]);
  return useMemo(() => (lookup && period ? renderTemplate(body, { period, lookup }) : undefined), [body, lookup, period]);
}
