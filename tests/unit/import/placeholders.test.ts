import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricName } from '../../../lib/domain/schemas.ts';
import { placeholdersToSlots, type SlotGuess } from '../../../lib/domain/import/index.ts';

const names = (text: string) => placeholdersToSlots(text).slots.map((slot) => slot.name);
const only = (text: string): SlotGuess => {
  const { slots } = placeholdersToSlots(text);
  expect(slots).toHaveLength(1);
  return slots[0]!;
};

describe('placeholdersToSlots', () => {
  it('names a count by the noun after its unit', () => {
    const result = placeholdersToSlots('召开X次党建专题会议');
    expect(result.template).toBe('召开{{党建专题会议(次)}}次党建专题会议');
    expect(result.slots).toEqual([{ name: '党建专题会议(次)', label: '党建专题会议', unit: '次', kind: 'value', source: 'X', start: 2, end: 3, format: '', sentence: '召开X次党建专题会议' }]);
  });

  it('names an amount by the phrase before it when nothing follows', () => {
    expect(placeholdersToSlots('协调投入X万元用于党建相关工作。').template).toBe('协调投入{{协调投入(万元)}}万元用于党建相关工作。');
    expect(only('补交党费X元；')).toMatchObject({ name: '补交党费(元)', unit: '元', kind: 'value' });
  });

  it('makes X before a place word a text slot', () => {
    expect(only('针对X社区存在的问题')).toMatchObject({ name: '社区名称', unit: '', kind: 'text' });
    expect(only('建立“X驿站”')).toMatchObject({ name: '驿站名称', kind: 'text' });
    expect(only('全面推广X工作机制。')).toMatchObject({ name: '工作机制名称', kind: 'text' });
    expect(only('落实“X党建计划”')).toMatchObject({ name: '党建计划名称', kind: 'text' });
    expect(only('XX同志')).toMatchObject({ name: '姓名', kind: 'text', source: 'XX' });
    // 名称 alone says nothing: the words before it qualify it.
    expect(only('述职人：X')).toMatchObject({ name: '述职人名称', kind: 'text' });
  });

  it.each([
    ['矛盾纠纷化解率达X%，', '矛盾纠纷化解率(%)', ''],
    ['覆盖率达X％。', '覆盖率(%)', ''],
    ['走访居民X余户，', '走访居民(户)', ''],
    ['受益群众X余人次；', '受益群众(人次)', ''],
    ['X多名党员在社区认领服务岗位', '党员(名)', ''],
    ['下派党建指导员X名，', '下派党建指导员(名)', ''],
    ['X项整改任务全部完成', '整改任务(项)', ''],
    ['与X个社区分别签订', '社区(个)', ''],
    ['帮扶企业X家。', '帮扶企业(家)', ''],
    ['投入资金X万余元。', '投入资金(万元)', ''],
    ['全年对党员干部培训共X次，', '党员干部培训(次)', ''],
    ['今年接受省内外考察团及兄弟单位参观X余次。', '兄弟单位参观(次)', ''],
    ['被《X日报》等各级媒体报道X次。', '各级媒体报道(次)', '日报名称'],
    ['利用“1+5+N”矛调队伍化解矛盾X起', '矛调队伍化解矛盾(起)', ''],
    ['提高X个百分点', '提高(个百分点)', ''],
    ['，X大类、', '数量(大类)', ''],
  ])('%s → %s', (text, expected, alsoExpected) => {
    const all = names(text);
    expect(all).toContain(expected);
    if (alsoExpected) expect(all).toContain(alsoExpected);
  });

  it('names dates by their unit; the year follows the report period', () => {
    expect(names('X年X月X日，X季度')).toEqual(['月份', '日期', '季度']);
    expect(placeholdersToSlots('于X年X月X日召开。').template).toBe('于{{本年}}年{{月份}}月{{日期}}日召开。');
    expect(placeholdersToSlots('X年度工作').template).toBe('{{本年}}年度工作');
  });

  it('gives identical guesses distinct names', () => {
    expect(names('除X社区和X社区外，开展服务活动X次，又开展服务活动X次。')).toEqual([
      '社区名称', '社区名称之二', '开展服务活动(次)', '开展服务活动之二(次)',
    ]);
  });

  it('fixes the 万兀 typo in the template', () => {
    const result = placeholdersToSlots('基础设施建设费用X万兀。');
    expect(result.template).toBe('基础设施建设费用{{基础设施建设费用(万元)}}万元。');
    expect(result.slots[0]).toMatchObject({ unit: '万元' });
  });

  it('accepts x, ×, Ｘ and runs of them, and leaves English words and formulas alone', () => {
    expect(names('召开x次会议，建立××个组织，发展ＸＸ名党员')).toEqual(['会议(次)', '组织(个)', '党员(名)']);
    expect(names('使用Excel和XML，3x4的格子，2×3，X光检查，Windows X次')).toEqual([]);
  });

  it('leaves text without placeholders unchanged', () => {
    expect(placeholdersToSlots('全年召开会议十次。')).toEqual({ template: '全年召开会议十次。', slots: [] });
    expect(placeholdersToSlots('')).toEqual({ template: '', slots: [] });
  });

  it('gives the fixture-style paragraph sensible names throughout', () => {
    const text = '建立“两新"党组织X个，下派党建指导员X名，党的组织和工作覆盖率达X%。完成辖区X名党员组织关系集中排查，对X名失联党员进行处置；力争于X年再创X个三星级“两新”组织和X个五星级“两新”组织。';
    expect(names(text)).toEqual([
      '建立两新党组织(个)', '下派党建指导员(名)', '党的组织和工作覆盖率(%)', '党员组织关系集中排查(名)', '失联党员(名)',
      '三星级两新组织(个)', '五星级两新组织(个)',
    ]);
  });
});

describe('placeholdersToSlots on any text', () => {
  const alphabet = fc.constantFrom(...'XxＸ×召开次名个万元兀余%社区驿站党员会议，。、“”"（）() {}|@=\n1a');
  const texts = fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join(''));

  it('replaces exactly the placeholders, in order, with valid unique names', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { template, slots } = placeholdersToSlots(text);
        let rebuilt = '';
        let cursor = 0;
        for (const slot of slots) {
          expect(text.slice(slot.start, slot.end)).toBe(slot.source);
          expect(slot.source).toMatch(/^[XxＸｘ×]+$/);
          expect(MetricName.safeParse(slot.name).success).toBe(true);
          rebuilt += text.slice(cursor, slot.start) + `{{${slot.name}}}`;
          cursor = slot.end;
        }
        rebuilt += text.slice(cursor);
        // The only change besides the slots: the unit typo 万兀/余兀 right after a slot.
        expect(template).toBe(rebuilt.replace(/(\}\}余?)万兀/g, '$1万元').replace(/\}\}余兀/g, '}}余元'));
        expect(new Set(slots.map((slot) => slot.name)).size).toBe(slots.length);
      }),
    );
  });
});
