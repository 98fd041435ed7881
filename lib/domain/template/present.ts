// Turns a computed value plus its filters into the text that goes into the report. Arabic by
// default; a stored value keeps the digits it was entered with (up to 10 places, enough to hide
// float noise from summing tallies), a computed one is rounded to 2 places.
import { type NumberFormat, formatChange, formatNumber, showsAsZero } from '../numbers/index.ts';
import type { Filter } from './ast.ts';
import type { Computed, NumberStyle } from './evaluate.ts';
import { filterName, formatOf } from './filters.ts';

const STORED_PLACES = 10;
const COMPUTED_PLACES = 2;

export function presentValue(value: Computed, filters: readonly Filter[], stored: boolean): { text: string } | { error: string } {
  if (value.kind === 'text') {
    const first = filters[0];
    return first ? { error: `文字不能用「${filterName(first)}」格式` } : { text: value.value };
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
  // 经费 30 as {{经费|万}}元 would print 0万元: a report must not say nothing was spent.
  if (showsAsZero(value.value, written)) return { error: zeroMessage(value.value, written) };
  return { text: formatNumber(value.value, written) };
}

function zeroMessage(n: number, format: NumberFormat): string {
  const exact = formatNumber(n, { ...format, numeral: 'arabic', places: undefined, maxPlaces: 10 });
  const scale = format.scale ? `或去掉「${format.scale}」` : '';
  return `${formatNumber(n, { maxPlaces: 10 })} 按这个格式会写成 0（实为 ${exact}），请换用更多小数位（如「4位小数」）${scale}`;
}

/** Filters that cannot apply together, as a message; null when they can. */
function conflictOf(format: NumberFormat, style: NumberStyle): string | null {
  const percent = format.percent === true || style !== 'plain';
  if (format.numeral === 'money' && percent) return '百分数不能写成金额大写';
  if (format.scale && percent) return `百分数不能按${format.scale}计`;
  if (format.numeral === 'money' && format.scale) return `金额大写不能按${format.scale}计`;
  return null;
}
