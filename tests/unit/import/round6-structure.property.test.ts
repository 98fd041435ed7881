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

describe('headings written in brackets with no number (【…】 over 〖…〗)', () => {
  const name = fc.constantFrom('党建引领，夯实基础', '服务下沉', '共建共治', '数字赋能，提高效率', '问题和打算');
  const sub = fc.constantFrom('健全组织体系', '激活红色力量', '办好民生实事', '畅通诉求渠道');
  const PARAGRAPH = '全年新建网格党支部18个、楼栋党小组96个，选派机关干部45人下沉社区担任网格指导员，做到每个网格都有党员骨干。';
  it('make the outline, the first kind of bracket the first level, and every paragraph stays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(['【', '】', '〖', '〗'], ['〖', '〗', '【', '】'], ['【', '】', '［', '］']), fc.array(fc.tuple(name, fc.array(sub, { maxLength: 3 })), { minLength: 2, maxLength: 4 }), async ([o1, c1, o2, c2], parts) => {
        const lines = ['××街道2024年社区治理工作总结', '今年以来，街道党工委坚持以党建引领基层治理，扎实推进社区治理各项工作，现将全年工作总结如下。'];
        const expected: [number, string][] = [];
        for (const [top, subs] of parts) {
          lines.push(`${o1}${top}${c1}`, PARAGRAPH);
          expected.push([1, top]);
          for (const s of subs) {
            lines.push(`${o2}${s}${c2}`, PARAGRAPH);
            expected.push([2, s]);
          }
        }
        const imported = await parseImport({ kind: 'text', text: [...lines, '××街道党工委', '2024年12月20日'].join('\n') });
        // A second kind of bracket seen fewer than twice is no level of the outline.
        const twice = parts.reduce((n, [, subs]) => n + subs.length, 0) >= 2;
        expect(imported.headings.map((h) => [h.depth, h.text])).toEqual(expected.filter(([depth]) => depth === 1 || twice));
        expect(imported.proposals.flatMap((p) => p.original.split('\n')).filter((l) => l === PARAGRAPH)).toHaveLength(expected.length);
      }),
      { numRuns: 60 },
    );
  });

  it('leave a lone 【编者按】 alone', async () => {
    const imported = await parseImport({ kind: 'text', text: ['工作简报', '【编者按】', '今年以来，各地积极探索基层治理新路子，涌现出一批好经验好做法，现予刊发，供学习借鉴。', '城东镇推行“街长制”取得实效', '城东镇在主城区全面推行“街长制”，由镇领导班子成员担任街长，构建四级责任体系，推动城市管理精细化。'].join('\n') });
    expect(imported.proposals.flatMap((p) => p.original.split('\n'))).toContain('【编者按】');
  });
});

describe('items led in by a sentence ending in ：', () => {
  const marker = fc.constantFrom((n: number) => `(${n})`, (n: number) => `${n}) `, (n: number) => `（${n}）`, (n: number) => `${n}.`, (n: number) => '①②③④⑤'[n - 1]!);
  const clause = fc.constantFrom('延长开放时间，实行全年无休', '推行一证通借通还，实现数据互联', '开通线上借书服务，全年配送图书6,830册', '加强地方文献征集，征集地方文献412件', '完善采购机制，读者荐购图书3,160册');
  it('stay lines of the paragraph as written, never headings', async () => {
    await fc.assert(
      fc.asyncProperty(marker, fc.uniqueArray(clause, { minLength: 2, maxLength: 5 }), fc.constantFrom('具体措施有：', '重点做好以下工作：', '主要做法是:'), async (mark, clauses, lead) => {
        const items = clauses.map((c, i) => `${mark(i + 1)}${c}${i === clauses.length - 1 ? '。' : '；'}`);
        const text = ['县图书馆2024年度工作总结', '一、基础业务稳步推进', `全年接待读者31.6万人次，外借图书24.5万册次。${lead}`, ...items, '二、存在问题', '馆舍面积不足，专业人员偏少，部分乡镇分馆使用率不高。'].join('\n');
        const imported = await parseImport({ kind: 'text', text });
        expect(imported.headings.map((h) => h.text)).toEqual(['基础业务稳步推进', '存在问题']);
        const lines = imported.proposals.flatMap((p) => p.original.split('\n'));
        for (const item of items) expect(lines).toContain(item);
      }),
      { numRuns: 80 },
    );
  });
});
