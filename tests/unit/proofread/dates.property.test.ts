// Generated variants of three classes that round 6 settled (lib/domain/proofread/levels.ts
// dateForms, numbers.ts mixed_forms, chars.ts BLANK_NUM): a date typed 2025.7.1, 2025/7/1 or
// 2025-7-1 in running text becomes 2025年7月1日 wherever it stands, and is left where a data form is
// what was copied; 千分之3 becomes 千分之三; a template's （×）月（×）日 is no slip, and a slip beside
// it is still found with its fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellNumber } from '../../../lib/domain/proofread/chars.ts';
import { proofread } from '../../../lib/domain/proofread/index.ts';

const year = fc.integer({ min: 1990, max: 2035 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 28 });
const pad = (n: number, padded: boolean) => (padded ? String(n).padStart(2, '0') : String(n));
const BEFORE = ['会议定于', '截至', '于', '本办法自', '', '（', '自'];
const AFTER = ['召开。', '起施行。', '前报送材料。', '，全县完成', '）', '—2025年12月31日', '。'];

const found = (text: string) => proofread(text).map((f) => ({ rule: f.rule, at: text.slice(f.start, f.end), fix: f.fix ?? '' }));
const loud = (text: string) => proofread(text).filter((f) => f.severity !== 'info');

/** A date in one of the three forms no standard allows in running text. */
const slipDate = fc
  .tuple(year, month, day, fc.constantFrom('.', '/', '-', '．', '－'), fc.boolean(), fc.boolean())
  .filter(([, m, d, sep, pm, pd]) => !/[-－]/.test(sep) || !(pad(m, pm).length === 2 && pad(d, pd).length === 2))
  .map(([y, m, d, sep, pm, pd]) => ({ typed: `${y}${sep}${pad(m, pm)}${sep}${pad(d, pd)}`, right: `${y}年${m}月${d}日` }));

describe('proofread dates: 2025.7.1, 2025/7/1, 2025-7-1 (GB/T 15835-2011 5.1.4, GB/T 9704-2012 7.3.5)', () => {
  it('each in running text is found with 2025年7月1日 as its fix', () => {
    fc.assert(
      fc.property(slipDate, fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER), (date, before, after) => {
        const text = `${before}${date.typed}${after}`;
        expect(found(text)).toContainEqual({ rule: 'levels.date_form', at: date.typed, fix: date.right });
      }),
      { numRuns: 400 },
    );
  });

  it('is left where a data form is what was copied', () => {
    const kept = fc.oneof(
      slipDate.map((d) => `${d.typed}\t完成\t100`),
      slipDate.map((d) => `1  ${d.typed}  完成  100`),
      slipDate.map((d) => `来源：县政府网\u3000\u3000发布时间：${d.typed}\u3000\u3000浏览次数：30`),
      slipDate.map((d) => `详见https://www.example.gov.cn/${d.typed.replace(/[．－]/g, '-')}/index.html`),
      slipDate.map((d) => `附件：台账${d.typed}.xlsx`),
      slipDate.map((d) => `文件名：临溪县${d.typed}会议纪要.docx`),
      slipDate.map((d) => `保存在D:\\资料\\${d.typed}\\目录下。`),
      slipDate.map((d) => `系统已升级到版本${d.typed}。`),
      fc.tuple(year, month, day).map(([y, m, d]) => `编号${y}-${pad(m, true)}-${pad(d, true)}。`),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), year).map(([n, y]) => `按照GB/T ${n}-${y}执行。`),
    );
    fc.assert(
      fc.property(kept, (text) => {
        expect(found(text).filter((f) => f.rule === 'levels.date_form')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('proofread: 千分之3 (GB/T 15835-2011 5.3)', () => {
  it('a fraction word with a digit after it is spelled in words', () => {
    fc.assert(
      fc.property(fc.constantFrom('千', '万'), fc.integer({ min: 1, max: 9999 }), fc.boolean(), (unit, n, decimal) => {
        const typed = decimal ? `${n % 10}.${n % 7}` : String(n);
        const text = `事故率控制在${unit}分之${typed}以内。`;
        expect(found(text)).toContainEqual({ rule: 'number.mixed_forms', at: `${unit}分之${typed}`, fix: `${unit}分之${spellNumber(typed)!}` });
        // The fix is right text.
        const fixed = text.replace(`${unit}分之${typed}`, `${unit}分之${spellNumber(typed)!}`);
        expect(loud(fixed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['3', '三'], ['10', '十'], ['15', '十五'], ['100', '一百'], ['105', '一百零五'], ['1010', '一千零一十'], ['0.5', '零点五'], ['2.25', '二点二五'],
  ])('spells %s as %s', (digits, words) => {
    expect(spellNumber(digits)).toBe(words);
  });
});

describe('proofread: a template\'s blank month and day', () => {
  const blank = fc.tuple(fc.constantFrom('（', '('), fc.constantFrom('×', 'X', 'Ｘ', 'x')).map(([o, x]) => `${o}${x}${o === '（' ? '）' : ')'}`);

  it('（×）月（×）日 in any bracket is no slip', () => {
    fc.assert(
      fc.property(blank, blank, fc.constantFrom('请于', '定于2025年', '截至', '自'), fc.constantFrom('前报送。', '召开会议。', '起执行。'), (m, d, before, after) => {
        const text = `${before}${m}月${d}日${after}`;
        expect(loud(text).filter((f) => !(f.rule === 'punct.half_paren'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('a slip beside it is still found with its fix', () => {
    fc.assert(
      fc.property(blank, day, fc.boolean(), (m, d, hao) => {
        const typed = hao ? `${m}月${d}号` : `${m}月0${d % 10 || 1}日`;
        const fix = hao ? `${m}月${d}日` : `${m}月${d % 10 || 1}日`;
        expect(found(`请于${typed}前报送。`)).toContainEqual({ rule: hao ? 'levels.date_form' : 'levels.date_zero', at: typed, fix });
      }),
      { numRuns: 200 },
    );
  });
});
