// The import never loses a real line: generated reports with the kinds of lines that were taken
// for noise (台账 field lines that repeat, sentences citing a government site, 落款 and date after
// the last page number, a title repeated as a running header) keep every one of them, while page
// numbers, running headers and seller's adverts still go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport, stripNoise } from '../../../lib/domain/import/index.ts';

// No 整理 in generated words: "<名字>整理" alone on a line is a compiler's stamp.
const hanChar = fc.constantFrom(...'党建工作会议群众服务社区机制问题落实责任制度学习教育安全生产项目资金'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const sentence = fc.tuple(words(8, 20), words(6, 16)).map(([a, b]) => `${a}，${b}。`);
const pageNumber = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => `- ${n} -`),
  fc.integer({ min: 1, max: 99 }).map((n) => `第${n}页 共99页`),
  fc.integer({ min: 1, max: 99 }).map((n) => `— ${n} —`),
);
const unit = fc.tuple(words(2, 6), fc.constantFrom('局', '委员会', '党组', '办公室', '街道办事处', '调研组')).map(([a, b]) => a + b);
const date = fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`);

const kept = (text: string) => stripNoise(text).kept.map((l) => l.text);
const removed = (text: string) => stripNoise(text).removed.map((l) => l.text);

describe('lines taken for noise before are kept', () => {
  it('整改台账 field lines that repeat from problem to problem', () => {
    const field = fc.constantFrom('整改措施：', '责任领导：局党组书记', '责任单位：办公室', '整改时限：长期坚持', '整改时限：立行立改', '整改进展：已完成');
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.array(field, { minLength: 2, maxLength: 5 })), { minLength: 2, maxLength: 6 }), (problems) => {
        const lines = ['关于问题整改情况的报告', ...problems.flatMap(([problem, fields], i) => [`问题${i + 1}：${problem}`, ...fields, ...fields])];
        expect(kept(lines.join('\n'))).toEqual(lines);
      }),
    );
  });

  it('a sentence that cites a government web address', () => {
    const address = fc.constantFrom('www.gov.cn', 'http://www.example.gov.cn', 'https://zwfw.example.gov.cn/index.html');
    fc.assert(
      fc.property(words(8, 20), address, words(4, 12), (before, url, after) => {
        const line = `${before}（${url}）${after}。`;
        const text = ['工作总结', '一、主要工作', line, '全年召开会议十次。'].join('\n');
        expect(kept(text)).toContain(line);
        expect(stripNoise(text).kept.find((l) => l.text === line)?.doubt).toBeUndefined();
      }),
    );
  });

  it('落款 and date after the last page number, and a title repeated as a running header', () => {
    fc.assert(
      fc.property(words(6, 14), fc.array(sentence, { minLength: 2, maxLength: 5 }), pageNumber, pageNumber, unit, date, (title, paragraphs, page1, page2, signer, day) => {
        const lines = [title, ...paragraphs.slice(0, 1), page1, title, ...paragraphs.slice(1), '特此报告。', page2, signer, day];
        const result = stripNoise(lines.join('\n'));
        expect(result.kept.map((l) => l.text)).toEqual([title, ...paragraphs, '特此报告。', signer, day]);
        expect(result.removed.map((l) => l.text)).toEqual([page1, title, page2]);
        const doc = importReport(lines.join('\n')).outline;
        expect(doc.title).toBe(title);
      }),
    );
  });
});

describe('noise is still removed', () => {
  it.each([
    ['更多精品范文，请访问文库下载'],
    ['本文来自范文网，免费下载请访问 www.example.com'],
    ['加微信：wx12345 获取完整版'],
    ['QQ群：123456789'],
  ])('%s', (line) => {
    expect(removed(['工作总结', '一、主要工作', '全年召开会议十次。', line].join('\n'))).toEqual([line]);
  });

  it('a sentence with a non-government address stays, marked as doubtful', () => {
    const line = '我们在本单位网站www.example.com上开设了意见征集专栏，共收集群众意见建议二百余条。';
    const result = stripNoise(['工作总结', line, '全年召开会议十次。'].join('\n'));
    expect(result.kept.find((l) => l.text === line)?.doubt).toBe('site');
  });
});
