// Names of slots made from a report's real figures: the verb that brings a figure in stays out of
// its name (保持在, 不少于, 压缩至, 由), the unit of the figure before does not start it (1,372名农民工
// → 农民工), a noun is not cut inside a word, the two figures after 分别 take the two things named
// before it, the second figure of a pair (由A提升至B, 1.2万户、3.6万人) is named as the first, and a
// range (2～3次, 5%—10%) stays text rather than becoming half a slot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersToSlots } from '../../../lib/domain/import/numbers-to-slots.ts';
import { placeholdersToSlots } from '../../../lib/domain/import/placeholders.ts';

const names = (text: string) => numbersToSlots(text).slots.map((s) => s.name);

describe('names of figures', () => {
  it.each([
    ['县级及以上集中式饮用水水源地水质达标率保持100%。', ['县级及以上集中式饮用水水源地水质达标率(%)']],
    ['受污染耕地安全利用率保持在93%以上。', ['受污染耕地安全利用率(%)']],
    ['坚持每年开展警示教育不少于2次。', ['坚持每年开展警示教育(次)']],
    ['查处违法分包、转包等行为11起。', ['转包等行为(起)']],
    ['办复率、满意率均为100%。', ['满意率(%)']],
    ['为1,372名农民工追回欠薪2,146.8万元。', ['农民工追回欠薪(名)', '农民工追回欠薪(万元)']],
    ['65岁以上老年人健康管理率72.35%。', ['老年人健康管理率(%)']],
    ['其中8月份优良天数比例达到96.8%。', ['优良天数比例(%)']],
    ['累计检查生产经营单位3,862家次。', ['检查生产经营单位(家次)']],
    ['投入资金260万元建成街道网格化综合指挥平台。', ['投入资金(万元)']],
    ['加快推进2个城镇污水处理厂提标改造项目。', ['城镇污水处理厂提标改造项目(个)']],
    ['一是基层监管力量薄弱，基层所平均每人监管市场主体超过600户。', ['基层所平均每人监管市场主体(户)']],
    ['控制在市下达指标的70%以内。', ['控制在市下达指标(%)']],
    ['权重由5%提高到8%。', ['权重(%)', '提高后权重(%)']],
    ['群众满意率由93.5%提升至97.1%。', ['群众满意率(%)', '提升后群众满意率(%)']],
    ['办理时限由原来的15个工作日压缩至3个工作日。', ['办理时限(个工作日)', '压缩后办理时限(个工作日)']],
    ['常住人口1.2万户、3.6万人。', ['常住人口(万户)', '常住人口(万人)']],
    ['群众安全感和满意度分别达到98.6%和97.3%。', ['群众安全感(%)', '满意度(%)']],
    ['全年发生生产安全事故17起、死亡9人，同比分别下降22.7%和18.2%。', ['发生生产安全事故(起)', '死亡(人)', '发生生产安全事故同比下降(%)', '死亡同比下降(%)']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('the same for blanks of a template: 分别 pairs and 由…至 pairs', () => {
    const slots = (text: string) => placeholdersToSlots(text).slots.map((s) => s.name);
    expect(slots('群众安全感和满意度分别达到XX.X%和XX.X%。')).toEqual(['群众安全感(%)', '满意度(%)']);
    expect(slots('群众满意率由XX.X%提升至XX.X%。')).toEqual(['群众满意率(%)', '提升后群众满意率(%)']);
  });

  const unit = fc.constantFrom('次', '个', '家', '名', '%', '万元');
  const dash = fc.constantFrom('～', '~', '—', '——', '-', '至', '到');

  it('a range keeps both bounds as written: neither becomes a slot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), dash, unit, fc.boolean(), (a, b, d, u, both) => {
        const text = `每季度开展实战演练${a}${both ? u : ''}${d}${b}${u}，全年检查企业36家。`;
        const result = numbersToSlots(text);
        expect(result.slots.map((s) => s.source)).toEqual(['36']);
        // The last 36家: a bound of the range may be 36 too.
        expect(result.template).toBe(text.replace(/36家。$/, `{{${result.slots[0]!.name}}}家。`));
      }),
    );
  });

  it('a name never keeps the verb that brings its figure in', () => {
    const verbs = ['保持在', '不少于', '不低于', '不超过', '压缩至', '降至', '提高到', '提升至', '控制在', '稳定在', '均为', '分别为'];
    fc.assert(
      fc.property(fc.constantFrom('全县森林覆盖率', '全县林木绿化率', '平均办理时长', '群众满意度'), fc.constantFrom(...verbs), fc.integer({ min: 1, max: 999 }), unit, (noun, verb, n, u) => {
        for (const name of names(`${noun}${verb}${n}${u}。`)) expect(name).toBe(`${noun}(${u})`);
      }),
    );
  });
});
