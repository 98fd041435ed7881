import { describe, expect, it } from 'vitest';
import { numberOutline } from '../../../lib/domain/report/index.ts';
import { partsOf } from './support.ts';

describe('numberOutline', () => {
  it('numbers four levels per GB/T 9704, from one again under each parent', () => {
    const parts = partsOf([
      ['主要工作', [['理论学习', [['专题学习', [['读书班'], ['研讨']]], ['集中学习']]], ['重点任务']]],
      ['存在问题'],
      ['下步打算', [['一是抓落实']]],
    ]);
    expect(numberOutline(parts).map((p) => p.text)).toEqual([
      '一、主要工作',
      '（一）理论学习',
      '1.专题学习',
      '（1）读书班',
      '（2）研讨',
      '2.集中学习',
      '（二）重点任务',
      '二、存在问题',
      '三、下步打算',
      // 一是 is the writer's word inside the heading: it is kept after the number.
      '（一）一是抓落实',
    ]);
    expect(numberOutline(parts).map((p) => p.level)).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 1, 2]);
  });

  it('counts past ten as a writer does', () => {
    const parts = partsOf(Array.from({ length: 12 }, (_, i): [string] => [`第${i}部分`]));
    expect(numberOutline(parts).slice(9).map((p) => p.marker)).toEqual(['十、', '十一、', '十二、']);
  });

  it('keeps a number and a heading that starts with figures apart', () => {
    // 1.5亿元 would read as one figure; 一、二季度 as "the first and second quarters".
    const parts = partsOf([['二季度工作', [['x', [['5亿元项目']]]]]]);
    expect(numberOutline(parts).map((p) => p.text)).toEqual(['一、 二季度工作', '（一）x', '1. 5亿元项目']);
  });
});
