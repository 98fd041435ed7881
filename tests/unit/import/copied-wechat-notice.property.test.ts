// Kinds of text the corpus lacked until its fourth round: a 通知's own contact lines and its list of
// attachments, a 微信公众号 article with its furniture and emoji, a PDF line wrapped right after a
// semicolon. Each class is generated: the real lines are all kept as written, the furniture goes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport, joinWrappedLines, stripNoise } from '../../../lib/domain/import/index.ts';

const hanChar = fc.constantFrom(...'党建工作会议群众服务社区机制问题落实责任制度学习教育安全生产项目资金'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const sentence = fc.tuple(words(8, 20), words(6, 16)).map(([a, b]) => `${a}，${b}。`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.join(''));
const date = fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`);
const mobile = fc.tuple(fc.constantFrom('13', '15', '18', '19'), fc.integer({ min: 100_000_000, max: 999_999_999 })).map(([a, b]) => `${a}${b}`);
const landline = fc.tuple(fc.constantFrom('0571', '010', '0755', '0931'), fc.integer({ min: 1_000_000, max: 99_999_999 })).map(([a, b]) => `${a}-${b}`);

const kept = (text: string) => stripNoise(text).kept.map((l) => l.text);
const sure = (text: string) => stripNoise(text).removed.map((l) => l.text);

describe('a notice keeps its own contact lines', () => {
  const contactLine = fc.oneof(
    fc.tuple(words(2, 8), fc.constantFrom('王××', '陈××', '李明')).map(([unit, name]) => `联系人：${unit} ${name}`),
    fc.tuple(landline, mobile).map(([a, b]) => `联系电话：${a}，${b}`),
    mobile.map((m) => `手机：${m}`),
    fc.constantFrom('邮箱：office_2025@163.com', '电子邮箱：ajb@example.gov.cn', '传真：0571-86000000'),
  );

  it('a 联系人/联系电话/邮箱 line is kept (marked for a second look at most), a number in a sentence with its label unmarked', () => {
    fc.assert(
      fc.property(paragraph, fc.array(contactLine, { minLength: 1, maxLength: 3 }), mobile, date, (body, contacts, phone, day) => {
        const sentenceWithNumber = `请各单位于月底前报送材料，联系电话${phone}。`;
        const lines = ['关于开展安全检查的通知', '一、工作要求', body, sentenceWithNumber, ...contacts, '县应急管理局', day];
        const result = stripNoise(lines.join('\n'));
        expect(result.kept.map((l) => l.text)).toEqual(lines);
        expect(result.kept.find((l) => l.text === sentenceWithNumber)?.doubt).toBeUndefined();
      }),
    );
  });

  it('a seller’s number still goes', () => {
    for (const line of ['购买全套材料联系电话：13800138000', '微信：13800138000 代写各类材料', '客服QQ：123456789']) {
      expect(sure(`工作总结\n一、主要工作\n全年召开会议十次。\n${line}`)).toEqual([line]);
    }
  });
});

describe('a list of attachments', () => {
  const item = fc.tuple(fc.option(fc.integer({ min: 2023, max: 2026 }), { nil: undefined }), words(6, 16), fc.constantFrom('统计表', '安排表', '提纲', '台账', '名单')).map(([year, w, kind]) => `${year ?? ''}${w}${kind}`);

  it('keeps its items as lines, in the ending before the 落款, never as numbered headings', () => {
    fc.assert(
      fc.property(paragraph, fc.array(item, { minLength: 2, maxLength: 6 }), date, (body, items, day) => {
        const list = items.map((t, i) => (i === 0 ? `附件：1.${t}` : `${i + 1}.${t}`));
        const lines = ['关于开展安全检查的通知', '一、工作要求', `（一）加强组织领导。${body}`, ...list, '县安全生产委员会办公室', day];
        const { outline } = importReport(lines.join('\n'));
        expect(outline.closing, JSON.stringify(lines)).toEqual([...list, "县安全生产委员会办公室", day]);
        expect(outline.sections[0]!.children.map((c) => c.heading)).toEqual(['加强组织领导']);
      }),
    );
  });

  it('in the body, its items stay lines of the paragraph they follow', () => {
    const lines = ['关于开展安全检查的通知', '一、工作要求', '各单位按附件格式报送。', '附件：1.检查安排表', '2.情况统计表', '二、时间安排', '6月底前完成。'];
    const { outline } = importReport(lines.join('\n'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['工作要求', '时间安排']);
    expect(outline.sections[0]!.body).toEqual(['各单位按附件格式报送。', '附件：1.检查安排表', '2.情况统计表']);
  });
});

describe('a 微信公众号 article', () => {
  const top = ['点击上方蓝字关注我们', '👆👆👆', '原创 团县委 青春××', '2024年12月30日 18:30 浙江', '2025-01-06 09:12'];
  // The links to other articles come under their own heading (往期推荐).
  const bottom = ['- END -', '来源｜团县委', '编辑｜小青', '审核｜王××', '往期推荐\n👉县青年创业大赛圆满落幕\n👉快来！寒假志愿服务岗位等你报名', '长按识别二维码关注我们', '阅读原文', '分享 收藏 点赞 在看'];
  const emoji = fc.constantFrom('🎉', '💪', '👍', '❤️', '🔥', '✅');

  it('loses its furniture and its emoji, and keeps every line of the article as written', () => {
    fc.assert(
      fc.property(
        words(8, 20),
        fc.subarray(top, { minLength: 1 }),
        fc.array(fc.tuple(paragraph, fc.option(emoji, { nil: undefined })), { minLength: 2, maxLength: 5 }),
        fc.subarray(bottom, { minLength: 1 }),
        (headline, furnitureTop, article, furnitureBottom) => {
          const body = article.map(([p, e]) => `${p}${e ?? ''}`);
          const result = stripNoise([...furnitureTop, headline, ...body, ...furnitureBottom].join('\n'));
          expect(result.kept.map((l) => l.text), JSON.stringify([furnitureTop, furnitureBottom])).toEqual([headline, ...article.map(([p]) => p)]);
        },
      ),
    );
  });

  it('keeps the symbols a report does use', () => {
    const lines = ['★重点工作', '▲图为宣讲现场', '①落实责任；②强化考核。', '※注：数据截至9月底。'];
    expect(kept(['工作动态', ...lines].join('\n'))).toEqual(['工作动态', ...lines]);
  });
});

describe('a PDF line wrapped right after a semicolon', () => {
  it('is joined to the line that goes on; a line that starts the next item is not', () => {
    const wrapped = [
      '（四）提升监测预警能力。新建乡镇空气自动监测站18个，实现乡镇全覆盖；',
      '完成重污染天气应急减排清单修订，纳入清单企业2,146家，较上年增加12%—1',
      '5%。全市重点行业绩效分级企业数量较上年明显增加，管理水平持续提高，成',
      '效明显。',
      '（五）强化执法监管。全年开展大气环境执法检查1,200余次，查处违法案件；',
      '一是开展夜间巡查，二是开展交叉执法，三是推进非现场监管，执法效能不断',
      '提升。',
    ];
    const joined = joinWrappedLines(wrapped.map((text) => ({ text }))).map((l) => l.text);
    expect(joined).toEqual([wrapped.slice(0, 4).join(''), wrapped[4]!, wrapped.slice(5).join('')]);
  });
});
