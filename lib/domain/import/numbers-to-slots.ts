// Turning last year's figures into slots, so an old report becomes this year's template:
// 召开12次党建专题会议 → 召开{{党建专题会议(次)}}次党建专题会议, with value 12 kept on the slot.
import { guessSlots, writtenFormat, type Candidate, type SlotTemplate } from './slot-guess.ts';
import type { SlotNamer } from './slot-names.ts';
import { unitAt } from './units.ts';

const FIGURE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
// 第3次 is an ordinal; 1+5+N, 3/4 and 完成投资÷计划投资×100% are formulas; ab12 is a code.
const NOT_A_QUANTITY_BEFORE = /[第+\-/.A-Za-z×÷=＝*＊]/;
// 2～3次, 40～60家, 5%—10%, 3名至5名: a range is a rule or a target written as two bounds; one bound
// made a slot and the other left as text would read wrong as soon as the slot changes. Both stay text.
const RANGE_AFTER = /^(?:[%％‰]|\p{Script=Han}{1,2})?\s*(?:[—–～~－-]{1,2}|至|到)\s*\d/u;
const RANGE_BEFORE = /\d(?:[%％‰]|\p{Script=Han}{1,2})?\s*(?:[—–～~－-]{1,2}|至|到)\s*$/u;

export function numbersToSlots(text: string, namer?: SlotNamer, heading?: string): SlotTemplate {
  return guessSlots(text, findFigures(text), namer, heading);
}

function* findFigures(text: string): Generator<Candidate> {
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_A_QUANTITY_BEFORE.test(text[start - 1] ?? '')) continue;
    if (RANGE_AFTER.test(text.slice(end, end + 6)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    // Only a figure with a unit is a quantity; dates (2020年, 11月) stay as written.
    const unit = unitAt(text, end);
    if (!unit || unit.family === 'time') continue;
    // The slot writes the value as the report did: 1,234.5 with its separator, 3.50 with its zero.
    yield { start, end, value: Number(match[0].replace(/,/g, '')), allowText: false, format: writtenFormat(match[0]) };
  }
}
