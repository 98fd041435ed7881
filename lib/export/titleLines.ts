// A title too long for one line, broken where a 办公室 would break it. GB/T 9704-2012 7.3.1: 标题回行时
// 要做到词意完整，排列对称，长短适宜，间距恰当 — lines of about the same length (a trapezoid or a
// diamond), never one or two characters left alone on the last line (…的报 / 告), never a word or a
// figure cut. Left to the word processor, a long title fills each line to the edge and leaves the
// rest, however short, below. So the title is written with its own line breaks: as many lines as
// its width needs, each near the same length, broken after a joining word (的, 和, 与, 及, 关于…)
// where one is near, and never inside a run of figures or before a closing mark.
import { endsWithJoiningWord } from '../domain/report/index.ts';
import { CHARS_PER_LINE, CHAR_PITCH, SIZE_PT } from './gbLayout.ts';
import { widthInChars } from './signature.ts';



/** 二号 characters on a line: 22 pt each in the 28-character measure. */
export const TITLE_CHARS = Math.floor((CHARS_PER_LINE * CHAR_PITCH) / (SIZE_PT.title * 20));

/** Characters a line may not start with, or end with. */
const NO_START = /^[，。、；：？！）》〉」』”’…—·%％]/u;
const NO_END = /[（《〈「『“‘]$/u;
const ASCII_WORD = /[0-9A-Za-z.%]/;

/**
 * A broken line's width in 二号 characters: a figure's digits take half a character each, and the
 * space a word processor puts between figures and Chinese about half a character more; one
 * character of the measure is kept spare, so a line never runs over by a hair and drops its last
 * character onto a line of its own.
 */
const LINE_MAX = TITLE_CHARS - 1;
export const titleWidth = (text: string) => widthInChars(text) + 0.5 * (text.match(/[0-9A-Za-z.%]+/g)?.length ?? 0);

export function titleLines(title: string): string[] {
  const chars = Array.from(title);
  const width = titleWidth(title);
  if (width <= TITLE_CHARS) return [title];
  const lines: string[] = [];
  let start = 0;
  let left = Math.ceil(width / LINE_MAX);
  while (left > 1) {
    const rest = chars.slice(start);
    const target = titleWidth(rest.join('')) / left;
    let best = -1;
    let bestScore = Infinity;
    let at = 0;
    for (let i = 1; i < rest.length; i++) {
      const before = rest.slice(0, i).join('');
      const after = rest.slice(i).join('');
      at = titleWidth(before);
      if (at > LINE_MAX) break;
      if (NO_START.test(after) || NO_END.test(before) || (ASCII_WORD.test(rest[i - 1]!) && ASCII_WORD.test(rest[i]!))) continue;
      // The later lines must still fit in the lines left.
      if (titleWidth(after) > (left - 1) * LINE_MAX) continue;
      const score = Math.abs(at - target) - (endsWithJoiningWord(before) ? 2.5 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    lines.push(rest.slice(0, best).join(''));
    start += best;
    left--;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}
