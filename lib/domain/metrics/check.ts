// Consistency checks on a snippet rendered with the store's values, shown before inserting:
// (a) totals vs their parts, (b) percentages over 100, (c) tenfold jumps from the previous
// period, (d) unfilled slots.
import { collectRefs, parseTemplate, renderParsed, type ParsedTemplate, type RenderContext, type RenderResult } from '../template/index.ts';
import { paragraphItems } from './figures.ts';
import { checkJumps } from './jumps.ts';
import { checkPercents } from './percents.ts';
import { checkTotals } from './totals.ts';
import { type ConsistencyWarning, checkProblem } from './warning.ts';

export function checkConsistency(source: string, context: RenderContext): ConsistencyWarning[] {
  const parsed = parseTemplate(source);
  return checkRendered(parsed, renderParsed(parsed, context), context);
}

/** The same, for a template already parsed and rendered. */
export function checkRendered(parsed: ParsedTemplate, rendered: RenderResult, context: RenderContext): ConsistencyWarning[] {
  const paragraphs = rendered.paragraphs.map(paragraphItems);
  return [
    ...paragraphs.flatMap(checkTotals),
    ...paragraphs.flatMap(checkPercents),
    ...checkJumps(collectRefs(parsed.nodes).filter((r) => r.via === null), context),
    ...unfilled(rendered),
  ];
}

/** (d) One warning per metric without a value, naming the periods it is needed for. */
function unfilled(rendered: RenderResult): ConsistencyWarning[] {
  return rendered.missing.map((name) => {
    const periods = rendered.missingRefs.filter((r) => r.name === name).map((r) => r.period);
    return { kind: 'unfilled', slots: [name], problem: checkProblem('check.unfilled', { name, periods: periods.join(', ') }) };
  });
}
