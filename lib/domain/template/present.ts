// Turns a computed value plus its filters into the text that goes into the report. Arabic by
// default; a stored value keeps the digits it was entered with (up to 10 places, enough to hide
// float noise from summing tallies), a computed one is rounded to 2 places.
import { type NumberFormat, formatChange, formatNumber, showsAsZero } from '../numbers/index.ts';
import type { Filter } from './ast.ts';
import type { Computed, NumberStyle } from './evaluate.ts';
import { filterName, formatOf } from './filters.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';
import { chineseDate, isDateText } from './dates.ts';

const STORED_PLACES = 10;
const COMPUTED_PLACES = 2;

/** A filter with enough places to show a small value, as the problem about a value written as 0 offers it. */
const MORE_PLACES = '4位小数';

export function presentValue(value: Computed, filters: readonly Filter[], stored: boolean): { text: string } | { error: TemplateProblem } {
  if (value.kind === 'text') {
    const first = filters[0];
    // A date (本期, 今天 …) in 中文 is the 公文 form of a date: 二〇二五年七月一日.
    if (first?.kind === 'chinese' && filters.length === 1 && isDateText(value.value)) return { text: chineseDate(value.value) };
    return first ? { error: templateProblem('template.textWithFilter', { filter: filterName(first) }) } : { text: value.value };
  }
  const format: NumberFormat = formatOf(filters);
  const conflict = conflictOf(format, value.style);
  if (conflict) return { error: conflict };
  const percent = format.percent === true || value.style === 'percent';
  const maxPlaces = stored && !percent && !format.scale ? STORED_PLACES : COMPUTED_PLACES;
  if (value.style === 'change') {
    // Money was ruled out by conflictOf; this only narrows the type.
    const numeral = format.numeral === 'money' ? undefined : format.numeral;
    return { text: formatChange(value.value, { ...format, numeral, maxPlaces }) };
  }
  const written: NumberFormat = { ...format, percent, maxPlaces };
  if (filters.some((f) => f.kind === 'sign')) return { text: signWord(value.value, written) };
  // 经费 30 as {{经费|万}}元 would print 0万元: a report must not say nothing was spent.
  if (showsAsZero(value.value, written)) return { error: writtenAsZero(value.value, written) };
  return { text: formatNumber(value.value, written) };
}

/** |升降 on a difference: 增加20 / 减少5 (提高/降低 for a share), 持平 when it would read 0. */
function signWord(n: number, format: NumberFormat): string {
  const size = Math.abs(n);
  if (size === 0 || showsAsZero(size, format)) return '持平';
  const [up, down] = format.percent ? ['提高', '降低'] : ['增加', '减少'];
  return (n > 0 ? up : down) + formatNumber(size, format);
}

function writtenAsZero(n: number, format: NumberFormat): TemplateProblem {
  const params = {
    value: formatNumber(n, { maxPlaces: 10 }),
    exact: formatNumber(n, { ...format, numeral: 'arabic', places: undefined, maxPlaces: 10 }),
    places: MORE_PLACES,
  };
  return format.scale ? templateProblem('template.showsAsZeroScaled', { ...params, scale: format.scale }) : templateProblem('template.showsAsZero', params);
}

/** Filters that cannot apply together, as a problem; null when they can. */
function conflictOf(format: NumberFormat, style: NumberStyle): TemplateProblem | null {
  const percent = format.percent === true || style !== 'plain';
  if (format.numeral === 'money' && percent) return templateProblem('template.percentAsMoney');
  if (format.scale && percent) return templateProblem('template.percentScaled', { scale: format.scale });
  if (format.numeral === 'money' && format.scale) return templateProblem('template.moneyScaled', { scale: format.scale });
  return null;
}
