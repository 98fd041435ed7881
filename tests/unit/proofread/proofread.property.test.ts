// Properties over generated text: findings are well-formed and in order; a fix removes what it
// fixes; and text put together from right pieces stays quiet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';

/** Pieces that trip the rules and their look-alikes, and plain characters between them. */
const PIECES = [
  '，', '。', '、', '；', '：', '“', '”', '"', "'", '(', ')', '（', '）', '《', '》', '…', '...', '。。。', ',', '.', ';', ':', '?', '!', ' ', '\n',
  '工作', '学习', '完成', '和', '及', '与', '其中', '共', '约', '左右', '多', '以上', '至少', '近', '年', '万元', '万兀', '人', '个', '%', '天', '季度', '批', '第',
  '一', '二', '三', '四', '十', '一、', '（一）', '（二）', '1.', '1、', '2.', '（1）', '首先', '其次', '第三，',
  '3', '5', '10', '24', '2024', '2025', '3.5', '-', '～', '—', '０', '８', 'X', 'XX', '某某', '【', '】', '{{', '}}', '截止', '做为', '14五',
  'v2.1', 'https://a.cn/x,y', 'a@b.cn', 'GB/T 9704-2012', '8:30', 'A3-5', 'Word',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const options = { terms: [{ wrong: '人社局', right: '人力资源和社会保障局' }], banned: ['走过场'] };

describe('proofread: properties', () => {
  it('gives offsets inside the text, each finding in order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const found = proofread(text, options);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
        }
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
      }),
      { numRuns: 500 },
    );
  });

  it('applying a fix leaves no finding of that rule where it was applied', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const f of proofread(text, options)) {
          if (f.fix === undefined) continue;
          const fixed = text.slice(0, f.start) + f.fix + text.slice(f.end);
          const end = f.start + f.fix.length;
          const again = proofread(fixed, options).filter((g) => g.rule === f.rule && g.start < Math.max(end, f.start + 1) && g.end > f.start && !(g.start === g.end));
          expect(again, `${f.rule} in ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  /** Right sentences, each with its own figures, and the marks that join them. */
  const CLEAN = [
    '全年完成投资3.5亿元', '上午8:30召开会议', '平台升级到v2.1版本', '详见https://www.example.gov.cn/a.html', '来信请寄office@example.gov.cn',
    '按照GB/T 9704-2012排版', '一、二季度各召开一次推进会', '培训用了三四天', '第一、二批学员全部结业', '采购型号为A3-5的设备', '使用Word编辑文稿',
    '增长4%～6%', '2024—2025年度', '每组5～8人', '截至2025年底', '“十四五”规划', '第三季度', '《条例》《准则》', '学习、培训和考核', '大约300人参加',
    '节约100多万元', '近年来成效明显', '投入100万元，其中党建30万元、人员70万元', '三、四级手术占比提高', '2025年7月1日',
  ];
  const cleanArb = fc.array(fc.tuple(fc.constantFrom(...CLEAN), fc.constantFrom('，', '。', '；', '。\n')), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([s, mark]) => s + (s.includes('其中') ? '。' : mark)).join(''));
  // (A total and its parts make one sentence: the 。 ends it, or the next piece's figures would count as parts.)

  it('text put together from right pieces gives nothing', () => {
    fc.assert(
      fc.property(cleanArb, (text) => {
        expect(proofread(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
