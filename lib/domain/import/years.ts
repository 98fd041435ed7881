// A year left blank in a bought template (X年, XXXX年, 20XX年) is the report's own year, the one
// before or the one after — never a free metric someone must type each January. It becomes a
// built-in value of the template language (lib/domain/template/builtins.ts). An X before 年 that
// counts years (连续X年, X年来, 近X年) is a quantity, not a year, and stays a slot.

/** 20XX年, 202X年, 19XX年 in either width: one year, though the digits make it no plain X run. */
export const CENTURY_YEAR = /(?:19|20|１９|２０)(?:[0-9０-９][XxＸｘ]|[XxＸｘ]{2})(?=\s*年)/g;

// 连续X年, 近X年, 第X年, 满X年 …: a count or an ordinal of years.
const COUNTING_BEFORE = /(?:连续|近|满|已|历时|用了?|经过|第|每|前|后|多|几|这|那|数|超过|不到|不足|达到?|约|共|长达|为期)\s*$/;
// X年来, X年内, X年以上, X年级, X年龄 …: years as a length, or another word.
const COUNTING_AFTER = /^\s*年(?:来|内|间|多|半|以[上下内]|之[久内]|左右|级|龄|限|轻|纪|头|的时间)/;
// 比X年, 与X年相比: the year compared with, the one before.
const COMPARED_BEFORE = /(?:比|较|同比|相比|与|同)\s*$/;
// 力争于X年, 计划X年: a year ahead.
const AHEAD_IN_SENTENCE = /力争|争取|计划|预计|拟|打算|明年|下一?年|将于|将在|展望/;
const AHEAD_HEADING = /打算|计划|思路|安排|下一?步|明年|展望/;
const SENTENCE_BREAK = /[。！？!?；;\n]/;

/** Is the placeholder at [start, end) a year (and not a count of years)? */
export function isYearPlaceholder(text: string, start: number, end: number): boolean {
  if (!/^\s*年/.test(text.slice(end, end + 2))) return false;
  // Four blanks hold a year's four digits: nobody counts a thousand years.
  if (end - start === 4) return true;
  if (COUNTING_AFTER.test(text.slice(end, end + 5))) return false;
  return !COUNTING_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** Which built-in year the placeholder at `start` stands for: 本年, 上年 or 下年. */
export function yearWord(text: string, start: number, heading = ''): string {
  const before = text.slice(Math.max(0, start - 4), start);
  if (COMPARED_BEFORE.test(before)) return '上年';
  let sentenceStart = start;
  while (sentenceStart > 0 && !SENTENCE_BREAK.test(text[sentenceStart - 1]!)) sentenceStart--;
  if (AHEAD_IN_SENTENCE.test(text.slice(sentenceStart, start))) return '下年';
  if (AHEAD_HEADING.test(heading)) return '下年';
  return '本年';
}
