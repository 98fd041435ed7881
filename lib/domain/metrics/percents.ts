// (b) A percentage over 100: a share (占比, |百分比) above 1, or a number written before % that is
// above 100. Changes (同比 增长150%) are not shares and may exceed 100. Some rates can (完成率),
// so this is a warning to check, not an error.
import { type Item, isPercent } from './figures.ts';
import { type ConsistencyWarning, checkProblem } from './warning.ts';

export function checkPercents(paragraph: readonly Item[]): ConsistencyWarning[] {
  return paragraph.flatMap((item): ConsistencyWarning[] => {
    if (item.kind !== 'figure' || item.figure.style === 'change' || !isPercent(item.figure)) return [];
    const { figure } = item;
    const percent = figure.style === 'percent' ? figure.number * 100 : figure.number;
    if (percent <= 100 + 1e-9) return [];
    const shown = figure.style === 'percent' ? figure.text : `${figure.text}%`;
    return [{ kind: 'percent-over-100', slots: figure.slots, problem: checkProblem('check.percentOver100', { percent: shown }) }];
  });
}
