// The fill-ins: choices, optional parts, |升降, dates and periods, profile values and other
// snippets inside a snippet — parsed, printed back and rendered, with their errors positioned.
import { describe, expect, it } from 'vitest';
import { parseTemplate, printTemplate, renameIncludes, renderedParagraphs, renderTemplate, type RenderContext } from '../../../lib/domain/template/index.ts';
import { valuesContext } from '../support/context.ts';

const text = (source: string, extra: Partial<RenderContext> = {}, values: Record<string, number | string> = {}, period = '2025') =>
  renderedParagraphs(renderTemplate(source, { ...valuesContext(values, period), ...extra })).join('\n');

describe('choices', () => {
  it('parse to their words and print back as written', () => {
    const { nodes, errors } = parseTemplate('营收{{选:增长|下降|持平}}。');
    expect(errors).toEqual([]);
    expect(nodes[1]).toMatchObject({ type: 'choice', options: ['增长', '下降', '持平'], span: { start: 2, end: 16 } });
    expect(printTemplate(nodes)).toBe('营收{{选:增长|下降|持平}}。');
    // Full-width marks typed through an IME, and spaces, read the same and print canonically.
    expect(printTemplate(parseTemplate('{{ 选：增长 ｜ 下降 }}').nodes)).toBe('{{选:增长|下降}}');
  });

  it('render the first word unless another is picked, and list themselves for the form', () => {
    expect(text('营收{{选:增长|下降}}')).toBe('营收增长');
    expect(text('营收{{选:增长|下降}}', { choices: { '增长|下降': '下降' } })).toBe('营收下降');
    // A pick that is not one of its words (the snippet was edited since) falls back to the first.
    expect(text('营收{{选:增长|下降}}', { choices: { '增长|下降': '持平' } })).toBe('营收增长');
    const result = renderTemplate('{{选:a|b}}{{选:a|b}}{{选:c|d}}', { ...valuesContext({}), choices: { 'c|d': 'd' } });
    expect(result.choices).toEqual([
      { key: 'a|b', options: ['a', 'b'], chosen: 'a' },
      { key: 'c|d', options: ['c', 'd'], chosen: 'd' },
    ]);
  });

  it('are refused with fewer than two words or an empty one, at the characters concerned', () => {
    expect(parseTemplate('{{选:增长}}').errors).toEqual([{ problem: { code: 'template.choiceTooFew' }, span: { start: 0, end: 8 } }]);
    // The two bars between 增长 and 持平 are where a word is missing.
    expect(parseTemplate('{{选:增长||持平}}').errors).toEqual([{ problem: { code: 'template.emptyChoice' }, span: { start: 6, end: 8 } }]);
    expect(parseTemplate('{{选:增长|}}').errors).toEqual([{ problem: { code: 'template.emptyChoice' }, span: { start: 6, end: 7 } }]);
  });
});

describe('optional parts', () => {
  it('parse with their body, print back, and are in unless switched off', () => {
    const source = '全年完成任务。{{?创新:今年还试行了{{项目}}个新项目。}}下一步继续。';
    const { nodes, errors } = parseTemplate(source);
    expect(errors).toEqual([]);
    expect(nodes[1]).toMatchObject({ type: 'optional', name: '创新', body: [{ type: 'text' }, { type: 'slot', name: '项目' }, { type: 'text' }] });
    expect(printTemplate(nodes)).toBe(source);
    expect(text(source, {}, { '项目@2025': 3 })).toBe('全年完成任务。今年还试行了3个新项目。下一步继续。');
    expect(text(source, { off: ['创新'] })).toBe('全年完成任务。下一步继续。');
  });

  it('switched off, ask for none of their values', () => {
    const result = renderTemplate('{{?创新:{{项目}}个}}', { ...valuesContext({}), off: ['创新'] });
    expect(result.missing).toEqual([]);
    expect(result.optionals).toEqual(['创新']);
  });

  it('leave no dangling punctuation or blank line when off', () => {
    const off = { off: ['b'] };
    expect(text('完成A，{{?b:完成B}}。', off)).toBe('完成A。');
    expect(text('完成A，{{?b:完成B，}}完成C。', off)).toBe('完成A，完成C。');
    expect(text('完成A，{{?b:完成B}}\n下一步', off)).toBe('完成A。\n下一步');
    expect(text('{{?b:完成B}}，完成C。', off)).toBe('完成C。');
    expect(text('完成A。{{?b:完成B}}。', off)).toBe('完成A。');
    expect(text('第一段\n{{?b:整段可选。}}\n第三段', off)).toBe('第一段\n第三段');
    expect(text('主要做法：{{?b:一是……}}\n二是', off)).toBe('主要做法：\n二是');
  });

  it('are refused without a name and colon, empty, or inside another, at their position', () => {
    expect(parseTemplate('前{{?说明}}').errors).toEqual([{ problem: { code: 'template.optionalNoColon' }, span: { start: 1, end: 8 } }]);
    expect(parseTemplate('{{?:正文}}').errors[0]).toMatchObject({ problem: { code: 'template.emptyName' } });
    expect(parseTemplate('{{?说明: }}').errors[0]).toMatchObject({ problem: { code: 'template.emptyOptional' } });
    expect(parseTemplate('{{?甲:一{{?乙:二}}}}').errors).toEqual([{ problem: { code: 'template.optionalNested' }, span: { start: 6, end: 14 } }]);
    expect(parseTemplate('{{?甲:一{{x}}').errors[0]).toMatchObject({ problem: { code: 'template.unclosedSlot' }, span: { start: 0, end: 11 } });
  });
});

describe('|升降', () => {
  const values = { '营业收入@2025': 112.5, '营业收入@2024': 100, '支出@2025': 97, '支出@2024': 100, '人数@2025': 20, '人数@2024': 20 };
  it('writes a change as 增长/下降/持平 and a difference as 增加/减少/持平', () => {
    expect(text('{{= 同比(营业收入) |升降}}', {}, values)).toBe('增长12.5%');
    expect(text('{{= 同比(支出) |升降}}', {}, values)).toBe('下降3%');
    expect(text('{{= 同比(人数) |升降}}', {}, values)).toBe('持平');
    expect(text('{{= 营业收入 - 营业收入@去年 |升降}}万元', {}, values)).toBe('增加12.5万元');
    expect(text('{{= 支出 - 支出@去年 |升降|中文}}人', {}, values)).toBe('减少三人');
    expect(text('{{= 人数 - 人数@去年 |升降}}', {}, values)).toBe('持平');
    expect(printTemplate(parseTemplate('{{=a|升降}}').nodes)).toBe('{{=a|升降}}');
  });
});

describe('dates and periods', () => {
  it('follow the report period in 公文 forms', () => {
    const forms = (period: string) => text('{{本期}}/{{本期末}}/{{上年同期}}', {}, {}, period);
    expect(forms('2025-H1')).toBe('2025年1—6月/2025年6月底/2024年1—6月');
    expect(forms('2025-Q3')).toBe('2025年7—9月/2025年9月底/2024年7—9月');
    expect(forms('2025-11')).toBe('2025年11月/2025年11月底/2024年11月');
    expect(forms('2025')).toBe('2025年/2025年底/2024年');
    expect(text('{{本期@去年}}', {}, {}, '2025-H2')).toBe('2024年7—12月');
  });

  it('write 今天 from the clock given, and any of them in Chinese numerals with |中文', () => {
    expect(text('{{今天}}', { today: '2025-07-01' })).toBe('2025年7月1日');
    expect(text('{{今天|中文}}', { today: '2025-10-31' })).toBe('二〇二五年十月三十一日');
    expect(text('{{本期|中文}}', {}, {}, '2025-H2')).toBe('二〇二五年七—十二月');
    expect(text('{{本期末|中文}}', {}, {}, '2025-Q1')).toBe('二〇二五年三月底');
    // Without a clock 今天 is asked for, never guessed.
    expect(renderTemplate('{{今天}}', valuesContext({})).missing).toEqual(['今天']);
  });
});

describe('profile values', () => {
  it('fill 单位, 姓名 and 职务 from the profile; an empty field is asked for', () => {
    const author = { unit: '东湖街道办事处', name: '李明', post: '主任' };
    expect(text('{{单位}}{{职务}}{{姓名}}', { author })).toBe('东湖街道办事处主任李明');
    expect(renderTemplate('{{单位}}', { ...valuesContext({}), author: { ...author, unit: ' ' } }).missing).toEqual(['单位']);
  });
});

describe('other snippets inside a snippet', () => {
  const snippets: Record<string, string> = {
    开头: '{{本年}}年以来，{{单位}}{{选:认真|扎实}}推进工作。',
    两段: '第一段{{经费}}\n第二段',
    甲: '一{{>乙}}',
    乙: '二{{>甲}}',
  };
  const snippet = (title: string) => snippets[title];

  it('insert the other snippet rendered, its choices and values with it', () => {
    const result = renderTemplate('{{>开头}}下一步。', { ...valuesContext({}), snippet, author: { unit: '某局', name: '', post: '' }, choices: { '认真|扎实': '扎实' } });
    expect(renderedParagraphs(result)).toEqual(['2025年以来，某局扎实推进工作。下一步。']);
    expect(result.choices).toEqual([{ key: '认真|扎实', options: ['认真', '扎实'], chosen: '扎实' }]);
    expect(text('前{{>两段}}后', { snippet }, { '经费@2025': 5 })).toBe('前第一段5\n第二段后');
    expect(printTemplate(parseTemplate('{{ > 开头 }}').nodes)).toBe('{{>开头}}');
  });

  it('refuse a cycle, with the chain, at the slot that starts it', () => {
    const result = renderTemplate('前{{>甲}}', { ...valuesContext({}), snippet });
    expect(result.valueErrors).toEqual([{ problem: { code: 'template.includeCycle', params: { chain: '甲 → 乙 → 甲' } }, span: { start: 1, end: 7 } }]);
    const self = renderTemplate('{{>甲}}', { ...valuesContext({}), snippet: () => '{{>甲}}', title: '甲' });
    expect(self.valueErrors[0]!.problem).toEqual({ code: 'template.includeCycle', params: { chain: '甲 → 甲' } });
    expect(renderTemplate('{{>无}}', { ...valuesContext({}), snippet }).valueErrors[0]!.problem).toEqual({ code: 'template.unknownSnippet', params: { name: '无' } });
  });

  it('follow a rename: every inclusion of the old title is rewritten, the rest kept as written', () => {
    const source = '{{>甲}}和{{?x:{{ > 甲 }}}}，{{>甲乙}}';
    expect(renameIncludes(source, parseTemplate(source).nodes, '甲', '丙')).toBe('{{>丙}}和{{?x:{{>丙}}}}，{{>甲乙}}');
    expect(renameIncludes(source, parseTemplate(source).nodes, '丁', '丙')).toBeNull();
  });
});
