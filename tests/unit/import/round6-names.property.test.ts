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

describe('figures of a list named in the clause before them, or in brackets after each name', () => {
  const thing = fc.constantFrom('电视', '手机短视频', '医务人员', '报刊', '社区宣传栏', '亲友');
  it('are named by their own item of the list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(thing, { minLength: 2, maxLength: 4 }), fc.boolean(), (things, bracketed) => {
        const shares = things.map((_, i) => `${50 - i * 7}.${i + 1}`);
        const text = bracketed
          ? `居民获取健康信息的渠道依次为：${things.map((t, i) => `${t}（${shares[i]}%）`).join('、')}。`
          : `居民获取健康信息的前几位渠道依次为${things.slice(0, -1).join('、')}和${things.at(-1)}，分别占${shares.slice(0, -1).map((s) => `${s}%`).join('、')}和${shares.at(-1)}%。`;
        const { slots } = numbersToSlots(text, undefined, '影响因素分析');
        expect(shares.map((share) => slots.find((s) => s.source === share)?.name)).toEqual(things.map((t) => `${t}(%)`));
      }),
    );
  });
});

describe('a figure of a time paired with another through a unit of three characters', () => {
  it('is named with its own time and the first one’s words (由2020年的386万人次增长到2023年的612万人次)', () => {
    for (const unit of ['万人次', '人次', '万元']) {
      const { slots } = numbersToSlots(`全县接待游客由2020年的386${unit}增长到2023年的612${unit}。`, undefined, '主要指标完成情况');
      expect(slots.map((s) => s.name.replace(/\(.*\)$/, ''))).toEqual(['2020年全县接待游客', '2023年全县接待游客']);
    }
  });
});
