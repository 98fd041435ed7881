// Structure of generated reports: anti-scrape junk is stripped and the Chinese kept; 一、二季度 is
// prose, not a heading; lines wrapped at a page's width come back as paragraphs; 第一部分 heads a
// part; 特此报告, the signature and the date end the report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport, joinWrappedLines, parseOutline, stripScrapeJunk } from '../../../lib/domain/import/index.ts';

const hanChar = fc.constantFrom(...'党建工作会议群众服务社区管理机制问题落实责任制度学习教育安全生产项目资金网格治理'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const junkToken = fc.stringMatching(/^[A-Za-z][0-9]$|^[A-Za-z][:/;!'"%|-]$|^[$+|][A-Za-z]?$|^[A-Za-z]$/);
const junkRun = fc
  .array(junkToken, { minLength: 5, maxLength: 10 })
  .filter((tokens) => tokens.filter((t) => /[A-Za-z]/.test(t)).length >= 2 && tokens.some((t) => /[^A-Za-z0-9]|[A-Za-z][0-9]/.test(t)))
  .map((tokens) => tokens.join(' '));

describe('forum anti-scrape junk', () => {
  it('is stripped wherever it is glued in, and the Chinese is kept as written', () => {
    fc.assert(
      fc.property(words(2, 12), junkRun, words(2, 12), (before, junk, after) => {
        expect(stripScrapeJunk(`${before}${junk}${after}。`)).toBe(`${before}${after}。`);
        expect(stripScrapeJunk(`${before}。${junk}`)).toBe(`${before}。`);
        expect(stripScrapeJunk(junk)).toBe('');
      }),
    );
  });

  it('a line of junk alone is removed, and a heading with junk stays a heading', () => {
    fc.assert(
      fc.property(words(4, 10), junkRun, junkRun, (heading, junk1, junk2) => {
        const { outline, noise } = importReport(['网格化管理工作总结', `一、${heading}${junk1}`, junk2, '全年采集信息八千余条。'].join('\n'));
        expect(outline.sections[0]!.heading).toBe(heading);
        expect(noise.removed.map((l) => l.reason)).toEqual(['junk']);
      }),
    );
  });

  it.each(['落实“1+X”政策', '推进PM2.5治理', '建成5G基站 120 个', 'A 级景区 3 家', '第 3 页 共 10 页'])('leaves a report’s own ASCII alone: %s', (line) => {
    expect(stripScrapeJunk(line)).toBe(line);
  });
});

describe('lines that start like a heading but are not one', () => {
  const listed = fc.tuple(fc.constantFrom('一、二', '二、三', '一、二、三', '三、四'), fc.constantFrom('季度', '级应急响应', '类风险点', '档次', '批次', '等奖'));
  it('stay text, with their numerals', () => {
    fc.assert(
      fc.property(listed, words(6, 20), ([numerals, word], rest) => {
        const line = `${numerals}${word}${rest}。`;
        const doc = parseOutline(['总结', '一、主要工作', line]);
        expect(doc.sections).toHaveLength(1);
        expect(doc.sections[0]!.body).toEqual([line]);
      }),
    );
  });
});

describe('lines wrapped in the middle of a sentence', () => {
  it('are joined back into the paragraphs they came from', () => {
    const paragraph = fc.array(fc.tuple(words(6, 30), fc.constantFrom('，', '、')), { minLength: 2, maxLength: 6 }).map((parts) => `${parts.map(([w, p]) => w + p).join('')}完成。`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 5 }), fc.integer({ min: 18, max: 40 }), (paragraphs, wrapAt) => {
        // Wrap as a PDF does: a fixed number of characters per line, the last line of each paragraph
        // shorter. (A line that happens to end at ；or ： is taken as a paragraph's end: items end so.)
        const lines = paragraphs.flatMap((p) => p.match(new RegExp(`.{1,${wrapAt}}`, 'gu'))!);
        fc.pre(lines.filter((l) => [...l].length === wrapAt && !/。$/.test(l)).length >= 3);
        const joined = joinWrappedLines(lines.map((text) => ({ text }))).map((l) => l.text);
        expect(joined).toEqual(paragraphs);
      }),
    );
  });

  it('leave a text with whole-paragraph lines as it is', () => {
    fc.assert(
      fc.property(fc.array(words(10, 80), { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const lines = paragraphs.map((p) => ({ text: `${p}。` }));
        expect(joinWrappedLines(lines)).toEqual(lines);
      }),
    );
  });
});

describe('parts and the ending', () => {
  it('第一部分 … heads a part holding the 一、 sections under it', () => {
    fc.assert(
      fc.property(words(3, 10), words(3, 10), words(3, 10), (a, b, c) => {
        const doc = parseOutline(['年度工作总结', '开头一段话。', `第一部分 ${a}`, `一、${b}`, '正文一。', `第二部分 ${c}`, '一是正文二。']);
        expect(doc.sections.map((s) => s.heading)).toEqual([a, c]);
        expect(doc.sections[0]!.children.map((s) => s.heading)).toEqual([b]);
        expect(doc.sections[1]!.body).toEqual(['一是正文二。']);
      }),
    );
  });

  it('特此报告, the signature and the date are the closing', () => {
    const signer = fc.tuple(words(2, 6), fc.constantFrom('局', '党组', '委员会', '调研组')).map(([a, b]) => a + b);
    const date = fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`);
    fc.assert(
      fc.property(fc.boolean(), signer, date, (signOff, who, when) => {
        const ending = [...(signOff ? ['特此报告。'] : []), who, when];
        const doc = parseOutline(['工作总结', '一、主要工作', '全年召开会议十次。', ...ending]);
        expect(doc.closing).toEqual(ending);
      }),
    );
  });
});
