// 标点 (GB/T 15834-2011): marks in Chinese text are the full-width ones, quotes are curly, a
// 顿号 does not join the two numbers of a 概数 nor stand before 和/及 or between quoted or titled
// items, ranges of values take ～ and ranges of years —, and the 省略号 is ……
import { HAN } from './chars.ts';
import { patternRule, type Rule } from './types.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const ORDER = '一二三四五六七八九';
/** Words a 概数 counts (三四天, 七八个人); 年级, 季度 and 月份 are orders, not counts. */
const COUNTED = '(?:天|年(?!级)|个|次|人|名|家|项|位|倍|岁|小时|周|十|百|千|万|里|米|公里|成|遍|页|份|条)';
/** Measure words after a numeric range (5～10人); years, months and days take — instead. */
const MEASURED = '(?:个|次|人|名|家|项|天|元|吨|户|件|条|所|倍|岁|小时|周|公里|米|亩|场|期|份|篇|台|套|辆|处|座|支|批|轮|门|间)';

export const PUNCTUATION_RULES: Rule[] = [
  patternRule({
    code: 'punct.half_width',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.1-4.7',
    // A half-width mark right after a Han character and before another (or at a paragraph's end
    // for the marks that end one); digits on either side are decimals, times and thousands.
    pattern: new RegExp(`(?<=${HAN})(?:([,;:?!]) ?(?=${HAN}|[“‘《（])|([?!;.])(?=\\n|$)|(\\.)(?=${HAN}))`, 'g'),
    fix: (m) => FULL[(m[1] ?? m[2] ?? m[3])!],
  }),
  patternRule({
    code: 'punct.half_paren',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.9',
    pattern: new RegExp(`\\(([^()\\n]*${HAN}[^()\\n]*)\\)`, 'g'),
    fix: (m) => `（${m[1]}）`,
  }),
  patternRule({
    code: 'punct.straight_quote',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.8',
    pattern: new RegExp(`"([^"\\n]*${HAN}[^"\\n]*)"|'([^'\\n]*${HAN}[^'\\n]*)'`, 'g'),
    fix: (m) => (m[1] !== undefined ? `“${m[1]}”` : `‘${m[2]}’`),
  }),
  patternRule({
    code: 'punct.ellipsis',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.11',
    // A whole run of dots, 。 and … is one ellipsis; …… is right, and ………… where a paragraph is left out.
    pattern: /(?:…|\.{3,}|。{3,})+/g,
    fix: (m) => {
      if (m[0] === '……' || m[0] === '…………') return null;
      // Three dots alone are an ellipsis only in Chinese text (not in code or an English sentence).
      if (/^\.+$/.test(m[0]) && !/[\u3400-\u4dbf\u4e00-\u9fff，、]/.test(m.input[m.index - 1] ?? '')) return null;
      return '……';
    },
  }),
  patternRule({
    code: 'punct.repeated',
    severity: 'error',
    clause: 'GB/T 15834-2011 5.1',
    pattern: /([，；：、！？])\1+|(?<!。)。。(?!。)/g,
    fix: (m) => m[0][0],
  }),
  patternRule({
    code: 'punct.dunhao_approx',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.5',
    // 三、四天 is a 概数: no 顿号. 第一、二批 and 一、二季度 name two items, so the 顿号 stays.
    pattern: new RegExp(`(?<!第)([一二三四五六七八九])、([一二三四五六七八九])(?=${COUNTED})`, 'g'),
    fix: (m) => (ORDER.indexOf(m[2]!) === ORDER.indexOf(m[1]!) + 1 ? m[1]! + m[2]! : null),
  }),
  patternRule({
    code: 'punct.dunhao_before_and',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.5',
    pattern: /、(?=以及|和(?![谐平美睦顺气])|及(?![时早格])|与(?![会时其]))/g,
    fix: () => '',
  }),
  patternRule({
    code: 'punct.dunhao_between_marks',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.5',
    pattern: /(?<=》)、(?=《)|(?<=”)、(?=“)/g,
    fix: () => '',
  }),
  patternRule({
    code: 'punct.range_years',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.13',
    pattern: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2}) ?[-－~～] ?((?:19|20)\d{2})(?=年)/g,
    fix: (m) => `${m[1]}—${m[2]}`,
  }),
  patternRule({
    code: 'punct.range_tilde',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.13',
    pattern: new RegExp(`(?<![\\d.\\-/:A-Za-z])(\\d+(?:\\.\\d+)?) ?[-－] ?(\\d+(?:\\.\\d+)?)(?=${MEASURED})`, 'g'),
    fix: (m) => `${m[1]}～${m[2]}`,
  }),
];
