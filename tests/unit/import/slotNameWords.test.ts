// Guessed slot names start and end where words do: no 人签订… cut from 负责人, no 问题中, no 力争…
// or …除了 around the noun, no 以来… left from 今年以来.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholdersToSlots } from '../../../lib/domain/import/placeholders.ts';
import { numbersToSlots } from '../../../lib/domain/import/numbers-to-slots.ts';

const names = (text: string) => placeholdersToSlots(text).slots.map((s) => s.name);

describe('slot names cut at words', () => {
  it.each([
    ['与班子成员、股室负责人签订党风廉政建设责任书X份。', '签订党风廉政建设责任书(份)'],
    ['今年以来参加集中学习X次，撰写心得体会X篇。', '参加集中学习(次)'],
    ['反馈的X个方面X个问题中，已完成整改X个。', '问题(个)'],
    ['力争上半年收入完成年度预算的X.X%。', '上半年收入完成年度预算(%)'],
    ['一季度全县一般公共预算收入完成X.XX亿元。', '全县一般公共预算收入完成(亿元)'],
    ['依托X驿站开展活动。建立“党员阳光使者”服务队和“红色萤火虫”“X驿站”等项目。', '红色萤火虫驿站名称'],
  ])('%s → %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  const leads = ['', '力争', '今年以来', '其中', '全年', '同时', '确保'];
  const nouns = ['签订安全生产责任书', '开展集中学习', '走访困难群众', '组织专题培训', '发放救助资金'];
  const units = ['次', '份', '户', '场', '万元'];

  it('a phrase before the figure loses its leading time and purpose words, keeps the noun whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.constantFrom(...nouns), fc.constantFrom(...units), fc.boolean(), (lead, noun, unit, asFigure) => {
        const text = `${lead}${noun}${asFigure ? '12' : 'X'}${unit}。`;
        const slots = (asFigure ? numbersToSlots(text) : placeholdersToSlots(text)).slots;
        expect(slots.map((s) => s.name)).toEqual([`${noun}(${unit})`]);
      }),
    );
  });

  it('a name never starts or ends with a function word, whatever stands around the blank', () => {
    const around = ['使得今年除了', '力争把', '其他社区投入相对较少，', '形成以点带面的党群服务圈，力争把', ''];
    fc.assert(
      fc.property(fc.constantFrom(...around), fc.constantFrom('社区', '驿站', '街道'), (before, place) => {
        for (const name of names(`${before}X${place}和X${place}开展活动。`)) {
          expect(name).not.toMatch(/^(?:使得|力争|以来|度)|(?:除了|把|相对|的)(?:名称)?$/);
        }
      }),
    );
  });
});
