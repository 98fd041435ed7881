// 标点 (GB/T 15834-2011): marks in Chinese text are the full-width ones, quotes are curly, a
// 顿号 does not join the two numbers of a 概数 nor stand before 和/及 or between quoted or titled
// items, ranges of values take ～ and ranges of years —, and the 省略号 is ……
import { HAN, lines } from './chars.ts';
import { headingStarts } from './levels.ts';
import { patternRule, type Hit, type Rule } from './types.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const ORDER = '一二三四五六七八九';
/** Words a 概数 counts (三四天, 七八个人); 年级, 季度 and 月份 are orders, not counts. */
const COUNTED = '(?:天|年(?!级)|个|次|人|名|家|项|位|倍|岁|小时|周|十|百|千|万|里|米|公里|成|遍|页|份|条)';
/** Measure words after a numeric range (5～10人); years, months and days take — instead. */
// 分 is a score or a minute (75-89.5分); 分局, 分队, 分册 name parts, not amounts. 3-5级 is a
// range of grades (风力, 地震).
const MEASURED = '(?:个|次|人|名|家|项|天|元|吨|户|件|条|所|倍|岁|小时|分钟|分(?![局队册行站院部社公会区])|级|周|公里|平方公里|平方米|立方米|公斤|千克|米|亩|场|期|份|篇|台|套|辆|处|座|支|批|轮|门|间)';

const DUNHAO_APPROX = patternRule({
  code: 'punct.dunhao_approx',
  severity: 'error',
  clause: null,
  // 三、四天 is a 概数: no 顿号. 第一、二批 and 一、二季度 name two items, so the 顿号 stays.
  pattern: new RegExp(`(?<!第)([一二三四五六七八九])、([一二三四五六七八九])(?=${COUNTED})`, 'g'),
  fix: (m) => (ORDER.indexOf(m[2]!) === ORDER.indexOf(m[1]!) + 1 ? m[1]! + m[2]! : null),
});

const ANGLE_IN_TITLE = patternRule({
  code: 'punct.nested_title',
  severity: 'warning',
  clause: null,
  // (or the full-width ＜＞ an input method gives). The 《 before it is looked for only at a <: a pattern that starts by looking back reads the
  // line again at every character.
  pattern: /[<＜]([^<>＜＞《》\n]+)[>＞](?=[^《》\n]*》)/g,
  fix: (m) => (/《[^《》\n]*$/.test(m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)) ? `〈${m[1]}〉` : null),
});

const SINGLE_QUOTES = patternRule({
  code: 'punct.straight_quote',
  severity: 'warning',
  clause: null,
  pattern: new RegExp(`'([^'\\n]*${HAN}[^'\\n]*)'`, 'g'),
  fix: (m) => `‘${m[1]}’`,
});

const HAN_ONE = new RegExp(HAN);

const HALF_PARENS = patternRule({
  code: 'punct.half_paren',
  severity: 'warning',
  clause: null,
  // Brackets around Chinese words, and a heading number (4) at a paragraph's start before its words.
  // A pair with a full-width bracket inside is mixed up: MIXED_PARENS mends the inner one first.
  // Lookbehinds come after what they check, so a long run of spaces or digits is read once.
  pattern: new RegExp(`\\(([^()（）\\n]*${HAN}[^()（）\\n]*)\\)|\\((\\d{1,2})\\)(?<=^[ \\t\\u3000]*\\(\\d{1,2}\\))(?=${HAN})`, 'gm'),
  fix: (m) => `（${m[1] ?? m[2]}）`,
});

/** （扩大) and (扩大）: one bracket of the pair typed half-width; it becomes the full-width one. */
const MIXED_PARENS = patternRule({
  code: 'punct.half_paren',
  severity: 'warning',
  clause: null,
  pattern: /（[^（）()\n]*(\))|(\()[^（）()\n]*）/g,
  fix: (m) => (m[1] === undefined ? '（' : '）'),
  at: (m) => (m[1] === undefined ? [0, 1] : [m[0].length - 1, 1]),
});

const DATE_RANGE = patternRule({
  code: 'punct.range_time',
  severity: 'warning',
  clause: null,
  // From one month or day to another takes the 一字线 (1—6月, 7月1日—7月15日), as years do. Days
  // are dates only after their month (7月1-15日); 3-5日内 and 3-6月龄 are lengths of time.
  pattern: /(?<![\d.\-/:A-Za-z])(?:(\d{1,2}) ?[-－~] ?(\d{1,2})(?=月(?!龄|内|以内|后))|(?<=月)(\d{1,2}) ?[-－~] ?(\d{1,2})(?=日)|((?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}年) ?[-－~] ?(?=(?:(?:19|20)\d{2}年)?\d{1,2}[月日]|(?:19|20)\d{2}年))/g,
  fix: (m) => {
    if (m[5] !== undefined) return `${m[5]}—`;
    const [a, b] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    return Number(a) < Number(b) ? `${a}—${b}` : null;
  },
});

/**
 * 9:00-11:30: from one time of day to another takes the 一字线 too. The times themselves are no
 * rule's to read (lib/domain/proofread/protect.ts), so the finding is the hyphen alone.
 */
const TIME_RANGE = patternRule({
  code: 'punct.range_time',
  severity: 'warning',
  clause: null,
  pattern: /(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d ?([-－]) ?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g,
  fix: () => '—',
  at: (m) => [m[0].indexOf(m[1]!), 1],
});

/**
 * Two marks of a sentence side by side (，。 ；。 、， ，,): one of them is a slip. ？！ and ！？ are
 * allowed by GB/T 15834-2011 4.3; a mark typed twice is punct.repeated's.
 */
const ADJACENT = /[，。；：、！？,;:]{2,}/g;

/**
 * Straight double quotes in Chinese text: a pair around Chinese words becomes “…” in one fix, and
 * one typed beside a curly one (“两新"党组织, "两新”党建) becomes the curly mark the other one
 * pairs with. A pair around English words only (He said "hi") stays.
 */
function doubleQuotes(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines(text)) {
    const t = line.text;
    let curlyOpen = false;
    let straightOpen = -1;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === '“') curlyOpen = true;
      else if (c === '”') curlyOpen = false;
      else if (c !== '"') continue;
      else if (straightOpen !== -1) {
        const inside = t.slice(straightOpen + 1, i);
        // "12345"热线, "3·15"活动: figures in quotes beside Chinese words take the Chinese marks too.
        if (HAN_ONE.test(inside) || (inside.trim() !== '' && (HAN_ONE.test(t[straightOpen - 1] ?? '') || HAN_ONE.test(t[i + 1] ?? '')))) hits.push({ start: line.start + straightOpen, end: line.start + i + 1, fix: `“${inside}”` });
        straightOpen = -1;
      } else if (curlyOpen) {
        hits.push({ start: line.start + i, end: line.start + i + 1, fix: '”' });
        curlyOpen = false;
      } else if (/^[^"“]*”/.test(t.slice(i + 1))) {
        // Closed by a curly one further on: this one opens.
        hits.push({ start: line.start + i, end: line.start + i + 1, fix: '“' });
        curlyOpen = true;
      } else straightOpen = i;
    }
  }
  return hits;
}

/**
 * A pair inside a pair of the same marks (“…“三个清单”…”, 《关于印发《方案》的通知》): the inner
 * pair takes the inner marks (‘ ’, 〈 〉). Only a line whose marks all close is read, so a quote
 * left open (a quotation running over several paragraphs, a mark forgotten) is left alone.
 */
function nestedPairs(open: string, close: string, innerOpen: string, innerClose: string) {
  return (text: string): Hit[] => {
    const hits: Hit[] = [];
    for (const line of lines(text)) {
      if (!line.text.includes(open)) continue;
      const found: Hit[] = [];
      const stack: number[] = [];
      let balanced = true;
      for (let i = 0; i < line.text.length && balanced; i++) {
        if (line.text[i] === open) stack.push(i);
        else if (line.text[i] === close) {
          const at = stack.pop();
          if (at === undefined) balanced = false;
          else if (stack.length > 0) found.push({ start: line.start + at, end: line.start + i + 1, fix: `${innerOpen}${line.text.slice(at + 1, i)}${innerClose}` });
        }
      }
      if (balanced && stack.length === 0) hits.push(...found);
    }
    return hits;
  };
}

export const PUNCTUATION_RULES: Rule[] = [
  patternRule({
    code: 'punct.half_width',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.1-4.7',
    // A half-width mark in Chinese text: right after a Han character and before another, a figure
    // or a word (时间:2025年, 电话:0839-…), or at a paragraph's end for the marks that end one; and
    // before a Han character after a figure, a word or a closing mark (达95%,位居; 《方案》,明确).
    // A mark that ends a line or a quotation (如下:, 完成任务.”) is one too.
    // And a mark ending a Chinese line after 8.5%, 》 or ” (增长8.5%.).
    // So is one after a figure before a Latin word inside Chinese text (增长5.8%,CPI上涨); Word,Excel stays.
    // Between two digits it is a decimal, a time or thousands (3.5, 8:30, 1,200) and stays; after
    // a heading's Chinese numeral (一.总体情况) it is levels.cn_dot's.
    pattern: new RegExp(
      `(?<=${HAN})(?:([,;:?!]) ?(?=${HAN}|[“‘《（\\dA-Za-z])|([?!;.,:])(?=[”’）》]*(?:\\n|$)|[”’）》])|(?<!^[ \\t\\u3000]*[一二三四五六七八九十]+)(\\.) ?(?=${HAN}))|(?<=[\\dA-Za-z%％”’》）])([,;:?!]) ?(?=${HAN})|([,;])(?<=${HAN}[\\dA-Za-z.%％]*[\\d%％][,;]) ?(?=[A-Za-z]{2,}[\\dA-Za-z.%％]*${HAN})|([.;,:?!])(?=\\n|$)(?<=(?:[”’》）]|${HAN}[\\d.]{1,12}[%％])[.;,:?!])`,
      'gm',
    ),
    fix: (m) => FULL[(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!],
  }),
  {
    code: 'punct.half_paren',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.9',
    check: (text) => [...HALF_PARENS.check(text, {}), ...MIXED_PARENS.check(text, {})].sort((a, b) => a.start - b.start),
  },
  {
    code: 'punct.straight_quote',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.8',
    check: (text) => [...doubleQuotes(text), ...SINGLE_QUOTES.check(text, {})],
  },
  {
    code: 'punct.nested_quote',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.8',
    check: nestedPairs('“', '”', '‘', '’'),
  },
  {
    code: 'punct.nested_title',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.15',
    // And an inner title typed with the keyboard's angle brackets (《关于印发<方案>的通知》).
    check: (text) => [...nestedPairs('《', '》', '〈', '〉')(text), ...ANGLE_IN_TITLE.check(text, {})].sort((a, b) => a.start - b.start),
  },
  patternRule({
    code: 'punct.ellipsis',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.11',
    // A whole run of dots, 。, middle dots (···, ⋯) and … is one ellipsis; …… is right, and ………… where a paragraph is left out.
    pattern: /(?:…|⋯|\.{3,}|。{3,}|·{3,}|．{3,})+/g,
    fix: (m) => {
      if (m[0] === '……' || m[0] === '…………') return null;
      // Three dots alone are an ellipsis only in Chinese text (not in code or an English sentence).
      if (/^\.+$/.test(m[0]) && !/[\u3400-\u4dbf\u4e00-\u9fff，、]/.test(m.input[m.index - 1] ?? '')) return null;
      // A table of contents' leader before a page number (总则……………1) is no ellipsis.
      if (/^\.{4,}$/.test(m[0]) && /^[ \t]*\d+[ \t]*(?:\n|$)/.test(m.input.slice(m.index + m[0].length))) return null;
      return '……';
    },
  }),
  {
    code: 'punct.adjacent',
    severity: 'warning',
    clause: 'GB/T 15834-2011 5.1',
    check(text) {
      const hits: Hit[] = [];
      for (const m of text.matchAll(ADJACENT)) {
        const run = m[0];
        if (/^[！？]+$/.test(run) || new Set(run).size === 1) continue;
        // ，, is one comma typed in both widths: the half-width one goes. Any other run is one
        // finding, with no fix: which mark is meant is the writer's to say.
        const [a, b] = [run[0]!, run[1]!];
        const same = run.length !== 2 ? -1 : FULL[a] === b ? m.index : FULL[b] === a ? m.index + 1 : -1;
        hits.push(same === -1 ? { start: m.index, end: m.index + run.length } : { start: same, end: same + 1, fix: '' });
      }
      return hits;
    },
  },
  patternRule({
    code: 'punct.repeated',
    severity: 'error',
    clause: 'GB/T 15834-2011 5.1',
    pattern: /([，；：、！？%％])\1+|(?<!。)。。(?!。)/g,
    fix: (m) => m[0][0],
  }),
  {
    code: 'punct.dunhao_approx',
    severity: 'error',
    clause: 'GB/T 15834-2011 4.5',
    // 二、三年行动计划 where 二、 is a heading number is no 概数.
    check: (text) => {
      const headings = headingStarts(text);
      return DUNHAO_APPROX.check(text, {}).filter((hit) => !headings.has(hit.start));
    },
  },
  patternRule({
    code: 'punct.dunhao_before_and',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.5',
    pattern: /、(?=以及|和(?![谐平美睦顺气解善蔼田县])|及(?![时早格])|与(?![会时其]))/g,
    fix: () => '',
  }),
  patternRule({
    code: 'punct.dunhao_before_etc',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.5',
    // 学习、培训、等工作: 等 closes the list without a 顿号 (等级, 等次, 等于 are words of their own).
    pattern: /、(?=等(?![级次同于待候额量第价比距高身外]))/g,
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
    // 2024-2025年 and a school's 2024-2025学年 (a span of years, as 2024—2025学年 is written).
    pattern: /(?<![\d.\-/A-Za-z])((?:19|20)\d{2}) ?[-－~～] ?((?:19|20)\d{2})(?=学?年)/g,
    fix: (m) => `${m[1]}—${m[2]}`,
  }),
  patternRule({
    code: 'punct.range_tilde',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.13',
    // 5-8人, and ends that each carry their 万, 亿, % or ℃ (3万-5万人, 10%-20%), the low one
    // perhaps below zero (-1.2%-7.2%, -2℃-31℃).
    pattern: new RegExp(
      `(?<![\\d.\\-/:A-Za-z])(?:(\\d+(?:\\.\\d+)?) ?[-－] ?(\\d+(?:\\.\\d+)?)(?=${MEASURED})|(-?\\d+(?:\\.\\d+)?)(万|亿|%|％|℃) ?[-－~] ?(-?\\d+(?:\\.\\d+)?)\\4)`,
      'g',
    ),
    fix: (m) => (m[1] !== undefined ? `${m[1]}～${m[2]}` : `${m[3]}${m[4]}～${m[5]}${m[4]}`),
  }),
  {
    code: 'punct.range_time',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.13',
    check: (text) => [...DATE_RANGE.check(text, {}), ...TIME_RANGE.check(text, {})].sort((a, b) => a.start - b.start),
  },
  patternRule({
    code: 'punct.ellipsis_etc',
    severity: 'warning',
    clause: 'GB/T 15834-2011 4.11',
    // 学习、调研……等: the 省略号 and 等 say the same; one of them goes.
    pattern: /(?:……|…)(?=等)/g,
    fix: () => '',
  }),
];
