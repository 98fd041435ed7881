import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/domain/report/index.ts';

describe('countWords (字数 as Word and WPS count it)', () => {
  it('counts each Chinese character and each full-width mark', () => {
    expect(countWords('加强理论学习。')).toBe(7);
    expect(countWords('“两学一做”（常态化）、《条例》：——……')).toBe(21);
  });

  it('counts a run of half-width figures or letters as one', () => {
    expect(countWords('2025年')).toBe(2);
    expect(countWords('增长12.5%，完成1,234.5万元')).toBe(9);
    expect(countWords('GDP增速')).toBe(3);
    expect(countWords('第3季度 5 个')).toBe(6);
  });

  it('counts full-width digits and circled numbers one each, spaces nothing', () => {
    expect(countWords('２０２５年')).toBe(5);
    expect(countWords('①抓学习 ②抓落实')).toBe(8);
    expect(countWords('　　开头\t \n')).toBe(2);
    expect(countWords('')).toBe(0);
  });

  it('counts an unfilled slot as the one figure that will stand there', () => {
    expect(countWords('发展党员【发展党员】名。', ['发展党员'])).toBe(7);
    // Other 【】 text is words like any other.
    expect(countWords('【典型案例】', [])).toBe(6);
    expect(countWords('【甲】和【甲】', ['甲'])).toBe(3);
  });
});
