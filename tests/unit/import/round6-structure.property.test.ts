// Shapes of old report the corpus's sixth round brought in, generated: notes under 注释： at the
// end (①… ②… or 1.… 2.…), which are the notes' items and never headings; a 规划 in chapters and
// sections (第一章 … / 第一节 …, a full-width space after the number), each chapter's sections numbered afresh. Original text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import-files/parse.ts';

const hanChar = fc.constantFrom(...'监测数据来源统计口径指标比例调查问卷人群判定标准样本'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const CIRCLED = '①②③④⑤⑥';
const BODY = ['关于全县居民健康状况的调研报告', '一、基本情况', '本次调查覆盖全县12个乡镇，共回收有效问卷1,402份①。', '二、主要结果', '全县居民健康素养水平为31.6%②，比上年提高3.2个百分点。'];

describe('notes under 注释： at the end of a report', () => {
  it('stay lines of the text, each as written, and none becomes a heading', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('注释：', '注：', '备注：', '说明：'),
        fc.constantFrom('circled', 'arabic', 'paren'),
        fc.array(words(12, 30), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (label, style, notes, signed) => {
          const items = notes.map((note, i) => (style === 'circled' ? CIRCLED[i]! : style === 'arabic' ? `${i + 1}.` : `（${i + 1}）`) + note + '。');
          const text = [...BODY, label, ...items, ...(signed ? ['县卫生健康局', '2024年11月28日'] : [])].join('\n');
          const imported = await parseImport({ kind: 'text', text });
          const lines = imported.proposals.flatMap((p) => p.original.split('\n'));
          for (const item of [label, ...items]) expect(lines, item).toContain(item);
          expect(imported.headings.map((h) => h.text)).toEqual(['基本情况', '主要结果']);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a report in chapters and sections (第一章 / 第一节)', () => {
  const title = fc.constantFrom('发展基础', '主要成效', '存在问题', '工作建议', '保障措施');
  const space = fc.constantFrom('\u3000', '  ', ' ', '：', '、');
  it('makes each chapter a part and each section a heading under it, none lost or run together', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(title, fc.integer({ min: 1, max: 3 })), { minLength: 2, maxLength: 4 }), space, async (chapters, gap) => {
        const han = '一二三四五';
        const lines = ['××县“十四五”规划中期评估报告', '根据县政府工作安排，现将规划实施情况报告如下。'];
        const expected: string[] = [];
        chapters.forEach(([name, sections], c) => {
          lines.push(`第${han[c]}章${gap}${name}${c + 1}`);
          expected.push(`${name}${c + 1}`);
          for (let k = 0; k < sections; k++) {
            lines.push(`第${han[k]}节${gap}${name}第${c + 1}章第${k + 1}项工作`, `本节内容共完成任务${k + 3}项，各项工作进展顺利，群众满意度持续提升，为下一阶段工作打下了坚实基础。`);
            expected.push(`${name}第${c + 1}章第${k + 1}项工作`);
          }
        });
        const imported = await parseImport({ kind: 'text', text: lines.join('\n') });
        expect(imported.headings.map((h) => h.text)).toEqual(expected);
        expect(imported.headings.map((h) => h.depth)).toEqual(chapters.flatMap(([, n]) => [1, ...Array<number>(n).fill(2)]));
        expect(imported.proposals.flatMap((p) => p.original.split('\n')).filter((l) => l.startsWith('本节'))).toHaveLength(chapters.reduce((n, [, k]) => n + k, 0));
      }),
      { numRuns: 60 },
    );
  });
});
