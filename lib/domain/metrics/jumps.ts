// (c) A value more than ten times, or less than a tenth of, its previous period's — usually a
// typo (an extra zero, 万 entered as 元). Each directly referenced metric is compared in the
// period it is read in; a period with no value or a zero on either side is not compared.
import { formatPeriodKey, parsePeriod, previousPeriod } from '../period.ts';
import { formatPlain } from '../numbers/index.ts';
import { type RenderContext, type TemplateRef, shiftPeriodKey } from '../template/index.ts';
import { type ConsistencyWarning, checkProblem } from './warning.ts';

const FACTOR = 10;

export function checkJumps(refs: readonly TemplateRef[], context: RenderContext): ConsistencyWarning[] {
  const seen = new Set<string>();
  const warnings: ConsistencyWarning[] = [];
  for (const ref of refs) {
    const period = shiftPeriodKey(context.period, ref.offset);
    const parsed = period === null ? null : parsePeriod(period);
    if (period === null || !parsed || seen.has(`${ref.name}\u0000${period}`)) continue;
    seen.add(`${ref.name}\u0000${period}`);
    const before = formatPeriodKey(previousPeriod(parsed));
    const now = context.lookup(ref.name, period);
    const then = context.lookup(ref.name, before);
    if (now?.kind !== 'number' || then?.kind !== 'number' || now.value === 0 || then.value === 0) continue;
    const ratio = Math.abs(now.value / then.value);
    if (ratio > FACTOR || ratio < 1 / FACTOR) {
      warnings.push({
        kind: 'tenfold-change',
        slots: [ref.name],
        problem: checkProblem('check.tenfoldChange', {
          name: ref.name,
          period,
          value: formatPlain(now.value),
          previousPeriod: before,
          previousValue: formatPlain(then.value),
        }),
      });
    }
  }
  return warnings;
}
