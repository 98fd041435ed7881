import { describe, expect, it } from 'vitest';
import { parseTemplate, printTemplate } from '../../../lib/domain/template/index.ts';

const print = (source: string) => printTemplate(parseTemplate(source).nodes);

describe('printTemplate', () => {
  it.each([
    ['纯文字', '纯文字'],
    ['{{ 发展党员 @ 去年同期 | 中文 | 两位小数 }}', '{{发展党员@去年|中文|2位小数}}'],
    ['{{a|金额大写|百分数}}', '{{a|金额|百分比}}'],
    ['{{= a + b × c }}', '{{=a+b×c}}'],
    ['{{=(a+b)*c}}', '{{=(a+b)*c}}'],
    ['{{=((a))}}', '{{=a}}'],
    ['{{=a-(b-c)}}', '{{=a-(b-c)}}'],
    ['{{=(a-b)-c}}', '{{=a-b-c}}'],
    ['{{=a/(b*c)}}', '{{=a/(b*c)}}'],
    ['{{=-(a+b)}}', '{{=-(a+b)}}'],
    ['{{=a - -b}}', '{{=a--b}}'],
    ['{{=合计（甲，乙、丙）}}', '{{=合计(甲,乙,丙)}}'],
    ['{{= 【党建会议(次)】@上期 ÷ 007 |百分比}}', '{{=【党建会议(次)】@上期÷007|百分比}}'],
    ['{{=同比(a)}}{{坏|中午}}', '{{=同比(a)}}{{坏|中午}}'],
    ['a\\{{b', 'a\\{{b'],
    ['\\\\\\{{x}}', '\\\\\\{{x}}'],
    ['\\\\{{x}}', '\\\\{{x}}'],
    ['{{未完成\n下一行', '{{未完成\n下一行'],
  ])('%s → %s', (source, printed) => {
    expect(print(source)).toBe(printed);
  });

  it('quotes a name that would not read back bare', () => {
    const nodes = parseTemplate('{{=a}}').nodes;
    const node = nodes[0]!;
    if (node.type !== 'expression' || node.expr.type !== 'ref') throw new Error('expected a reference');
    for (const name of ['a b', '12', '党建(次)', 'x+y']) {
      node.expr.name = name;
      expect(printTemplate(nodes)).toBe(`{{=【${name}】}}`);
    }
  });

  it('escapes text built by hand, including backslashes before a slot', () => {
    const printed = printTemplate([
      { type: 'text', value: 'a{{b\\', span: { start: 0, end: 0 } },
      { type: 'slot', name: 'x', offset: null, filters: [], span: { start: 0, end: 0 } },
    ]);
    expect(printed).toBe('a\\{{b\\\\{{x}}');
    expect(parseTemplate(printed).nodes.map((n) => (n.type === 'text' ? n.value : n.type))).toEqual(['a{{b\\', 'slot']);
  });
});
