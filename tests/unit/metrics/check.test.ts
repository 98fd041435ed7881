import { describe, expect, it } from 'vitest';
import { valuesContext } from '../support/context.ts';
import { problemText } from '../../../components/common/problemText.ts';
import { checkConsistency, type ConsistencyWarning } from '../../../lib/domain/metrics/index.ts';

/** What the panel shows for each warning. */
const words = (warnings: ConsistencyWarning[]) => warnings.map((w) => problemText(w.problem));

const context = valuesContext;

const SEED =
  '协调投入{{投入}}万元用于党建相关工作。其中党建工作经费{{经费}}万元，社区人员报酬{{报酬}}万元，服务群众专项经费{{服务}}万元，基础设施建设费用{{基建}}万兀。';

describe('checkConsistency: totals and parts', () => {
  it('accepts parts that sum to the total, even with a mistyped unit', () => {
    const values = { '投入@2025': 100, '经费@2025': 30, '报酬@2025': 40.5, '服务@2025': 19.4, '基建@2025': 10.1 };
    expect(checkConsistency(SEED, context(values))).toEqual([]);
  });

  it('flags parts that do not sum to the total', () => {
    const values = { '投入@2025': 100, '经费@2025': 30, '报酬@2025': 40, '服务@2025': 20, '基建@2025': 20 };
    const warnings = checkConsistency(SEED, context(values));
    expect(warnings).toEqual([
      {
        kind: 'total-mismatch',
        slots: ['投入', '经费', '报酬', '服务', '基建'],
        problem: { code: 'check.totalMismatch', params: { total: '100万元', parts: '30 + 40 + 20 + 20', sum: '110万元', difference: '10' } },
      },
    ]);
    expect(words(warnings)).toEqual(['总数 100万元 与其中各项之和 30 + 40 + 20 + 20 = 110万元 不符，相差 10']);
  });

  it('flags a single part larger than its total', () => {
    const warnings = checkConsistency('全年培训{{总}}次，其中业务培训{{业务}}次。', context({ '总@2025': 5, '业务@2025': 6 }));
    expect(warnings).toEqual([{ kind: 'total-mismatch', slots: ['总', '业务'], problem: { code: 'check.partOverTotal', params: { part: '6次', total: '5次' } } }]);
    expect(words(warnings)).toEqual(['其中一项 6次 大于总数 5次']);
  });

  it.each([
    ['全年培训{{总}}次，其中业务培训{{业务}}次。', { 总: 5, 业务: 6 }, 1],
    ['全年培训{{总}}次，其中业务培训{{业务}}次。', { 总: 5, 业务: 2 }, 0],
    ['党员{{总}}名，其中女性{{女}}名、占{{比例}}%。', { 总: 10, 女: 4, 比例: 40 }, 0],
    ['党员{{总}}名，其中女性{{女}}名，男性{{男}}名。', { 总: 10, 女: 4, 男: 5 }, 1],
    ['党员{{总}}名，其中{{社区数}}个社区{{女}}名，{{男}}名。', { 总: 10, 社区数: 3, 女: 4, 男: 6 }, 0],
    ['投入{{总}}万元。其中经费{{a}}万元。另有{{b}}万元，{{c}}万元。', { 总: 5, a: 5, b: 1, c: 1 }, 0],
    ['投入{{=a+b}}万元，其中{{a}}万元，{{b}}万元。', { a: 0.1, b: 0.2 }, 0],
    ['其中{{a}}万元，{{b}}万元。', { a: 1, b: 2 }, 0],
  ])('%s with %o → %s warnings', (template, values, count) => {
    const keyed = Object.fromEntries(Object.entries(values).map(([k, v]) => [`${k}@2025`, v]));
    expect(checkConsistency(template, context(keyed)).filter((w) => w.kind === 'total-mismatch')).toHaveLength(count);
  });

  it('does not compare while a part is missing; reports it as unfilled instead', () => {
    const warnings = checkConsistency('投入{{总}}万元，其中{{a}}万元，{{b}}万元。', context({ '总@2025': 5, 'a@2025': 1 }));
    expect(warnings).toEqual([{ kind: 'unfilled', slots: ['b'], problem: { code: 'check.unfilled', params: { name: 'b', periods: '2025' } } }]);
  });
});

describe('checkConsistency: percentages', () => {
  it.each([
    ['覆盖率达{{覆盖率}}%', { 覆盖率: 120 }, 1],
    ['覆盖率达{{覆盖率}}％', { 覆盖率: 100 }, 0],
    ['覆盖率达{{覆盖率|百分比}}', { 覆盖率: 1.2 }, 1],
    ['占{{=占比(a,b)}}', { a: 3, b: 2 }, 1],
    ['占{{=占比(a,b)}}', { a: 2, b: 3 }, 0],
    ['{{=同比(a)}}', { a: 30, 'a@2024': 10 }, 0],
    ['共{{覆盖率}}次', { 覆盖率: 120 }, 0],
  ])('%s with %o → %s warnings', (template, values, count) => {
    const keyed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.includes('@') ? k : `${k}@2025`, v]));
    const warnings = checkConsistency(template, context(keyed)).filter((w) => w.kind === 'percent-over-100');
    expect(warnings).toHaveLength(count);
  });

  it('names the metric and the value', () => {
    const warnings = checkConsistency('达{{率}}%', context({ '率@2025': 150 }));
    expect(warnings).toEqual([{ kind: 'percent-over-100', slots: ['率'], problem: { code: 'check.percentOver100', params: { percent: '150%' } } }]);
    expect(words(warnings)).toEqual(['百分比 150% 超过 100%，请核对']);
  });
});

describe('checkConsistency: tenfold changes', () => {
  it.each([
    [{ 'a@2025': 50, 'a@2024': 4 }, 1],
    [{ 'a@2025': 40, 'a@2024': 4 }, 0],
    [{ 'a@2025': 0.3, 'a@2024': 4 }, 1],
    [{ 'a@2025': 50, 'a@2024': 0 }, 0],
    [{ 'a@2025': 50 }, 0],
  ])('%o → %s warnings', (values, count) => {
    expect(checkConsistency('{{a}}', context(values)).filter((w) => w.kind === 'tenfold-change')).toHaveLength(count);
  });

  it('compares each period read with the one before it, once per metric and period', () => {
    const values = { 'a@2025-Q3': 100, 'a@2025-Q2': 5, 'a@2024-Q3': 100, 'a@2024-Q2': 100 };
    const warnings = checkConsistency('{{a}}{{=a*2}}{{a@去年}}{{=同比(a)}}', context(values, '2025-Q3'));
    expect(warnings).toEqual([
      {
        kind: 'tenfold-change',
        slots: ['a'],
        problem: { code: 'check.tenfoldChange', params: { name: 'a', period: '2025-Q3', value: '100', previousPeriod: '2025-Q2', previousValue: '5' } },
      },
    ]);
    expect(words(warnings)).toEqual(['「a」2025-Q3 为 100，上期（2025-Q2）为 5，相差十倍以上，请核对']);
  });
});

describe('checkConsistency: unfilled slots', () => {
  it('lists each missing metric once with the periods needed', () => {
    const warnings = checkConsistency('{{甲}}{{甲@去年}}{{=乙+甲}}', context({}));
    expect(warnings.map((w) => [w.kind, w.slots, w.problem.code])).toEqual([
      ['unfilled', ['甲'], 'check.unfilled'],
      ['unfilled', ['乙'], 'check.unfilled'],
    ]);
    expect(words(warnings)).toEqual(['「甲」还没有填写（2025, 2024）', '「乙」还没有填写（2025）']);
  });
});
