// Texts copied from places other than a PDF: a Word or web text with one paragraph per line is not
// "unwrapped" (its headings and table rows are not glued to the next line); a web page's own menus,
// posting details, buttons and footer go, its article stays; a running header printed above the
// title is not the title; lines under the title (subtitle, speaker, date) are not the opening; a
// heading alone on its line with a full stop is a heading, not a one-line snippet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport, joinWrappedLines, proposeSnippets, stripNoise } from '../../../lib/domain/import/index.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';

const hanChar = fc.constantFrom(...'党建工作会议群众服务社区管理机制问题落实责任制度学习教育安全生产项目资金网格治理'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const sentence = fc.tuple(words(8, 24), words(6, 20)).map(([a, b]) => `${a}，${b}。`);
const paragraph = fc.array(sentence, { minLength: 3, maxLength: 6 }).map((s) => s.join(''));
const heading = fc.tuple(fc.constantFrom('一、', '二、', '三、', '（一）', '（二）', '1.'), words(6, 12), words(6, 12)).map(([m, a, b]) => `${m}${a}，${b}`);
const cell = fc.oneof(words(2, 6), fc.integer({ min: 0, max: 9999 }).map(String), fc.constantFrom('-15.4%', '持平', '98.7%'));
const row = fc.array(cell, { minLength: 3, maxLength: 6 }).map((cells) => cells.join('\t'));
const texts = (lines: readonly { text: string }[]) => lines.map((l) => l.text);

describe('a text with one paragraph per line', () => {
  it('is left as written: no heading or table row is glued to the next line', () => {
    const block = fc.oneof(fc.tuple(heading, paragraph).map(([h, p]) => [h, p]), fc.tuple(paragraph, fc.array(row, { minLength: 2, maxLength: 5 })).map(([p, rows]) => [p, ...rows]));
    fc.assert(
      fc.property(fc.array(block, { minLength: 3, maxLength: 8 }), (blocks) => {
        const lines = blocks.flat().map((text) => ({ text }));
        expect(texts(joinWrappedLines(lines))).toEqual(texts(lines));
      }),
    );
  });

  it('a table pasted into a PDF copy keeps its rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 3, maxLength: 6 }), (rows) => {
        const wrapped = ['二〇二四年全县安全生产形势总体平稳，事故起数和死亡人数实', '现双下降，亿元地区生产总值生产安全事故死亡率持续下降，', '控制在市下达指标以内，连续三年未发生较大及以上生产安全', '事故。'];
        const joined = texts(joinWrappedLines([...wrapped, ...rows].map((text) => ({ text }))));
        expect(joined).toEqual([wrapped.join(''), ...rows]);
      }),
    );
  });
});

describe('a web page copied with its article', () => {
  const furnitureTop = ['首页 > 新闻中心 > 工作动态', '当前位置：首页 > 部门动态', '发布时间：2024-09-26 10:32    来源：市生态环境局    编辑：王晓    阅读次数：1268', '发布日期：2024年3月1日 浏览次数：356', '【字体：大 中 小】 打印本页 关闭窗口', '分享到：微信 微博 QQ空间'];
  const furnitureBottom = ['责任编辑：李敏', '【打印】【关闭】', '上一篇：市生态环境局开展全国生态日主题宣传活动', '下一篇：我市3个案例入选典型案例', '相关链接：', '生态环境部 | 省生态环境厅 | 市人民政府', '主办单位：××市生态环境局\u3000\u3000承办单位：××市生态环境局办公室', '网站标识码：1234000056\u3000\u3000ICP备案号：×ICP备05001234号-1', '地址：××市人民路88号\u3000\u3000邮编：000000\u3000\u3000联系电话：0000-12345678'];

  it('loses the page’s menus, posting details, buttons and footer, and keeps every line of the article', () => {
    fc.assert(
      fc.property(
        words(8, 20),
        fc.subarray(furnitureTop, { minLength: 1 }),
        fc.array(fc.oneof(paragraph, heading), { minLength: 2, maxLength: 6 }),
        // A page's footer comes with its other furniture: 责任编辑 or the links to other articles.
        fc.subarray(furnitureBottom.slice(1)).map((rest) => [furnitureBottom[0]!, ...rest]),
        (headline, top, article, bottom) => {
          const body = [...article, '会议要求，各单位要抓实抓细各项工作，确保全年任务圆满完成。'];
          const result = stripNoise([top[0]!, headline, ...top.slice(1), ...body, ...bottom].join('\n'));
          expect(texts(result.kept)).toEqual([headline, ...body]);
          expect(result.kept.every((l) => l.doubt === undefined)).toBe(true);
        },
      ),
    );
  });

  it.each([
    '编辑出版《党建工作简报》12期，来源于基层的稿件占80%。',
    '主办单位和承办单位要各负其责，确保活动安全有序。',
    '下一步，我们将继续深化网格化管理。',
    '全年发布信息236条，阅读量累计超过10万人次。',
    '一是完善责任体系 | 二是强化督查考核',
  ])('keeps a real line that mentions such words: %s', (line) => {
    const text = ['工作动态', line, '会议要求，各单位要抓实抓细各项工作。'].join('\n');
    expect(texts(stripNoise(text).kept)).toContain(line);
  });
});

describe('the lines at the top', () => {
  const kind = fc.constantFrom('工作总结', '述职报告', '工作汇报', '经验交流材料', '情况报告');
  const page = fc.integer({ min: 1, max: 9 }).map((n) => `第 ${n} 页 共 9 页`);

  it('a running header printed above the title is not the title, and goes with its repeats', () => {
    fc.assert(
      fc.property(words(4, 10), words(4, 12), kind, fc.array(sentence, { minLength: 2, maxLength: 4 }), page, page, (unit, topic, k, body, p1, p2) => {
        const header = `${unit}内部资料`;
        const title = `${unit}${topic}${k}`;
        const lines = [header, title, body[0]!, p1, header, ...body.slice(1), p2, header, '全年工作任务圆满完成。'];
        const result = importReport(lines.join('\n'));
        expect(result.outline.title).toBe(title);
        expect(result.noise.removed.filter((l) => l.text === header)).toHaveLength(3);
      }),
    );
  });

  it('a title repeated as a running header still heads the report when a sentence follows it', () => {
    fc.assert(
      fc.property(words(4, 10), kind, fc.array(sentence, { minLength: 2, maxLength: 4 }), page, (unit, k, body, p1) => {
        const title = `${unit}${k}`;
        const result = importReport([title, ...body.slice(0, 1), p1, title, ...body.slice(1)].join('\n'));
        expect(result.outline.title).toBe(title);
        expect(texts(result.noise.kept)).toEqual([title, ...body]);
      }),
    );
  });

  it('a title written twice in a row is the title once', () => {
    fc.assert(
      fc.property(words(4, 10), kind, fc.array(sentence, { minLength: 1, maxLength: 4 }), (unit, k, body) => {
        const title = `${unit}${k}`;
        const result = importReport([title, title, '', '', ...body].join('\n'));
        expect(result.outline.title).toBe(title);
        expect(texts(result.noise.kept)).toEqual([title, ...body]);
        expect(result.noise.removed.map((l) => l.reason)).toEqual(['repeated']);
      }),
    );
  });

  it('a subtitle, the speaker and the date under the title are not the opening, and keep their words', () => {
    const under = fc.subarray(['——在全县基层治理工作推进会上的发言', '县住房和城乡建设局副局长  张某某', '××街道党工委书记\u3000李某某', '（2024年12月26日）', '（二〇二四年七月三十日）'], { minLength: 1 });
    fc.assert(
      fc.property(words(6, 16), kind, under, fc.array(sentence, { minLength: 1, maxLength: 3 }), (topic, k, lines, opening) => {
        const doc = importReport([`${topic}${k}`, ...lines, opening.join(''), '一、主要做法', '全年召开会议十次。'].join('\n')).outline;
        expect(doc.titleBlock).toEqual(lines);
        expect(doc.preamble).toEqual([opening.join('')]);
      }),
    );
  });

  it('a blank in the speaker’s line and the same blank in the opening are one slot: the report’s own unit', async () => {
    const text = ['经验交流材料', '××街道党工委书记\u3000李某某', '近年来，××街道坚持党建引领，与X社区结对共建。', '一、主要做法', '与X社区开展共建活动X次。'].join('\n');
    const preview = await parseImport({ kind: 'text', text });
    const names = preview.proposals.flatMap((p) => p.slots.map((s) => s.name));
    expect(names.filter((n) => n === '本街道名称')).toHaveLength(2);
    expect(new Set(names.filter((n) => n !== '本街道名称')).size).toBe(names.length - 2);
  });
});

describe('a heading alone on its line with a full stop', () => {
  it('heads its paragraphs and is never a snippet of its own', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words(4, 10), words(4, 10), fc.array(paragraph, { minLength: 1, maxLength: 2 })), { minLength: 2, maxLength: 4 }), (items) => {
        const lines = ['工作总结', '一、主要做法', ...items.flatMap(([a, b, body], i) => [`（${'一二三四'[i]}）${a}，${b}。`, ...body])];
        const proposals = proposeSnippets(importReport(lines.join('\n')).outline);
        items.forEach(([a, b]) => expect(proposals.some((p) => p.original === `${a}，${b}。`)).toBe(false));
        const headings = proposals.map((p) => p.path[p.path.length - 1]);
        items.forEach(([a, b]) => expect(headings).toContain(`${a}，${b}`));
        expect(proposals.map((p) => p.original).join('\n')).toBe(items.flatMap(([, , body]) => body).join('\n'));
      }),
    );
  });

  it('an item with nothing under it keeps its full stop as content', () => {
    const proposals = proposeSnippets(importReport(['工作总结', '一、下步打算', '（一）持续深化以案促改。', '（二）推动学纪常态化。'].join('\n')).outline);
    expect(proposals.map((p) => p.original)).toEqual(['持续深化以案促改。', '推动学纪常态化。']);
  });
});
