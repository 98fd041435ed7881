// A generated 整改台账 imports as problem sets: each problem with its measures, owner and deadline,
// and no two snippets titled alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutline, proposeSnippetsAndSets } from '../../../lib/domain/import/index.ts';

const hanChar = fc.constantFrom(...'学习计划资金管理干部作风服务意识项目拨付台账登记制度落实'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const entry = fc.record({
  title: words(4, 12),
  problem: words(8, 20),
  measures: fc.array(words(8, 20), { minLength: 1, maxLength: 3 }),
  owner: fc.constantFrom('局党组书记', '分管副局长', '办公室'),
  unit: fc.constantFrom('办公室', '财务股', '人事股'),
  deadline: fc.constantFrom('长期坚持', '2024年6月底前', '立行立改'),
  progress: words(6, 16),
  labelAlone: fc.boolean(),
});

describe('整改台账', () => {
  it('each problem becomes a problem set with its measures, owner and deadline', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 2, maxLength: 6, selector: (e) => e.title }), (entries) => {
        const lines = [
          '整改情况报告',
          '一、问题整改台账',
          ...entries.flatMap((e, i) => [
            `问题${i + 1}：${e.title}`,
            `问题表现：${e.problem}。`,
            ...(e.labelAlone ? ['整改措施：', ...e.measures.map((m) => `${m}。`)] : [`整改措施：${e.measures.map((m) => `${m}。`).join('')}`]),
            `责任领导：${e.owner}`,
            `责任单位：${e.unit}`,
            `整改时限：${e.deadline}`,
            `整改进展：${e.progress}。`,
          ]),
        ];
        const { proposals, problemSets } = proposeSnippetsAndSets(parseOutline(lines));
        expect(problemSets).toHaveLength(entries.length);
        problemSets.forEach((set, i) => {
          const e = entries[i]!;
          expect(proposals[set.problem]).toMatchObject({ role: 'problem', title: e.title });
          expect(proposals[set.problem]!.original).toContain(e.problem);
          expect(set.measures.map((m) => proposals[m]!.role)).toEqual(['measure']);
          expect(proposals[set.measures[0]!]!.original.replace(/\n/g, '')).toBe(e.measures.map((m) => `${m}。`).join(''));
          expect(set.owner).toBe(`${e.owner}；${e.unit}`);
          expect(set.deadline).toBe(e.deadline);
        });
        const titles = proposals.map((p) => p.title);
        expect(new Set(titles).size).toBe(titles.length);
      }),
    );
  });

  it('a section of ordinary paragraphs is not a ledger', () => {
    const { problemSets } = proposeSnippetsAndSets(parseOutline(['总结', '一、主要工作', '全年召开会议十次。', '整改措施：建立制度。']));
    expect(problemSets).toEqual([]);
  });
});
