// Slot names for figures in two shapes of old report the corpus's sixth round brought in: a
// 合计 row of a table typed with spaces, which leaves the 序号 column blank, and a long heading
// with a quotation in it, which names figures that the sentence names only vaguely. Original text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersToSlots } from '../../../lib/domain/import/index.ts';

const item = fc.constantFrom('乡村振兴衔接资金', '农田水利建设资金', '困难群众救助资金', '就业创业补助资金', '科技创新引导资金');
const gap = fc.integer({ min: 2, max: 8 }).map((n) => ' '.repeat(n));

describe('a 合计 row of a table typed with spaces', () => {
  it('is named by its own row and the column, not by the heading above', () => {
    fc.assert(
      fc.property(fc.uniqueArray(item, { minLength: 2, maxLength: 5 }), gap, fc.constantFrom('合计', '总计', '合　计', '小计'), (items, space, total) => {
        const rows = items.map((name, i) => `${i + 1}${space}${name}${space}${(i + 1) * 100}万元${space}${90 + i}.5%`);
        const text = [`序号${space}项目名称${space}预算金额${space}进度`, ...rows, `${total}${space}${items.length * 100}万元${space}93.6%`].join('\n');
        const { slots } = numbersToSlots(text, undefined, '总体情况');
        const last = slots.find((s) => s.source === '93.6');
        expect(last?.name).toBe(`${total.replace(/\s/g, '')}进度(%)`);
        expect(slots.filter((s) => s.name.startsWith('总体情况'))).toEqual([]);
      }),
    );
  });
});

describe('a long heading with a quotation', () => {
  it('qualifies a vague name with its words up to the quotation, never half a word', () => {
    fc.assert(
      fc.property(fc.constantFrom('西山乡建立农村集体', '城东镇全面推行', '南湖街道打造'), fc.constantFrom('“三资”监管平台', '“共富菜园”助力老人增收', '“稻虾共养”模式'), (lead, rest) => {
        const { slots } = numbersToSlots('共审批事项1,084笔、金额2,316.5万元。', undefined, `${lead}${rest}`);
        const money = slots.find((s) => s.source === '2,316.5');
        expect(money?.name.startsWith(lead)).toBe(true);
      }),
    );
  });
});
