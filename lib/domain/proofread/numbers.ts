// 数字 (GB/T 15835-2011): one form per expression, years written in full, one mark of
// approximation, half-width digits, the unit on both ends of a range, and the fixed terms that
// keep their Chinese numerals (十四五, 三个代表).
import { BLANK_NUM, chineseToNumber, numberToChinese, spellNumber } from './chars.ts';
import { patternRule, type Rule } from './types.ts';

const FULL_DIGITS = '０１２３４５６７８９';

/** Approximation words that already say "about" and the ones that must not be added to them. */
const APPROX_PAIRS: Record<string, readonly string[]> = {
  大约: ['左右', '多', '余'],
  约: ['左右', '多', '余'],
  近: ['左右', '多', '余'],
  至少: ['以上', '多', '余'],
};

/** Measure words a rough figure may carry between its number and 左右 or 以上. */
const MEASURE = '人次|万元|亿元|小时|公里|平方米|[个名人次家项天元吨户件条所场批篇期万亿%％册台套辆处座支轮门间亩倍岁周年份]';

/** Fixed terms whose numerals stay Chinese: a wrong spelling and its right one. */
const FIXED_TERMS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/(?<!\d)(1[0-5])五(?=规划|时期|期间|”)/g, (m) => `十${'零一二三四五'[Number(m[1]) - 10]}五`],
  [/(?<![\d.])3个代表/g, () => '三个代表'],
  [/(?<![\d.])4个意识/g, () => '四个意识'],
  [/(?<![\d.])4个自信/g, () => '四个自信'],
  [/(?<![\d.])2个维护/g, () => '两个维护'],
  [/(?<![\d.])2个确立/g, () => '两个确立'],
  [/(?<![\d.])5位一体/g, () => '五位一体'],
  [/(?<![\d.])4个全面/g, () => '四个全面'],
];

export const NUMBER_RULES: Rule[] = [
  patternRule({
    code: 'number.mixed_forms',
    severity: 'error',
    clause: 'GB/T 15835-2011 4.3',
    // 二十世纪80年代: a century and its decade in two forms. The right answer keeps the digits. And
    // 百分之5: a percentage half in words, half in digits, is 5%. 3分之1 and 三分之1: a fraction
    // said in words is written in words (三分之一).
    // 千分之3 and 万分之5 (GB/T 15835-2011 5.3: a number said in words is not cut in two forms):
    // 千分之三, 万分之五; 3‰ would also do, but the words the writer chose are kept.
    pattern: /([一二三四五六七八九十]+)世纪(\d{2})年代|(\d{2})世纪([一二三四五六七八九十]+)年代|百分之(\d+(?:\.\d+)?)(?![\d.])|(?<![\d.百千万])(\d{1,2}|[一二三四五六七八九十]+)分之(\d{1,2}|[一二三四五六七八九十]+)(?![\d.])|([千万])分之(\d+(?:\.\d+)?)(?![\d.])/g,
    fix: (m) => {
      if (m[5] !== undefined) return `${m[5]}%`;
      if (m[8] !== undefined) {
        const spelled = spellNumber(m[9]!);
        return spelled === null ? undefined : `${m[8]}分之${spelled}`;
      }
      if (m[6] !== undefined) {
        const [whole, part] = [m[6], m[7]!].map((n) => (/\d/.test(n) ? Number(n) : chineseToNumber(n)));
        if (!/\d/.test(m[6] + m[7]) || Number.isNaN(whole) || Number.isNaN(part) || whole! < 1 || part! < 1) return null;
        return `${numberToChinese(whole!)}分之${numberToChinese(part!)}`;
      }
      const century = m[1] === undefined ? Number(m[3]) : chineseToNumber(m[1]);
      const decade = m[2] === undefined ? chineseToNumber(m[4]!) : Number(m[2]);
      return Number.isNaN(century) || Number.isNaN(decade) ? undefined : `${century}世纪${decade}年代`;
    },
  }),
  patternRule({
    code: 'number.short_year',
    severity: 'warning',
    clause: 'GB/T 15835-2011 5.2',
    // 24年 is a year only where a date or a period follows; 工作15年 is a length of time.
    // A template's blank month (25年（×）月) makes a date as a figure does.
    pattern: new RegExp(`(?<![\\d.:\\-/A-Za-z年])(\\d{2})(?=年(?:度|(?:\\d{1,2}|${BLANK_NUM})月|第?[一二三四1-4]季度|上半年|下半年|底|初))`, 'g'),
    fix: (m) => (Number(m[1]) <= 50 ? '20' : '19') + m[1],
  }),
  {
    code: 'number.doubled_approx',
    severity: 'warning',
    clause: 'GB/T 15835-2011 4.2',
    check(text) {
      const hits = [];
      // 节约, 附近, 最近 are words of their own; 将近 and 接近 say "about" as 近 does.
      const re = new RegExp(`(?<![节制契预条简公相邀特婚失履违签誓隐缔租合附邻靠贴最])(大约|约|至少|近)有?(\\d[\\d,.]*|[一二两三四五六七八九十百千]+)([万亿千百]?)(多|余)?(${MEASURE})?(左右|以上)?`, 'g');
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const allowed = APPROX_PAIRS[m[1]!]!;
        const extra = m[4] ?? m[6];
        if (extra === undefined || !allowed.includes(extra)) continue;
        const start = m.index + m[0].lastIndexOf(extra);
        hits.push({ start, end: start + extra.length, fix: '' });
      }
      // 2000余册左右, 300多人左右: 多 and 余 already say "about".
      for (const m of text.matchAll(new RegExp(`(?:\\d|[一二两三四五六七八九十百千万])(?:多|余)(?:${MEASURE})?左右`, 'g'))) {
        const start = m.index + m[0].length - 2;
        if (!hits.some((h) => h.start === start)) hits.push({ start, end: start + 2, fix: '' });
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  },
  patternRule({
    code: 'number.mixed_date',
    severity: 'error',
    clause: 'GB/T 15835-2011 4.3',
    // 二〇二五年7月1日, 2025年七月一日: a date is written all in digits or all in Chinese numerals.
    pattern: /[〇零一二三四五六七八九]{4}年(?:\d{1,2}月(?:\d{1,2}日)?|[一二三四五六七八九十]+月\d{1,2}日)|\d{4}年(?:[一二三四五六七八九十]+月(?:[一二三四五六七八九十]+日)?|\d{1,2}月[一二三四五六七八九十]+日)/g,
  }),
  patternRule({
    code: 'number.cn_zero',
    severity: 'error',
    clause: 'GB/T 15835-2011 5.1.2',
    // A year in Chinese numerals writes its zero 〇 (二〇二五年), not 零, a digit 0, a letter O or a ○.
    pattern: /(?<![一二三四五六七八九〇零0OoΟ○])(?=[一二三四五六七八九〇零0OoΟ○]{4}年)(?=[^年]*[一二三四五六七八九])[一二三四五六七八九〇零0OoΟ○]{4}(?=年)/g,
    fix: (m) => (/[零0OoΟ○]/.test(m[0]) ? m[0].replace(/[零0OoΟ○]/g, '〇') : null),
  }),
  patternRule({
    code: 'number.full_width_digit',
    severity: 'error',
    clause: 'GB/T 15835-2011 4.1',
    pattern: /[０-９]+(?:[．.][０-９0-9]+)?/g,
    fix: (m) => [...m[0]].map((c) => (FULL_DIGITS.includes(c) ? String(FULL_DIGITS.indexOf(c)) : c === '．' ? '.' : c)).join(''),
  }),
  patternRule({
    code: 'number.range_unit',
    severity: 'warning',
    clause: 'GB/T 15835-2011 4.1',
    // 5-10万人 reads as 5 people to 100,000: each end of the range carries its 万 or %.
    pattern: /(?<![\d.\-/:A-Za-z])(\d+(?:\.\d+)?) ?[-－~～—] ?(\d+(?:\.\d+)?)(万|亿|%|％)/g,
    fix: (m) => `${m[1]}${m[3]}～${m[2]}${m[3]}`,
  }),
  patternRule({
    code: 'number.time_colon',
    severity: 'warning',
    clause: 'GB/T 15835-2011',
    // 上午9：30, 17：00前: the time of day takes the half-width colon (9:30). 3：7 is a ratio, so
    // only a time said to be one (上午, 时间, 前, 至…) is found.
    pattern: /(?<![\d.:：])([01]?\d|2[0-3])：([0-5]\d)(?![\d:：])/g,
    fix: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 4), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
      // 除夕0：00, 正月初一2：00, 每天8：30, 周五17：00: a day named before it makes it a time too.
      const time = /(?:午|晚|早|时间|日|天|夜|夕|凌晨|初[一二三四五六七八九十]|(?:星期|周)[一二三四五六日天]|于|在|至|到|—|～|-)[ \t]*$/.test(before) || /^[ \t]*(?:前|后|至|到|—|～|-|起|开始|结束|召开|举行|集合|报到|截止)/.test(after);
      return time ? `${m[1]}:${m[2]}` : null;
    },
  }),
  {
    code: 'number.fixed_term',
    severity: 'error',
    clause: 'GB/T 15835-2011 4.2',
    check(text) {
      return FIXED_TERMS.flatMap(([pattern, right]) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, fix: right(m as RegExpExecArray) })));
    },
  },
];
