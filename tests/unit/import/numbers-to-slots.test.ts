import { describe, expect, it } from 'vitest';
import { numbersToSlots } from '../../../lib/domain/import/index.ts';

describe('numbersToSlots', () => {
  it('turns figures with units into slots that keep their value', () => {
    const result = numbersToSlots('全年召开12次党建专题会议，协调投入1,250.5万元，覆盖率达95.6%，走访居民300余户。');
    // The slots write the figures as the report did: 1,250.5 keeps its separator, 95.6 its decimal.
    expect(result.template).toBe('全年召开{{党建专题会议(次)}}次党建专题会议，协调投入{{协调投入(万元)|千分位|1位小数}}万元，覆盖率达{{覆盖率(%)|1位小数}}%，走访居民{{走访居民(户)}}余户。');
    expect(result.slots.map((slot) => [slot.name, slot.value, slot.source, slot.kind])).toEqual([
      ['党建专题会议(次)', 12, '12', 'value'],
      ['协调投入(万元)', 1250.5, '1,250.5', 'value'],
      ['覆盖率(%)', 95.6, '95.6', 'value'],
      ['走访居民(户)', 300, '300', 'value'],
    ]);
  });

  it('leaves dates, ordinals, formulas and bare numbers alone', () => {
    const text = '2020年11月26日，第3次会议，“1+5+N”队伍，开通12345热线，3/4的党员，ab12个。';
    expect(numbersToSlots(text)).toEqual({ template: text, slots: [] });
  });

  it('labels like the placeholder import, with distinct names', () => {
    expect(numbersToSlots('发展新党员5名，培养入党积极分子8名，发展新党员3名').slots.map((slot) => slot.name)).toEqual([
      '发展新党员(名)', '培养入党积极分子(名)', '发展新党员之二(名)',
    ]);
  });

  it('corrects the 万兀 typo as it goes', () => {
    expect(numbersToSlots('费用20万兀。').template).toBe('费用{{费用(万元)}}万元。');
  });
});
