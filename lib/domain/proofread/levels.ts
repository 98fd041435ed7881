// 层次序数 (GB/T 9704-2012 7.3.3): 一、 then （一） then 1. then （1）, each series counting up from
// its first without gaps or repeats, nothing after （一）, 1. not 1、, one series of ordinal words
// in a paragraph, 发文字号 as 〔2025〕12号 (7.2.4), and 成文日期 without leading zeros (7.3.5).
import { BLANK_NUM, chineseToNumber, lines, numberToChinese } from './chars.ts';
import { patternRule, type Hit, type Rule } from './types.ts';

interface Marker {
  /** 0 is an article or a chapter (第六条, 第二章): its items count afresh from （一）. */
  level: 0 | 1 | 2 | 3 | 4;
  value: number;
  start: number;
  end: number;
  /** The first marker of a list of its own (附件：1.…), counted apart from the body's headings. */
  restart?: true;
}

/**
 * 一、 …, but not 一、二季度 or 一、二批, where the 顿号 joins two numerals in running text. A
 * marker typed wrong ((二), 一., 1）) still marks its level: its own rule fixes the mark, and the
 * series goes on counting past it.
 */
const MARKERS: readonly [Marker['level'], RegExp][] = [
  [1, /^[ \t\u3000]*([一二三四五六七八九十]+)(?:、(?![一二三四五六七八九十])|[.．](?![\d一二三四五六七八九十])|，(?=[\u4e00-\u9fff])(?![一二三四五六七八九十]))/],
  [2, /^[ \t\u3000]*[（(]([一二三四五六七八九十]+)[）)]/],
  [3, /^[ \t\u3000]*(\d{1,2})[.．](?!\d)/],
  [4, /^[ \t\u3000]*(?:[（(](\d{1,2})[）)]|(\d{1,2})[）)](?=[ \t\u3000]*[\u4e00-\u9fff]))/],
];

/**
 * 附件：1.… (GB/T 9704-2012 7.3.6; also 附表：, 附：, and a table's 注：1.…) lists the attachments: its numbers start a list of their own,
 * whatever level the body had reached, and the headings of an attachment's text start afresh too.
 */
const ATTACHMENTS = /^[ \t\u3000]*(?:附(?:件|表|录)\d*[：:]?|附[：:]|(?:注|备注|说明)[：:](?=[ \t\u3000]*\d))[ \t\u3000]*/;

/** 第六条 有下列情形之一的：（一）… — a 办法's articles and chapters each hold items of their own. */
const ARTICLE = /^[ \t\u3000]*第[一二三四五六七八九十百零〇\d]+[章节条]/;

function attachmentsOf(line: string, offset: number): Marker {
  const head = ATTACHMENTS.exec(line)![0];
  const first = markerOf(line.slice(head.length), offset + head.length);
  // A single attachment has no number: the list restarts all the same, at no level.
  return first?.level === 3 ? { ...first, restart: true } : { level: 1, value: 0, start: offset, end: offset, restart: true };
}

function markerOf(line: string, offset: number): Marker | null {
  for (const [level, re] of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const value = level <= 2 ? chineseToNumber(m[1]!) : Number(m[1] ?? m[2]);
    if (Number.isNaN(value)) return null;
    const start = offset + m[0].length - m[0].trimStart().length;
    return { level, value, start, end: offset + m[0].length };
  }
  return null;
}

function markerText(level: Exclude<Marker['level'], 0>, value: number): string {
  if (level === 1) return `${numberToChinese(value)}、`;
  if (level === 2) return `（${numberToChinese(value)}）`;
  if (level === 3) return `${value}.`;
  return `（${value}）`;
}

/** The last text's markers: two rules read them, one after the other. */
let cache: { text: string; markers: Marker[] } | null = null;

/** 二、三年行动计划: a numeral right after the 顿号, which may be a heading or 二、三季度 in running text. */
const NUMERAL_AFTER = /^[ \t\u3000]*([一二三四五六七八九十]+)、(?=[一二三四五六七八九十])/;

function markersOf(text: string): Marker[] {
  if (cache?.text !== text) {
    const all = lines(text);
    const markers: Marker[] = [];
    all.forEach((line, i) => {
      if (ATTACHMENTS.test(line.text)) markers.push(attachmentsOf(line.text, line.start));
      else if (ARTICLE.test(line.text)) markers.push({ level: 0, value: 0, start: line.start, end: line.start });
      else {
        const marker = markerOf(line.text, line.start) ?? numeralHeading(all, i, markers);
        if (marker) markers.push(marker);
      }
    });
    cache = { text, markers };
  }
  return cache.markers;
}

/**
 * 二、三年行动计划 is heading 二 when the heading before it is 一、 and no later heading is 二、:
 * then it goes on the count. Otherwise (一、二季度 at a paragraph's start) it is running text.
 */
function numeralHeading(all: readonly { start: number; text: string }[], i: number, before: readonly Marker[]): Marker | null {
  const m = NUMERAL_AFTER.exec(all[i]!.text);
  if (!m) return null;
  const value = chineseToNumber(m[1]!);
  let previous: Marker | undefined;
  for (let k = before.length - 1; k >= 0 && !previous; k--) if (before[k]!.level === 1 || before[k]!.restart) previous = before[k];
  if (value < 2 || previous?.level !== 1 || previous.value !== value - 1) return null;
  for (const later of all.slice(i + 1)) {
    if (ATTACHMENTS.test(later.text)) break;
    const next = markerOf(later.text, later.start);
    if (next?.level === 1) {
      if (next.value === value) return null;
      break;
    }
  }
  const start = all[i]!.start + m[0].length - m[0].trimStart().length;
  return { level: 1, value, start, end: all[i]!.start + m[0].length };
}

/** Where a heading number stands (二、 of 二、三年行动计划): its 顿号 is the heading's, not a 概数's. */
export function headingStarts(text: string): ReadonlySet<number> {
  return new Set(markersOf(text).flatMap((m) => (m.level === 0 ? [] : [m.start])));
}

/**
 * A series that does not count up by one: the marker it should have. A series under a parent
 * marker starts at 1; one with no parent in the text (a snippet of one part) may start anywhere.
 */
const sequence: Rule = {
  code: 'levels.sequence',
  severity: 'warning',
  clause: 'GB/T 9704-2012 7.3.3',
  check(text) {
    const last = [0, 0, 0, 0, 0];
    const anchored = [false, false, false, false, false];
    // Where each level's series stopped when a heading above it started a new part: a 工作要点
    // numbers its tasks on through its parts (一、…（一）（二） 二、…（三）), and that is one series.
    const carried = [0, 0, 0, 0, 0];
    const hits: Hit[] = [];
    for (const marker of markersOf(text)) {
      if (marker.level === 0) {
        last.fill(0);
        carried.fill(0);
        anchored.fill(true);
        continue;
      }
      if (marker.restart) {
        last.fill(0);
        carried.fill(0);
        anchored.fill(false);
        if (marker.value === 0) continue;
      }
      for (let deeper = marker.level + 1; deeper <= 4; deeper++) {
        if (last[deeper] !== 0) carried[deeper] = last[deeper]!;
        last[deeper] = 0;
        anchored[deeper] = true;
      }
      let expected = last[marker.level]! + 1;
      if (expected === 1 && carried[marker.level]! > 0 && marker.value === carried[marker.level]! + 1) expected = marker.value;
      // A text in parts (第一部分, 明年打算) starts 一、 again under each part's heading.
      const free = (!anchored[marker.level] && last[marker.level] === 0) || (marker.level === 1 && marker.value === 1);
      if (!free && marker.value !== expected) hits.push({ start: marker.start, end: marker.end, fix: markerText(marker.level, expected) });
      last[marker.level] = marker.value;
    }
    return hits;
  },
};

/** A level used right under one two levels up (一、 then 1. with no （一）). */
const skipped: Rule = {
  code: 'levels.skipped',
  severity: 'warning',
  clause: 'GB/T 9704-2012 7.3.3',
  check(text) {
    const hits: Hit[] = [];
    let previous: number | null = null;
    for (const marker of markersOf(text)) {
      // An article's items may be at any level (（一） right under 第六条).
      if (marker.level === 0 || (marker.restart && marker.value === 0)) {
        previous = null;
        continue;
      }
      if (marker.restart) previous = null;
      // The first marker of a text may be at any level (a snippet of one part of a report).
      if (previous !== null && marker.level > previous + 1) hits.push({ start: marker.start, end: marker.end });
      previous = marker.level;
    }
    return hits;
  },
};

/**
 * 首先…其次 and 第一…第二 are two series: one that a word of the other goes on counting (首先…
 * 其次…第三, 第一…其次) is mixed. A series that starts inside another (第一，…首先…其次…; 首先，…
 * 其次，我讲三点：第一…第二…) is nested, and right.
 */
const SERIES_WORD = /首先|其次|再次|第([一二三四五六七八九十]+)(?=[，、：,:]|是|要)/g;
const seriesMix: Rule = {
  code: 'levels.series_mix',
  severity: 'warning',
  clause: 'GB/T 9704-2012 7.3.3',
  check(text) {
    const hits: Hit[] = [];
    for (const line of lines(text)) {
      // The series now counting, and how many items it has had.
      let open: { kind: 'firstly' | 'ordinal'; count: number } | null = null;
      for (const m of line.text.matchAll(SERIES_WORD)) {
        const hit = { start: line.start + m.index, end: line.start + m.index + m[0].length };
        if (m[0] === '首先') open = { kind: 'firstly', count: 1 };
        else if (m[1] === undefined) {
          // 其次, 再次 go on a 首先 series; after 第一 they mix.
          if (open?.kind === 'ordinal') hits.push(hit);
          else if (open) open.count++;
        } else {
          const n = chineseToNumber(m[1]);
          if (n === 1) open = { kind: 'ordinal', count: 1 };
          else if (open?.kind === 'firstly' && n === open.count + 1) hits.push(hit);
          else if (open?.kind === 'ordinal') open.count = n;
        }
      }
    }
    return hits;
  },
};

/** 7月1号, （×）月（×）号: a date is said with 日 (7月1号楼 is a building). */
const DAY_HAO = new RegExp(`(?<![\\d.])(\\d{1,2}|${BLANK_NUM})月(\\d{1,2}|${BLANK_NUM})号(?![楼院线文令栋室机位码])`, 'g');

/**
 * 2025.7.1, 2025/7/1 and 2025-7-1 in running text. GB/T 15835-2011 5.1.4 allows one other form
 * than 2025年7月1日: GB/T 7408's extended format, 2025-07-01, whose month and day are two digits
 * each (its 1995 text said where: 引文著录、表格、索引); dots and slashes it does not allow at all,
 * and 2025-7-1 is neither form. GB/T 9704-2012 7.3.5 writes a 公文's dates 2025年7月1日 with no
 * 虚位, so each of the three is one slip with that fix, and 2025-07-01 (a record's or a number's
 * date, 编号2024-07-15) is left. Where a data form is the thing copied it stays: a table typed
 * with tabs or runs of spaces, a web page's 来源/发布时间 line (the page's own record, quoted as
 * it stands), a file name (…2025-7-1.xlsx, 2025.7.1会议纪要.docx, a folder D:\\2025.7.1), a
 * version (版本2025.7.1), a standard's or a phone's number (GB/T 9704-2012, 0571-…) and a web
 * address (protect.ts).
 */
const NUMERIC_DATE = /(?<![\d./\\A-Za-z_\-－])((?:19|20)\d{2})([.．/\-－])(\d{1,2})\2(\d{1,2})(?![\d./\\A-Za-z_\-－号])/g;
/** 临溪县2025.7.1会议纪要.docx: the rest of a file's name, up to its extension. */
const FILE_NAME_AFTER = /^[^\s，。；：、！？“”《》（）]{0,40}\.(?:docx?|xlsx?|pptx?|pdf|wps|et|ofd|txt|jpe?g|png|zip|rar)(?![A-Za-z])/i;
const PAGE_RECORD = /(?:来源|(?:发布|更新|发稿|录入|上传|修改)(?:时间|日期))[ \u3000]*[:：]/;
const VERSION_BEFORE = /(?:版本号?|版次|Version|build)[ \u3000]*[:：]?[ \u3000]*$/i;

/**
 * 1975.09出生, 1998.7参加工作: a person's record in a 通报 or a 任前公示 is running text too, and
 * takes 1975年9月. Only before the words of such a record: 2003.07 alone may be a figure.
 */
const YEAR_MONTH = /(?<![\d./A-Za-z_\-－])((?:19|20)\d{2})[.．/](0?[1-9]|1[0-2])(?![\d./])(?=[ \u3000]*(?:出生|生[，,、）)]|参加工作|参加革命|入党|加入|毕业|入伍|退休))/g;

function dateForms(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(DAY_HAO)) {
    if (/^\d/.test(m[2]!) && Number(m[2]) > 31) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, fix: `${m[1]}月${m[2]}日` });
  }
  for (const m of text.matchAll(YEAR_MONTH)) hits.push({ start: m.index, end: m.index + m[0].length, fix: `${m[1]}年${Number(m[2])}月` });
  for (const line of lines(text)) {
    // A table typed with tabs or with runs of spaces between its cells.
    if (/\t| {2,}\S+ {2,}/.test(line.text) || PAGE_RECORD.test(line.text)) continue;
    for (const m of line.text.matchAll(NUMERIC_DATE)) {
      const [month, day] = [Number(m[3]), Number(m[4])];
      if (month < 1 || month > 12 || day < 1 || day > 31 || VERSION_BEFORE.test(line.text.slice(0, m.index))) continue;
      if (FILE_NAME_AFTER.test(line.text.slice(m.index + m[0].length))) continue;
      if (/[-－]/.test(m[2]!) && m[3]!.length === 2 && m[4]!.length === 2) continue;
      hits.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, fix: `${m[1]}年${month}月${day}日` });
    }
  }
  return hits;
}

export const LEVEL_RULES: Rule[] = [
  sequence,
  skipped,
  patternRule({
    code: 'levels.paren_punct',
    severity: 'error',
    clause: 'GB/T 9704-2012 7.3.3',
    // （1）、（2）项所列情形 names two items in running text: the 顿号 between them stays.
    pattern: /(?<=^[ \t\u3000]*[（(][一二三四五六七八九十\d]{1,3}[）)])[，。、：,.:；;]+(?![（(][一二三四五六七八九十\d]{1,3}[）)])/gm,
    fix: () => '',
  }),
  patternRule({
    code: 'levels.cn_dot',
    severity: 'warning',
    clause: 'GB/T 9704-2012 7.3.3',
    // 一.总体情况, 一，总体情况: a Chinese numeral heading number takes the 顿号.
    pattern: /^([ \t\u3000]*)([一二三四五六七八九十]+)(?:[.．](?![\d一二三四五六七八九十])|，(?=[\u4e00-\u9fff])(?![一二三四五六七八九十]))/gm,
    fix: (m) => `${m[2]}、`,
    at: (m) => [m[1]!.length, m[0].length - m[1]!.length],
  }),
  patternRule({
    code: 'levels.open_paren',
    severity: 'warning',
    clause: 'GB/T 9704-2012 7.3.3',
    // 1）加强学习 / 1)加强学习: a bracketed heading number has both brackets, （1）.
    pattern: /^([ \t\u3000]*)(\d{1,2}|[一二三四五六七八九十]+)[)）](?=[ \t\u3000]*[\u4e00-\u9fff])/gm,
    fix: (m) => `（${m[2]}）`,
    at: (m) => [m[1]!.length, m[0].length - m[1]!.length],
  }),
  patternRule({
    code: 'levels.arabic_dunhao',
    severity: 'warning',
    clause: 'GB/T 9704-2012 7.3.3',
    // 1、加强学习, 1，加强学习; 1、2月份 at a line's start is two months, not a heading.
    pattern: /^([ \t\u3000]*)(\d{1,2})(?:、(?!\d)|，(?=[\u4e00-\u9fff]))/gm,
    fix: (m) => `${m[2]}.`,
    at: (m) => [m[1]!.length, m[0].length - m[1]!.length],
  }),
  seriesMix,
  patternRule({
    code: 'levels.doc_number',
    severity: 'error',
    clause: 'GB/T 9704-2012 7.2.4',
    // 临政办发[2025]12号 / ﹝2025﹞12号 (an input method's small brackets) / （2025）12号 / 〔2025〕第12号 / 〔2025〕012号 → 〔2025〕12号. A bracket
    // right after the issuer's characters and right before the serial number: a court's case
    // number （2025）川0802民初123号 has characters after its bracket and is left alone.
    pattern: /(?<=[\u4e00-\u9fff])([〔[［(（【﹝〖{｛]|〈)((?:19|20)\d{2})([〕\]］)）】﹞〗}｝]|〉)(第?)(\d+)(?=号)/g,
    fix: (m) => {
      const right = `〔${m[2]}〕${Number(m[5])}`;
      return m[0] === right ? null : right;
    },
  }),
  patternRule({
    code: 'levels.date_zero',
    severity: 'error',
    clause: 'GB/T 9704-2012 7.3.5',
    // With its year or without (会议时间：7月01日).
    // A template's blank month stands for the month: （×）月05日 is still 5日.
    pattern: new RegExp(`(?:((?:19|20)\\d{2})年)?(?<![\\d.])(\\d{1,2}|${BLANK_NUM})月(?:(\\d{1,2})日)?`, 'g'),
    fix: (m) => {
      if (!/^0/.test(m[2]!) && !/^0/.test(m[3] ?? '')) return null;
      const month = /^\d/.test(m[2]!) ? String(Number(m[2])) : m[2]!;
      return `${m[1] === undefined ? '' : `${m[1]}年`}${month}月${m[3] === undefined ? '' : `${Number(m[3])}日`}`;
    },
  }),
  {
    code: 'levels.date_form',
    severity: 'warning',
    clause: 'GB/T 15835-2011 5.1.4; GB/T 9704-2012 7.3.5',
    check: dateForms,
  },
];
