// 两 or 二. A count of two before a measure word reads 两 (两次, 两个, 两项, 两名); so does a
// leading 二 before 千, 万 and 亿 (两千, 两万, 两亿), as 现代汉语词典 advises and reports write. 二
// stays everywhere else: an ordinal (第二, 初二), inside a number (十二, 二十, 一万二千 — a 二 that is not
// the number's first digit is read digit by digit), before 百 (二百 is the standard form; 两百 is
// colloquial), in decimals (二点五) and in years (二〇二五). Words where 二 is an ordinal without 第
// (二季度, 二年级, 二级, 二月, 二等奖, 二线) are not in the list, so they keep 二.

/** Words a count stands before. Single characters; a longer word is listed by its first one. */
export const MEASURE_WORDS = [...'个次项名人家条件位批场户所处类届年天种份篇期轮支座台辆倍套部本张块元吨米亩栋间册幅门点周岁方笔层根片道只头架艘把'];
/** Words that start with a measure word but are not a count: 二年级 is the second grade, 二点五 a decimal. */
const NOT_A_COUNT = /^(年级|点[零〇一二三四五六七八九])/;
/** What before a number makes it an ordinal. */
const ORDINAL_BEFORE = /(第|初|周|星期|礼拜)$/;
const MEASURES = new Set(MEASURE_WORDS);

/**
 * A Chinese numeral with 两 where the count is two: `numeral` as written by 中文, `before` and
 * `after` the text around it in the report.
 */
export function withLiang(numeral: string, before: string, after: string): string {
  if (!numeral.startsWith('二') || ORDINAL_BEFORE.test(before)) return numeral;
  if (/^二[千万亿]/.test(numeral)) return `两${numeral.slice(1)}`;
  if (numeral !== '二') return numeral;
  if (NOT_A_COUNT.test(after)) return numeral;
  return MEASURES.has(after.charAt(0)) || /^[千万亿]/.test(after) ? '两' : numeral;
}
