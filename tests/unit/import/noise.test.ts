import { describe, expect, it } from 'vitest';
import { stripNoise, splitLines } from '../../../lib/domain/import/index.ts';
import { fixtureLines, readFixture } from './fixture.ts';

describe('stripNoise on the seed report', () => {
  const lines = fixtureLines();
  const result = stripNoise(readFixture());
  // Read off the fixture by eye: the seller's stamp at the top, its pitch block at the bottom.
  const AD_LINES = [1, 2, 3, 6, 23, 24, 25, 26, 27, 28, 29, 30];
  const removedNos = new Set(result.removed.map((line) => line.lineNo));
  const keptNos = new Set(result.kept.map((line) => line.lineNo));

  it.each(lines.map((text, i) => [i + 1, text] as const))('line %i is sorted correctly', (lineNo, text) => {
    if (text.trim() === '') {
      expect(removedNos.has(lineNo) || keptNos.has(lineNo)).toBe(false);
    } else if (AD_LINES.includes(lineNo)) {
      expect(removedNos.has(lineNo), `should remove: ${text}`).toBe(true);
    } else {
      expect(keptNos.has(lineNo), `should keep: ${text}`).toBe(true);
    }
  });

  it('gives each removed line a reason', () => {
    expect(Object.fromEntries(result.removed.map((line) => [line.lineNo, line.reason]))).toMatchObject({
      1: 'restriction',
      2: 'repeated',
      3: 'restriction',
      6: 'contact',
      23: 'contact',
      24: 'repeated',
      30: 'promotion',
    });
  });

  it('keeps the report text as written, trimmed', () => {
    expect(result.kept[0]).toEqual({ lineNo: 4, text: lines[3] });
    expect(result.kept.every((line) => line.text === lines[line.lineNo - 1]!.trim())).toBe(true);
  });
});

describe('stripNoise on other inputs', () => {
  const removed = (text: string) => stripNoise(text).removed.map((line) => [line.text, line.reason]);
  const kept = (text: string) => stripNoise(text).kept.map((line) => line.text);

  it.each([
    ['第 3 页 共 10 页', 'page-number'],
    ['第3页/共10页', 'page-number'],
    ['共10页 第3页', 'page-number'],
    ['- 3 -', 'page-number'],
    ['— 12 —', 'page-number'],
    ['3/10', 'page-number'],
    ['Page 2 of 9', 'page-number'],
    ['7', 'page-number'],
    ['————————————', 'decoration'],
    ['＊＊＊＊＊', 'decoration'],
    ['……', 'decoration'],
    ['更多范文请访问 www.example.com', 'site'],
    ['https://wenku.example.cn/doc/1', 'site'],
    ['加微信：13800138000 获取更多', 'contact'],
    ['客服QQ：123456789', 'contact'],
    ['咨询购买请联系邮箱 someone@example.com', 'contact'],
    ['微信号：wx_writer', 'contact'],
    ['本资料仅供参考，请勿外传', 'restriction'],
    ['如有侵权请联系删除', 'restriction'],
    ['笔杆子整理', 'compiled-by'],
    ['【公文小助手整理】', 'compiled-by'],
    ['本文由某某网原创发布', 'source'],
    ['来源：某某文秘网', 'source'],
    ['第一范文网', 'site'],
    ['点击下载完整版', 'promotion'],
    ['扫码关注公众号，获取更多材料', 'promotion'],
    ['开通VIP会员立享全部资料', 'promotion'],
    ['扫一扫在手机打开当前页', 'promotion'],
    ['手机扫一扫', 'promotion'],
    ['县教育局2024年工作总结　　　　第 1 页，共 3 页', 'page-number'],
    ['某某县人民政府办公室  - 3 -', 'page-number'],
    ['第 2 页 共 8 页　　某某局工作材料', 'page-number'],
    ['（完）', 'decoration'],
    ['[图片]', 'decoration'],
    ['【视频】', 'decoration'],
    ['（责任编辑：刘某）', 'source'],
    ['【编辑：王某某】', 'source'],
    ['主办：××县人民政府办公室　　承办：××县大数据发展中心', 'web-page'],
  ])('removes %s', (line, reason) => {
    expect(removed(`述职报告\n${line}\n一、主要工作\n全年召开会议十次。`)).toEqual([[line, reason]]);
  });

  it.each([
    '（二）建立微信群X个，及时关注群众诉求。',
    '组织订阅党报党刊X份，整理档案X卷。',
    '打造高效便民服务平台，开通12345热线。',
    '三、下步工作打算',
    '1.完成整理。',
    '以上是我的述职报告，不妥之处请批评指正。',
    '2020年12月20日',
    '群众扫一扫二维码即可在线预约，全年办件1.2万件。',
    '主办：县委宣传部',
    '（责任编辑制度落实情况另行报告，详见附件。）',
    '。',
    '表2　　2024年各乡镇完成情况',
    '（完成情况见附表）',
    '[图片说明：新建的村级党群服务中心]',
    '详见第 3 页表格，全县合计完成投资  3 / 5 的任务。',
  ])('keeps the report line %s', (line) => {
    expect(kept(`述职报告\n一、主要工作\n${line}\n全年召开会议十次。`)).toContain(line);
  });

  it('removes a running header repeated on each page, but not its first occurrence (the title) nor repeated numbered headings', () => {
    const page = (n: number) => `某街道办事处文件\n（一）加强学习。内容${n}。\n- ${n} -`;
    const result = stripNoise([page(1), page(2), page(3)].join('\n'));
    expect(result.kept.map((line) => line.text)).toEqual(['某街道办事处文件', '（一）加强学习。内容1。', '（一）加强学习。内容2。', '（一）加强学习。内容3。']);
    expect(new Set(result.removed.map((line) => line.reason))).toEqual(new Set(['repeated', 'page-number']));
  });

  it('keeps a signature between the last paragraph and a trailing advert, and drops the advert block', () => {
    const text = ['一、主要工作', '全年召开会议十次，推动工作落实。', '述职人：张三', '2020年12月', '更多资料请关注公众号', '自建平台', '实时分享'].join('\n');
    const result = stripNoise(text);
    expect(result.kept.map((line) => line.text)).toEqual(['一、主要工作', '全年召开会议十次，推动工作落实。', '述职人：张三', '2020年12月']);
    expect(result.removed.map((line) => line.reason)).toEqual(['promotion', 'trailing-ad', 'trailing-ad']);
  });

  it('handles CRLF, lone CR, a byte-order mark, zero-width spaces and blank lines', () => {
    const result = stripNoise('\uFEFF述职报告\r\n\r\n一、主要\u200B工作\r全年召开会议。\n\n   \n');
    expect(result.kept).toEqual([
      { lineNo: 1, text: '述职报告' },
      { lineNo: 3, text: '一、主要工作' },
      { lineNo: 4, text: '全年召开会议。' },
    ]);
    expect(result.removed).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(stripNoise('')).toEqual({ kept: [], removed: [] });
    expect(splitLines('')).toEqual([{ lineNo: 1, text: '' }]);
  });
});
