// (a) A total and its parts: "协调投入100万元用于……。其中党建工作经费30万元，社区人员报酬50万元……"
// After each 其中, the figures up to the end of that sentence are parts of the last figure stated
// before it (in the same or the previous sentence). Parts must sum to the total; a single part
// must not exceed it (其中 often names just one part). Percentages are not parts, and a part in
// another unit (名 vs 次) is not counted; units match on their first character, so 万元 and a
// mistyped 万兀 still match.
import { formatPlain } from '../numbers/index.ts';
import { type Figure, type Item, isPercent } from './figures.ts';
import { type ConsistencyWarning, checkProblem, nearlyEqual } from './warning.ts';

const SENTENCE_END = /[。！？!?]/;
const AMONG = '其中';

interface Group {
  total: Figure;
  parts: Figure[];
  /** A value inside the group is missing, so nothing can be compared yet. */
  broken: boolean;
}

export function checkTotals(paragraph: readonly Item[]): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const state: { last: Figure | null; group: Group | null } = { last: null, group: null };
  const finish = () => {
    if (!state.group) return;
    warnings.push(...compare(state.group));
    state.group = null;
    state.last = null;
  };
  for (const item of paragraph) {
    if (item.kind === 'figure') {
      state.group?.parts.push(item.figure);
      state.last = item.figure;
    } else if (item.kind === 'gap') {
      if (state.group) state.group.broken = true;
      state.last = null;
    } else {
      for (const marker of markers(item.text)) {
        finish();
        const total = state.last;
        if (marker === 'among' && total && total.style === 'plain' && !isPercent(total)) state.group = { total, parts: [], broken: false };
      }
    }
  }
  finish();
  return warnings;
}

/** 其中 and sentence ends in the order they occur. */
function markers(text: string): ('among' | 'end')[] {
  const found: ('among' | 'end')[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(AMONG, i)) {
      found.push('among');
      i += AMONG.length - 1;
    } else if (SENTENCE_END.test(text[i]!)) found.push('end');
  }
  return found;
}

function compare({ total, parts, broken }: Group): ConsistencyWarning[] {
  const counted = parts.filter((p) => p.style === 'plain' && !isPercent(p) && sameUnit(p.unit, total.unit));
  if (broken || counted.length === 0) return [];
  const slots = [...new Set([total, ...counted].flatMap((f) => f.slots))];
  if (counted.length === 1) {
    const part = counted[0]!;
    if (part.number <= total.number || nearlyEqual(part.number, total.number)) return [];
    return [{ kind: 'total-mismatch', slots, problem: checkProblem('check.partOverTotal', { part: part.text + part.unit, total: total.text + total.unit }) }];
  }
  const sum = counted.reduce((s, p) => s + p.number, 0);
  if (nearlyEqual(sum, total.number)) return [];
  const listed = counted.map((p) => p.text).join(' + ');
  return [
    {
      kind: 'total-mismatch',
      slots,
      problem: checkProblem('check.totalMismatch', {
        total: total.text + total.unit,
        parts: listed,
        sum: formatPlain(sum) + total.unit,
        difference: formatPlain(Math.abs(total.number - sum)),
      }),
    },
  ];
}

function sameUnit(a: string, b: string): boolean {
  return a === '' || b === '' || a[0] === b[0];
}
