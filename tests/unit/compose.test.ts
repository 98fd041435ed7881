import { describe, expect, it } from 'vitest';
import { clashingSections, composeDocument, composeSections, DEFAULT_STYLES, type ComposeSet } from '../../lib/domain/compose.ts';

const part = (id: string, ...paragraphs: string[]) => ({ id, paragraphs });

const sets: ComposeSet[] = [
  { problem: part('p1', '督导不深入。'), causes: [part('c1', '认识有差距。'), part('c2', '方法不新。')], measures: [part('m1', '常态督导。')], owner: '组织办', deadline: '2027年3月底前' },
  { problem: part('p2', '（三）发展不平衡。', '第二段说明。'), causes: [part('c2', '方法不新。'), part('c3', '统筹不够。')], measures: [part('m2', '结对共建。'), part('m3', '培育品牌。')], owner: '', deadline: '' },
  { problem: part('p3', '教育方式单一。'), causes: [part('c1', '认识有差距。')], measures: [part('m1', '常态督导。')], owner: '', deadline: '年底前' },
];

describe('composeSections', () => {
  it('numbers problems （一）…, replacing old numbers, keeping later paragraphs unnumbered', () => {
    expect(composeSections(sets).problems).toEqual(['（一）督导不深入。', '（二）发展不平衡。', '第二段说明。', '（三）教育方式单一。']);
  });

  it('runs causes together as 一是…二是…, each shared cause once', () => {
    expect(composeSections(sets).causes).toEqual(['一是认识有差距。二是方法不新。三是统筹不够。']);
  });

  it('lists measures in the problems’ order with 责任单位 and 时限, each shared measure once', () => {
    // 问题三 shares 常态督导 with 问题一 and keeps its own 时限, saying which problem it is for.
    expect(composeSections(sets).measures).toEqual([
      '（一）常态督导。（第一个问题——责任单位：组织办，完成时限：2027年3月底前；第三个问题——完成时限：年底前）',
      '（二）结对共建。',
      '（三）培育品牌。',
    ]);
  });

  it('says which problem a duty is for on a measure problems share with different duties', () => {
    const shared: ComposeSet[] = [
      { problem: part('p1', '甲。'), causes: [], measures: [part('m1', '常态督导。'), part('m2', '结对共建。')], owner: '组织办', deadline: '' },
      { problem: part('p2', '乙。'), causes: [], measures: [part('m1', '常态督导。')], owner: '宣传部', deadline: '' },
    ];
    expect(composeSections(shared).measures).toEqual(['（一）常态督导。（第二个问题——责任单位：宣传部）', '（二）结对共建。（责任单位：组织办）']);
  });

  it('writes one note when problems sharing a measure have the same duty', () => {
    const same = [sets[0]!, { ...sets[2]!, owner: '组织办', deadline: '2027年3月底前' }];
    expect(composeSections(same).measures).toEqual(['（一）常态督导。（责任单位：组织办；完成时限：2027年3月底前）']);
  });

  it('uses the chosen styles and start numbers', () => {
    const out = composeSections(sets, { problems: 'han', causes: 'arabic', measures: 'di-han', start: { problems: 4 } });
    expect(out.problems[0]).toBe('四、督导不深入。');
    expect(out.causes).toEqual(['1.认识有差距。', '2.方法不新。', '3.统筹不够。']);
    expect(out.measures).toEqual(['第一，常态督导。（第四个问题——责任单位：组织办，完成时限：2027年3月底前；第六个问题——完成时限：年底前）第二，结对共建。第三，培育品牌。']);
  });

  it('gives empty sections for no sets', () => {
    expect(composeSections([])).toEqual({ problems: [], causes: [], measures: [] });
    expect(composeDocument(composeSections([]))).toEqual([]);
  });
});

describe('composeDocument', () => {
  it('puts each section under its numbered heading', () => {
    expect(composeDocument(composeSections(sets))).toEqual([
      '一、存在问题',
      '（一）督导不深入。',
      '（二）发展不平衡。',
      '第二段说明。',
      '（三）教育方式单一。',
      '二、原因分析',
      '一是认识有差距。二是方法不新。三是统筹不够。',
      '三、下步措施',
      '（一）常态督导。（第一个问题——责任单位：组织办，完成时限：2027年3月底前；第三个问题——完成时限：年底前）',
      '（二）结对共建。',
      '（三）培育品牌。',
    ]);
  });

  it('names the sections numbered at the headings’ level or above, which a reader could not tell apart', () => {
    expect(clashingSections(DEFAULT_STYLES)).toEqual([]);
    expect(clashingSections({ ...DEFAULT_STYLES, headings: 'han-paren' })).toEqual(['problems', 'measures']);
    expect(clashingSections({ problems: 'han', causes: 'arabic', measures: 'circled', headings: 'arabic' })).toEqual(['problems', 'causes']);
  });

  it('uses the heading level and first number the user chose, and closes up over an empty section', () => {
    const styles = { ...DEFAULT_STYLES, headings: 'arabic' as const, start: { headings: 3 } };
    const noCauses = sets.map((s) => ({ ...s, causes: [] }));
    const out = composeDocument(composeSections(noCauses, styles), styles);
    expect(out.filter((p) => /^\d/.test(p))).toEqual(['3.存在问题', '4.下步措施']);
  });
});
