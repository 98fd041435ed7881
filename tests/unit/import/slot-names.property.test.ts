// Distinct placeholders get distinct names across the whole import, and no name is a bare number
// or a word that means nothing alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../lib/domain/import/index.ts';

const sentence = fc.constantFrom('针对X社区存在的问题，制定整顿方案。', '召开X次专题会议。', '除X社区和X社区外，其他X个社区品牌不响。', '投入资金X万元，其中党建经费X万元。', '列出X项X条目标任务。', '同比分别下降X.X%和X.X%。', '发展新党员X名，培养入党积极分子X名，发展新党员X名。', '走访居民X余户，收集意见X条。');
const heading = fc.constantFrom('落实责任', '把握重点', '后进整顿提升', '强化党员管理', '拓宽思路，创新载体');

describe('slot names over a generated report', () => {
  it('are all different, none a numbered copy nor a vague word', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(heading, fc.array(sentence, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 }), (sections) => {
        const text = ['工作总结', '一、主要工作', ...sections.flatMap(([h, body], i) => [`（${'一二三四五六'[i]}）${h}`, body.join('')])].join('\n');
        const names = importReport(text).proposals.flatMap((p) => p.slots.map((s) => s.name));
        expect(new Set(names).size).toBe(names.length);
        expect(names.filter((n) => /\d(?:\(|$)|^(?:名称|数值|数量|金额|比例|列出|和)(?:\(|$)/.test(n))).toEqual([]);
      }),
    );
  });

  it('a count chained before another takes the noun after both: 列出X项X条目标任务', () => {
    const names = importReport('总结\n一、工作\n列出X项X条目标任务。').proposals.flatMap((p) => p.slots.map((s) => s.name));
    expect(names).toEqual(['目标任务(项)', '目标任务(条)']);
  });
});
