// Marks that come in pairs (GB/T 15834-2011 4.8, 4.9, 4.15): a bracket, a title mark or a quote
// opened and never closed in its paragraph, or closed without being opened; and a paragraph of
// running text that stops without its 句号 (4.1) before the next one starts.
import { HAN, lines } from './chars.ts';
import type { Hit, Rule } from './types.ts';

/** Each closing mark and the opening marks it may close (a half-width bracket pairs with a full-width one: that slip is punct.half_paren's). */
const CLOSES: Record<string, string> = { '）': '（(', ')': '（(', '》': '《', '”': '“', '’': '‘', '】': '【', '〕': '〔', '〉': '〈' };
const OPENS = new Set('（(《“‘【〔〈');
const MARKS = /[（(《“‘【〔〈）)》”’】〕〉]/g;

/** 1）2）, a）b）: a number or letter with its closing bracket alone counts items, as in 1) 2). */
const ITEM_MARK = /(?:^|[^A-Za-z0-9])[A-Za-z0-9一二三四五六七八九十]{1,2}$/;

/** A line that stops inside a sentence (青山高，溪水长，): the quotation open on it goes on to the next. */
const MID_SENTENCE = new RegExp(`(?:[，、；：—]|${HAN})$`);

function unpaired(text: string): Hit[] {
  const hits: Hit[] = [];
  const all = lines(text);
  // Quotations left open on a line that stops mid-sentence, with where they opened in the text.
  let carried: { mark: string; at: number }[] = [];
  all.forEach((line, index) => {
    const t = line.text;
    // Straight quotes are punct.straight_quote's: which of them opens is a guess.
    const quotes = !/["']/.test(t);
    const stack: { mark: string; at: number }[] = quotes ? carried : [];
    carried = [];
    for (const m of t.matchAll(MARKS)) {
      const i = m.index;
      const c = m[0];
      if ((c === '“' || c === '”' || c === '‘' || c === '’') && !quotes) continue;
      // An apostrophe in English (China’s) is no quote.
      if (c === '’' && /[A-Za-z]/.test(t[i - 1] ?? '') && /[A-Za-z]/.test(t[i + 1] ?? '')) continue;
      if (OPENS.has(c)) stack.push({ mark: c, at: line.start + i });
      else if (CLOSES[c] !== undefined) {
        let k = stack.length - 1;
        while (k >= 0 && !CLOSES[c]!.includes(stack[k]!.mark)) k--;
        if (k !== -1) {
          // Marks opened inside the pair and never closed there (（加强《领导）) are left open.
          for (const open of stack.splice(k).slice(1)) hits.push({ start: open.at, end: open.at + 1 });
        } else if (!((c === '）' || c === ')') && ITEM_MARK.test(t.slice(0, i)))) hits.push({ start: line.start + i, end: line.start + i + 1 });
      }
    }
    // A quotation over several paragraphs opens each one with “ and closes only the last.
    const next = all[index + 1]?.text.trimStart() ?? '';
    const last = index === all.length - 1;
    const goesOn = !last && next !== '' && MID_SENTENCE.test(t.trimEnd());
    for (const open of stack) {
      const quote = open.mark === '“' || open.mark === '‘';
      if (quote && next.startsWith(open.mark)) continue;
      if (quote && goesOn) {
        carried.push(open);
        continue;
      }
      // The text's last paragraph may be cut short (a selection): a quotation still open there
      // is wrong only once a sentence has ended inside it.
      if (quote && last && !/[。！？]/.test(text.slice(open.at, line.start + t.length))) continue;
      hits.push({ start: open.at, end: open.at + 1 });
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

const SENTENCE_INSIDE = new RegExp(`[。！？；][^。！？；]*${HAN}{2}`);
/** A line that starts a heading or an item (一、 （一） 1. （1） ①) may end without a mark; its text after a 。 may not. */
const HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．]|[①-⑳]|第[一二三四五六七八九十]+[章节条部])/;
/** A line ending in a figure is often a contact line (电话：0571-…); one ending in words or % is a sentence. */
const TITLE_END = /(?:通知|报告|意见|方案|办法|决定|纪要|讲话|请示|函|规定|细则|计划|总结|要点|公告|通告|通报|批复|决议|规划|条例|简报|情况|材料|发言|致辞|说明|汇报)$/;
const HAN_ALL = new RegExp(HAN, 'g');
/** 出席：…，…: a label and a list of names or units, as a 纪要's attendance lines, ends with none. */
const LIST_LINE = /^[ \t\u3000]*[\u4e00-\u9fff]{1,6}[：:][^。！？；]*$/;
const ENDS_IN_WORDS = new RegExp(`(?:${HAN}|[%％])$`);
/** 关键词：农村养老；居家养老: a line of keywords is a list split by ；, with no mark at its end. */
const KEYWORDS_LINE = /^[ \t\u3000]*(?:关键词|关键字|主题词)[：:]/;

/**
 * 聚焦群众急难愁盼，县医保局推出十项便民措施: a 简报's headline is two phrases and one comma, short,
 * over the longer paragraph of running text it heads. A paragraph that lost its 。 is longer,
 * has more clauses, or is not followed by a longer one.
 */
const HEADLINE_MARKS = /[，]/g;
const OTHER_MARKS = /[。；：、！？,;:!?（）()]/;
function isHeadline(line: string, next: string): boolean {
  if (line.length > 32 || OTHER_MARKS.test(line) || (line.match(HEADLINE_MARKS)?.length ?? 0) !== 1) return false;
  return next.length >= 1.5 * line.length && /[。！？]/.test(next) && !HEADING.test(next);
}

/**
 * A paragraph of running text (a sentence ended inside it, or a long run of clauses with no
 * heading number) whose last character is a word, not a mark, before another paragraph starts. The
 * fix puts a 。 after it. A text's last line is left alone: a selection may end mid-sentence.
 */
function missingEnd(text: string): Hit[] {
  const hits: Hit[] = [];
  const all = lines(text);
  for (const [index, line] of all.slice(0, -1).entries()) {
    const t = line.text.trimEnd();
    // A title (关于……，……的意见) has no sentence end inside and names the kind of document.
    if (TITLE_END.test(t) && !/[。！？；]/.test(t)) continue;
    if (t.includes('\t') || !ENDS_IN_WORDS.test(t)) continue;
    if (LIST_LINE.test(t) || KEYWORDS_LINE.test(t)) continue;
    const running = SENTENCE_INSIDE.test(t) || (!HEADING.test(t) && /[，]/.test(t) && (t.match(HAN_ALL)?.length ?? 0) >= 20);
    if (!running || isHeadline(t, all[index + 1]!.text)) continue;
    const last = line.start + t.length - 1;
    hits.push({ start: last, end: last + 1, fix: `${t[t.length - 1]}。` });
  }
  return hits;
}

export const PAIR_RULES: Rule[] = [
  { code: 'punct.unpaired', severity: 'warning', clause: 'GB/T 15834-2011 4.8, 4.9, 4.15', check: unpaired },
  { code: 'punct.missing_end', severity: 'warning', clause: 'GB/T 15834-2011 4.1', check: missingEnd },
];
