// The `|格式` filters: their spellings, canonical names and how a list of them becomes a number
// format. Order does not matter except among numeral styles, where the last one wins.
//   |中文 五 · |大写 伍 · |金额 伍元整 · |千分位 12,345.6 · |N位小数 (|2位小数, |两位小数, |整数)
//   |百分比 takes a ratio: 0.125 → 12.5% (a value already in percent is written {{率}}%)
//   |万 / |亿 count in 万/亿 with the unit appended: 123456 → 12.35万 (write 万元 as {{x|万}}元)
//   |升降 writes the sign as a word: 增长12.5% / 下降3% for a change, 增加20 / 减少5 for a
//   difference, 持平 when it shows as nothing — so a sentence never says 增长-3%
import type { NumberFormat } from '../numbers/index.ts';
import type { Filter } from './ast.ts';
import { type TemplateProblem, templateProblem } from './problems.ts';

const NAMED_FILTERS = new Map<string, Filter>([
  ['中文', { kind: 'chinese' }],
  ['中文数字', { kind: 'chinese' }],
  ['大写', { kind: 'capital' }],
  ['金额', { kind: 'money' }],
  ['金额大写', { kind: 'money' }],
  ['千分位', { kind: 'thousands' }],
  ['百分比', { kind: 'percent' }],
  ['百分数', { kind: 'percent' }],
  ['万', { kind: 'scale', unit: '万' }],
  ['亿', { kind: 'scale', unit: '亿' }],
  ['整数', { kind: 'places', places: 0 }],
  ['升降', { kind: 'sign' }],
]);

const CHINESE_PLACES = new Map([['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6]]);
const MAX_PLACES = 10;

/** The filters an error message offers, as the param `filters` of the problems about a format
 * (the words around the list are in locales/). */
export const FILTER_HINT = { filters: ['中文', '大写', '金额', '千分位', 'N位小数', '整数', '百分比', '万', '亿', '升降'].join('、') } as const;

/** A filter from its written name, or the problem with it. */
export function parseFilter(written: string): Filter | { error: TemplateProblem } {
  // An IME may type the digits full width: ２位小数.
  const word = written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const named = NAMED_FILTERS.get(word);
  if (named) return named;
  const places = /^(\d+|[零一二两三四五六])位小数$/.exec(word);
  if (!places) return { error: templateProblem('template.unknownFilter', { word, ...FILTER_HINT }) };
  const count = CHINESE_PLACES.get(places[1]!) ?? Number(places[1]);
  if (count > MAX_PLACES) return { error: templateProblem('template.tooManyPlaces', { max: MAX_PLACES }) };
  return { kind: 'places', places: count };
}

/** The canonical spelling the printer writes. */
export function filterName(filter: Filter): string {
  switch (filter.kind) {
    case 'chinese':
      return '中文';
    case 'capital':
      return '大写';
    case 'money':
      return '金额';
    case 'thousands':
      return '千分位';
    case 'places':
      return `${filter.places}位小数`;
    case 'percent':
      return '百分比';
    case 'scale':
      return filter.unit;
    case 'sign':
      return '升降';
  }
}

/** Folds filters into one number format. */
export function formatOf(filters: readonly Filter[]): NumberFormat {
  const format: NumberFormat = {};
  for (const filter of filters) {
    if (filter.kind === 'chinese') format.numeral = 'chinese';
    else if (filter.kind === 'capital') format.numeral = 'capital';
    else if (filter.kind === 'money') format.numeral = 'money';
    else if (filter.kind === 'thousands') format.thousands = true;
    else if (filter.kind === 'places') format.places = filter.places;
    else if (filter.kind === 'percent') format.percent = true;
    else if (filter.kind === 'scale') format.scale = filter.unit;
  }
  return format;
}
