// Unfinished text: what a draft leaves for later (an unfilled {{空位}}, a 【待填】 mark, XX or ×××
// standing for a figure, 某某 for a name, 待补充) must not reach the signed copy.
import { HAN } from './chars.ts';
import { patternRule, type Rule } from './types.ts';

/** Words a figure is counted in: XX before one of them stands for a number. */
const UNIT = '(?:个|名|人|次|家|项|万|亿|元|%|％|年|月|日|号|户|件|条|所|天|场|批|篇|期|同志|单位|县|市|区|镇|乡|村|局)';

/** Words an amount is counted in: a blank line (____万元) or xx before one of them is a figure left out. */
const AMOUNT_UNIT = '(?:个|名|人|次|家|项|万|亿|元|%|％|户|件|条|所|天|场|批|篇|期)';

/** Words in which the letter X is the word itself, not a blank. */
const LETTER_WORDS = '(?:射线|光|线|型|形|轴|染色体|战|档案|因子|效应|片|检|一代|世代)';

/**
 * 【编者按】, 【相关链接】, 【典型案例】: a 简报's column labels are set in 【】 and are the finished
 * text. A slot left to fill names a value or says to fill it (【待填】, 【单位名称】, 【此处插入表格】).
 */
const COLUMN_LABEL = /^[\u4e00-\u9fff]{0,6}(?:按|按语|编后|编后语|链接|贴士|提示|导读|点评|评论|短评|述评|案例|做法|声音|动态|简讯|快讯|要闻|阅读|解读|新闻|回顾|速递|观察|聚焦|小结)$/;
const TO_FILL = /[待填补某]|此处|插入|名称|姓名|日期|时间|金额|数字|数据/;

/**
 * Common surnames (not the ones that are also prepositions or conjunctions, 于 向 和 与 从 对 由
 * 把 为 在, after which 某某 is a blank) and the usual double surnames.
 */
const SURNAME =
  '(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱侯江尹薛闫严段雷黎史龙陶贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦祝邢齐柳宁骆关窦艾阎蓝])';

/** Words that make ？？ the end of a question (为什么？？), not a figure left out. */
const QUESTION = '(?:吗|呢|什么|怎么|为何|哪|谁|多少|是否|难道)';

export const UNFINISHED_RULES: Rule[] = [
  patternRule({ code: 'unfinished.slot', severity: 'error', clause: null, pattern: /\{\{[^{}\n]*\}\}/g }),
  patternRule({
    code: 'unfinished.bracket',
    severity: 'error',
    clause: null,
    pattern: /【([^】\n]*)】/g,
    fix: (m) => (COLUMN_LABEL.test(m[1]!) && !TO_FILL.test(m[1]!) ? null : undefined),
  }),
  patternRule({
    code: 'unfinished.placeholder',
    severity: 'error',
    clause: null,
    // ??万元 (question marks for a figure not yet known), ____万元 and xx万元, ○月○日, X.XX亿元, X,XXX人, 20XX年, ×××, one X before a unit, and one X standing for a name (X社区,
    // “X驿站”, 《X日报》) — but not X射线, X光 or X型, where the letter is the word.
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])(?:(?:_{2,}|＿{2,}|x{2,})(?=${AMOUNT_UNIT})|(?<![一二三四五六七八九十〇零○◯])[○◯]+(?=${UNIT})|[?？]{2,}(?=${UNIT})(?<!${QUESTION}[^，。；：！？,;:!?\\n]*[?？]{2,})|[XＸ×]+(?:[.,][XＸ×]+)+|(?:19|20)?[XＸ]{2,}|×{2,}|[XxＸ×](?=${UNIT})|[XＸ](?=${HAN})(?!${LETTER_WORDS}))(?![A-Za-z0-9])`,
      'g',
    ),
  }),
  patternRule({
    code: 'unfinished.someone',
    severity: 'error',
    clause: null,
    // 张某某, 赵某某: a 纪律审查 通报 names the person by the surname and 某某 on purpose. 某某 after
    // anything else (某某同志, 于某某日), or before a unit (资金某某万元), is a name or a figure
    // still to fill.
    pattern: new RegExp(`(?<!${SURNAME})某某+|某某+(?=${AMOUNT_UNIT}|[年月日号])`, 'g'),
  }),
  patternRule({ code: 'unfinished.todo', severity: 'error', clause: null, pattern: /(?<!有)待补充|待填写|此处填写|此处插入|TODO/g }),
];
