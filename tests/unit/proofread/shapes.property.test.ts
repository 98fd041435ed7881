// Properties over the shapes of right official texts the rules once flagged: a 办法's articles each
// with its own （一）（二）…, a 工作要点 whose tasks number on through its parts, and a table typed with
// spaces whose 合计 adds up. Whatever the counts, right text stays quiet; one slip planted in it is
// found where it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberToChinese } from '../../../lib/domain/proofread/chars.ts';
import { type Finding, proofread } from '../../../lib/domain/proofread/index.ts';

const loud = (found: Finding[]) => found.filter((f) => f.severity !== 'info');
const item = (n: number) => `（${numberToChinese(n)}）`;
const counts = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 });

/** 第一条 … then its items （一）…（k）, for each count. */
function articles(itemsPer: number[]): string {
  return itemsPer
    .map((k, a) => [`第${numberToChinese(a + 1)}条\u3000有下列情形之一的，不予受理：`, ...Array.from({ length: k }, (_, i) => `${item(i + 1)}材料不齐全的；`)].join('\n'))
    .join('\n');
}

/** 一、… then its tasks, numbered on from the part before (（一）（二） 二、 （三）…). */
function tasks(tasksPer: number[]): string {
  let n = 0;
  return tasksPer.map((k, p) => [`${numberToChinese(p + 1)}、优化营商环境`, ...Array.from({ length: k }, () => `${item(++n)}推行集成服务。（牵头单位：县营商办）`)].join('\n')).join('\n');
}

describe('proofread: shapes of right official texts', () => {
  it('a 办法 whose articles each count their items from （一） gives no finding', () => {
    fc.assert(
      fc.property(counts, (per) => {
        const text = articles(per);
        expect(loud(proofread(text)).map((f) => f.rule)).toEqual([]);
      }),
    );
  });

  it('an item that skips a number under its article is found', () => {
    fc.assert(
      fc.property(counts, (per) => {
        const text = articles(per).replace('（一）材料', '（二）材料');
        const found = proofread(text).filter((f) => f.rule === 'levels.sequence');
        expect(found.length).toBeGreaterThanOrEqual(1);
        expect(text.slice(found[0]!.start, found[0]!.end)).toBe('（二）');
      }),
    );
  });

  it('a 工作要点 whose tasks number on through its parts gives no finding', () => {
    fc.assert(
      fc.property(counts, (per) => {
        const text = tasks(per);
        expect(loud(proofread(text)).map((f) => f.rule)).toEqual([]);
      }),
    );
  });

  it('a table typed with spaces: a 合计 that adds up is quiet, one that does not is found', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })), { minLength: 2, maxLength: 6 }), fc.boolean(), (rows, wrong) => {
        const [a, b] = rows.reduce(([x, y], [p, q]) => [x + p, y + q], [0, 0]);
        const total = wrong ? b + 1 : b;
        const text = ['单位：万元', '项目名称    计划投资    完成投资', ...rows.map(([p, q], i) => `项目${numberToChinese(i + 1)}    ${p}    ${q}`), `合\u3000\u3000计    ${a}    ${total}`].join('\n');
        const found = proofread(text).filter((f) => f.rule === 'consistency.table_total');
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual(wrong ? [String(total)] : []);
      }),
    );
  });
});
