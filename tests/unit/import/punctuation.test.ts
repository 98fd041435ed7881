import { describe, expect, it } from 'vitest';
import { findHalfWidthPunctuation, fixPunctuation } from '../../../lib/domain/import/index.ts';
import { readFixture } from './fixture.ts';

describe('findHalfWidthPunctuation', () => {
  it('reports position, the text replaced and the full-width mark', () => {
    expect(findHalfWidthPunctuation('不够,亮点')).toEqual([{ index: 2, length: 1, found: ',', replacement: '，' }]);
    expect(findHalfWidthPunctuation('不多 , 主观')).toEqual([{ index: 2, length: 3, found: ' , ', replacement: '，' }]);
  });

  it.each([
    ['不够,亮点都不够突出', '不够，亮点都不够突出'],
    ['解决率达X%,便民服务', '解决率达X%，便民服务'],
    ['建立“两新"党组织', '建立“两新”党组织'],
    ['他说:"好"。', '他说：“好”。'],
    ['(一)落实责任', '（一）落实责任'],
    ['(1) 标题', '（1）标题'],
    ['会议(扩大)召开', '会议（扩大）召开'],
    ['工作.下一步', '工作。下一步'],
    ['等等...', '等等……'],
    ['是否落实?必须落实!', '是否落实？必须落实！'],
    ['目标;任务', '目标；任务'],
  ])('fixes %s', (text, fixed) => {
    expect(fixPunctuation(text)).toBe(fixed);
  });

  it.each([
    '1,234元和3.5万元',
    '8:30开会',
    '1.落实责任',
    '访问www.gov.cn网站',
    'use Excel, Word (2016).',
    '(a)(b)',
    '全角，标点。没有问题：（一）“好”',
  ])('leaves %s alone', (text) => {
    expect(findHalfWidthPunctuation(text)).toEqual([]);
    expect(fixPunctuation(text)).toBe(text);
  });

  it('finds the half-width marks in the seed report', () => {
    const found = findHalfWidthPunctuation(readFixture()).map((issue) => issue.found.trim());
    expect(found).toEqual([',', '"', ',', ',']);
    expect(fixPunctuation(readFixture())).not.toMatch(/[\p{Script=Han}%],|"/u);
  });

  it('leaves slots alone, whose names hold half-width parentheses', () => {
    expect(fixPunctuation('召开{{党建专题会议(次)}}次会议,({{社区名称}})')).toBe('召开{{党建专题会议(次)}}次会议，（{{社区名称}}）');
    expect(fixPunctuation('{{甲(次)}}{{乙(个)}}')).toBe('{{甲(次)}}{{乙(个)}}');
  });

  it('never produces overlapping fixes', () => {
    const issues = findHalfWidthPunctuation('甲 , , 乙 ; . 丙');
    for (let i = 1; i < issues.length; i++) expect(issues[i]!.index).toBeGreaterThanOrEqual(issues[i - 1]!.index + issues[i - 1]!.length);
  });
});
