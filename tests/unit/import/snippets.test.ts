import { describe, expect, it } from 'vitest';
import { Snippet } from '../../../lib/domain/schemas.ts';
import { importReport, parseOutline, proposeSnippets } from '../../../lib/domain/import/index.ts';
import { readFixture } from './fixture.ts';

describe('importing the seed report', () => {
  const { proposals, noise } = importReport(readFixture());

  it('proposes the opening, three works, the problems with their cause, and three measures', () => {
    expect(proposals.map((p) => [p.role, p.title])).toEqual([
      ['opening', '开头：2020年，在区委区政府的正确领导下，我认真贯彻…'],
      ['work', '落实责任，夯实党建基础'],
      ['work', '把握重点，提升工作水平'],
      ['work', '拓宽思路，创新工作载体'],
      ['problem', '存在问题（概述）'],
      ['problem', '督促检查还不到位'],
      ['problem', '党建工作开展不够均衡'],
      ['problem', '党员队伍建设存在短板'],
      ['cause', '存在问题·原因分析'],
      ['measure', '强化主体责任'],
      ['measure', '狠抓薄弱环节'],
      ['measure', '积极探索创新'],
    ]);
  });

  it('files everything under the report type and topic from the title', () => {
    expect(new Set(proposals.map((p) => p.folder))).toEqual(new Set(['述职报告/党建']));
    expect(proposals[1]!.path).toEqual(['主要工作', '落实责任，夯实党建基础']);
  });

  it('carries none of the seller’s lines into any snippet', () => {
    const removedText = noise.removed.map((line) => line.text);
    for (const proposal of proposals) {
      expect(proposal.original).not.toMatch(/QQ|酷乐文行|会员|仅供学习|倒卖|订阅/);
      for (const ad of removedText) expect(proposal.original).not.toContain(ad);
    }
  });

  it('turns every X into a slot or a year that follows the period, and keeps all the report text', () => {
    for (const proposal of proposals) {
      expect(proposal.body).not.toMatch(/(?<![A-Za-z])X(?![A-Za-z])/);
      const sources = proposal.slots.map((slot) => slot.source).join('');
      expect(sources).toMatch(/^X*$/);
    }
    const slots = proposals.reduce((n, p) => n + p.slots.length, 0);
    const years = proposals.reduce((n, p) => n + (p.body.match(/\{\{(?:本年|上年|下年)\}\}年/g) ?? []).length, 0);
    const xInReport = (readFixture().match(/X/g) ?? []).length;
    expect(years).toBe(4);
    expect(slots + years).toBe(xInReport);
  });

  it('guesses the slot names a writer would expect', () => {
    const names = new Set(proposals.flatMap((p) => p.slots.map((slot) => slot.name)));
    for (const name of ['党建专题会议(次)', '协调投入(万元)', '党建工作经费(万元)', '基础设施建设费用(万元)', '走访居民(户)', '矛盾纠纷化解率(%)', '社区名称', '驿站名称', '整改任务(项)', '发展新党员(名)']) {
      expect(names, name).toContain(name);
    }
    const work2 = proposals[2]!;
    expect(work2.body).toContain('基础设施建设费用{{基础设施建设费用(万元)}}万元。');
    expect(work2.slots.find((slot) => slot.name === '社区名称')).toMatchObject({ kind: 'text', unit: '' });
  });

  it('gives every placeholder of the report its own name, none a bare number or a vague word', () => {
    const names = proposals.flatMap((proposal) => proposal.slots.map((slot) => slot.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => /\d(?:\(|$)|^(?:名称|数值|数量|金额|列出)(?:\(|$)/.test(name))).toEqual([]);
    expect(proposals[6]!.slots.map((slot) => slot.name)).toContain('社区品牌建设力度(个)');
  });

  it('makes proposals that fit the Snippet schema once given an id and timestamps', () => {
    for (const p of proposals) {
      const snippet = { id: 'x', title: p.title, body: p.body, role: p.role, folder: p.folder ?? '', tags: [], favorite: false, useCount: 0, createdAt: 0, updatedAt: 0, lastUsedAt: null, deletedAt: null };
      expect(Snippet.safeParse(snippet).success, p.title).toBe(true);
    }
  });
});

describe('proposeSnippets on other reports', () => {
  it('lets a child pick among its parent’s roles and otherwise inherit', () => {
    const doc = parseOutline(['对照检查材料', '一、存在的问题及原因', '（一）问题表现', '学习不够深入。', '（二）原因分析', '理想信念有所弱化。', '（三）其他方面', '作风不够扎实。', '二、整改措施', '（一）加强薄弱环节', '强化学习。']);
    expect(proposeSnippets(doc).map((p) => [p.role, p.title, p.folder])).toEqual([
      ['problem', '问题表现', '对照检查材料'],
      ['cause', '原因分析', '对照检查材料'],
      ['problem', '其他方面', '对照检查材料'],
      ['measure', '加强薄弱环节', '对照检查材料'],
    ]);
  });

  it('makes one snippet per paragraph when a report has no numbering', () => {
    const { proposals } = importReport('今年以来，我们召开X次会议。\r\n\r\n存在的问题：学习不够。\r\n下一步打算：加强学习。\r\n以上是我的汇报。');
    expect(proposals.map((p) => [p.role, p.body])).toEqual([
      ['opening', '今年以来，我们召开{{会议(次)}}次会议。'],
      ['problem', '存在的问题：学习不够。'],
      ['measure', '下一步打算：加强学习。'],
      ['other', '以上是我的汇报。'],
    ]);
  });

  it('copes with mixed half-width markers, CRLF, blank lines, 万兀 and very long lines', () => {
    const long = '推进基层治理现代化，' + '持续深化网格化管理服务'.repeat(500) + '，投入资金X万兀。';
    const text = ['XX街道2020年工作总结', '', '一.主要工作', '(一)加强党建,召开X次会议.', '', long, '(二) 改善民生', '1、走访群众X余户', '2.解决问题X个', '二．存在问题', '（一）发展不均衡', '三、下步打算', '以上是我的总结，请批评指正。', '2020年12月'].join('\r\n');
    const { proposals, outline } = importReport(text);
    expect(outline.title).toBe('XX街道2020年工作总结');
    expect(proposals.map((p) => [p.role, p.title])).toEqual([
      ['work', '加强党建,召开X次会议'],
      ['work', '走访群众X余户'],
      ['work', '解决问题X个'],
      ['problem', '发展不均衡'],
      ['closing', '结尾'],
    ]);
    expect(proposals[0]!.body.startsWith('加强党建,召开{{会议(次)}}次会议.\n推进基层治理现代化')).toBe(true);
    expect(proposals[0]!.body.endsWith('投入资金{{投入资金(万元)}}万元。')).toBe(true);
    expect(proposals[0]!.folder).toBe('工作总结');
    expect(proposals[1]!.body).toBe('走访群众{{走访群众(户)}}余户');
    expect(proposals[4]!.body).toBe('以上是我的总结，请批评指正。\n2020年12月');
  });

  it('proposes nothing for an empty report', () => {
    expect(importReport('').proposals).toEqual([]);
    expect(importReport('\n\n  \r\n').proposals).toEqual([]);
  });

  it('handles a 100,000-character report in one piece', () => {
    let big = '';
    while (big.length < 100_000) big += readFixture();
    const { proposals } = importReport(big);
    expect(proposals.length).toBeGreaterThan(12);
    expect(proposals.every((p) => !p.original.includes('QQ'))).toBe(true);
  });
});
