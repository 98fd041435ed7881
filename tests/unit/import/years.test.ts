// A year left blank in a template follows the report's period; a count of years stays a slot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholdersToSlots } from '../../../lib/domain/import/placeholders.ts';
import { renderTemplate, renderedParagraphs } from '../../../lib/domain/template/index.ts';

const filled = (template: string, period: string) => renderedParagraphs(renderTemplate(template, { period, lookup: () => undefined })).join('\n');

describe('year placeholders', () => {
  it.each([
    ['XXXX年以来，共召开会议X次。', '{{本年}}年以来'],
    ['20XX年工作总结', '{{本年}}年工作总结'],
    ['２０ＸＸ年度述职', '{{本年}}年度述职'],
    ['202X年上半年', '{{本年}}年上半年'],
    ['X年底前全部完成。', '{{本年}}年底前'],
    ['与X年相比增长明显。', '与{{上年}}年相比'],
    ['比XXXX年多X人。', '比{{上年}}年多'],
    ['力争于X年再创佳绩。', '力争于{{下年}}年再创佳绩'],
  ])('%s → %s', (text, expected) => {
    const { template, slots } = placeholdersToSlots(text);
    expect(template).toContain(expected);
    expect(slots.map((s) => s.name).join()).not.toMatch(/年份/);
  });

  it('takes the year ahead under a heading about next year', () => {
    expect(placeholdersToSlots('X年重点抓好三件事。', undefined, '三、明年工作打算').template).toBe('{{下年}}年重点抓好三件事。');
    expect(placeholdersToSlots('X年重点抓好三件事。', undefined, '一、主要工作').template).toBe('{{本年}}年重点抓好三件事。');
  });

  it.each(['连续X年获评先进', '近X年来', 'X年来坚持', '第X年', 'X年以上工龄', 'X年级学生', '满X年的'])('keeps a count of years a slot: %s', (text) => {
    const { template, slots } = placeholdersToSlots(text);
    expect(template).not.toMatch(/本年|上年|下年/);
    expect(slots).toHaveLength(1);
  });

  it('renders the year of any period, and the ones around it, with no metric and nothing to fill', () => {
    const { template } = placeholdersToSlots('XXXX年以来，比X年增长，力争X年再上台阶。');
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.constantFrom('', '-H1', '-H2', '-Q3', '-07'), (year, part) => {
        const result = renderTemplate(template, { period: `${year}${part}`, lookup: () => undefined });
        expect(result.missing).toEqual([]);
        expect(filled(template, `${year}${part}`)).toBe(`${year}年以来，比${year - 1}年增长，力争${year + 1}年再上台阶。`);
      }),
    );
  });
});

describe('counts of years and template dates', () => {
  it('names a count of years by what it counts, and a span of years by its place', () => {
    expect(placeholdersToSlots('连续X年保持无重大信访事项。').slots[0]).toMatchObject({ name: '保持无重大信访事项(年)', unit: '年' });
    expect(placeholdersToSlots('近X年来累计培养后备干部X名。', undefined, '队伍建设').slots.map((s) => s.name)).toEqual(['队伍建设年数(年)', '培养后备干部(名)']);
  });

  it('names the month and day of a date line as the 成文日期', () => {
    expect(placeholdersToSlots('XXXX年X月X日').template).toBe('{{本年}}年{{成文月份}}月{{成文日期}}日');
  });
});
