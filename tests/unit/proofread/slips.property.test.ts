// Properties of the checks for slips of the keyboard, pairs and paragraph ends (typing.ts,
// pairs.ts, series.ts, tables.ts): a fix takes away what it fixes, and right text put together
// from right pieces stays quiet whatever the order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';

const PIECES = [
  '进一步', '的', '在', '是', '了', '切实', '落实', '乡村振兴', '一个', '研究', ' ', '\u3000', '\n', '\t', '，', '。', ',', '；', '、', '：', '？', '！',
  '（', '）', '(', ')', '《', '》', '“', '”', '‘', '’', '一是', '二是', '四是', '第一，', '第三，', '其二，', '①', '③', '一、', '（一）', '1.',
  '合计', '12', '3.5', '7月01日', '7月1号', '2025.7.1', '9：30', '上午', '占', '45%', '其余', '??', '万元', '人', '截止至', '6月',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('proofread slips: properties', () => {
  it('applying a fix leaves no finding of that rule where it was applied', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const f of proofread(text)) {
          if (f.fix === undefined) continue;
          const fixed = text.slice(0, f.start) + f.fix + text.slice(f.end);
          const end = f.start + f.fix.length;
          const again = proofread(fixed).filter((g) => g.rule === f.rule && g.start < Math.max(end, f.start + 1) && g.end > f.start);
          expect(again, `${f.rule} in ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  /** Right paragraphs that hold look-alikes of the slips (doubled words that are words, spaces that are layout, counts that go on). */
  const CLEAN = [
    '为了了解群众的真实想法，我们开展了入户走访。',
    '这些问题的的确确存在，必须引起重视。',
    '我们要一个月一个月地抓，一项一项地落实。',
    '大家要好好研究研究，认真商量商量。',
    '人人参与、个个尽责、事事落实。',
    '联系人：县委办 李明，电话：0571-86011111。',
    '出席：陈建国、刘\u3000芳、王志强',
    '第一条\u3000为规范管理，制定本办法。',
    '他说：“这项工作，‘早’字当头。”',
    '一是抓学习；二是抓落实；三是抓考核。',
    '总投资2.4亿元，其中中央资金8000万元、省级资金6000万元、县级配套1亿元。',
    '男性占52%，女性占48%。',
    '请于2025年7月10日17:00前报送。',
    '包括1）明确责任人；2）建立台账。',
    '发展是第一要务，创新是第一动力。',
  ];
  const cleanArb = fc.array(fc.constantFrom(...CLEAN), { minLength: 1, maxLength: 10 }).map((parts) => parts.join('\n'));

  it('right paragraphs in any order give no error or warning', () => {
    fc.assert(
      fc.property(cleanArb, (text) => {
        expect(proofread(text).filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
