// A render context over plain values keyed by 名称@期间: numbers become number slot values,
// strings text slot values. Shared by the template and metric-check tests.
import type { SlotValue } from '../../../lib/domain/template/index.ts';

export function valuesContext(values: Record<string, number | string>, period = '2025') {
  return {
    period,
    lookup(name: string, p: string): SlotValue | undefined {
      const v = values[`${name}@${p}`];
      if (v === undefined) return undefined;
      return typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
    },
  };
}
