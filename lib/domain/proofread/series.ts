// Counting words in running text (GB/T 9704-2012 7.3.3 asks the same of heading numbers): 一是…
// 二是…三是, 一要…二要, 第一，…第二，, 其一，…其二，, ①…②. A series that skips or repeats a number (第一…第二…第四, 一是…
// 二是…二是) is a slip. Each kind counts on its own and through paragraphs (一要… on lines of their
// own); a heading number starts every count afresh, and 一 starts its kind again.
import { chineseToNumber, lines, numberToChinese } from './chars.ts';
import type { Hit, Rule } from './types.ts';

/** 一是 and 一要 after a mark or a line's start (not 统一是, 其一是, 十二是), and 第一，/第一是. */
const WORD = /(?<![\u3400-\u9fff])([一二三四五六七八九十]+)([是要])(?![否非素件点求务义事害])|([第其])([一二三四五六七八九十]+)(?=[，、：,:]|是|要(?![务义求素]))|([①-⑳])/g;
const HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．)）])/;

/**
 * A count goes on through paragraphs only from a paragraph's first word (一要… on lines of their
 * own); a word inside a paragraph counts on only from words earlier in that paragraph.
 */
function gaps(text: string): Hit[] {
  const hits: Hit[] = [];
  const across = new Map<string, number>();
  for (const line of lines(text)) {
    if (HEADING.test(line.text)) across.clear();
    const within = new Map<string, number>();
    const lead = line.text.length - line.text.trimStart().length;
    let opened: string | null = null;
    for (const m of line.text.matchAll(WORD)) {
      const circled = m[5] !== undefined;
      const kind = circled ? '①' : (m[2] ?? m[3]!);
      const numeral = m[1] ?? m[4] ?? m[5]!;
      const value = circled ? numeral.charCodeAt(0) - 0x2460 + 1 : chineseToNumber(numeral);
      if (Number.isNaN(value)) continue;
      // 第二、三季度 names two quarters: a 第 word followed by 、 and a numeral is no count.
      if (kind === '第' && /^、[一二三四五六七八九十]/.test(line.text.slice(m.index + m[0].length))) continue;
      const first = m.index === lead;
      const counts = first ? across : within;
      const before = counts.get(kind);
      let now = value;
      if (value !== 1 && before !== undefined && value !== before + 1) {
        const start = line.start + m.index + (m[3] === undefined ? 0 : 1);
        hits.push({ start, end: start + numeral.length, fix: circled ? String.fromCharCode(0x2460 + before) : numberToChinese(before + 1) });
        now = before + 1;
      } else if (value !== 1 && before === undefined) continue;
      within.set(kind, now);
      if (first) opened = kind;
    }
    // A paragraph that starts with a count and goes on with it (一是…；二是…) hands its last number on.
    if (opened !== null) across.set(opened, within.get(opened)!);
  }
  return hits;
}

export const SERIES_RULES: Rule[] = [{ code: 'levels.series_gap', severity: 'warning', clause: 'GB/T 9704-2012 7.3.3', check: gaps }];
