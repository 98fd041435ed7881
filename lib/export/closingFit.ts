// GB/T 9704-2012 7.3.5: the 落款 and 成文日期 never stand on a page without body text. The body's
// last paragraph keeps with them while it fits on a page with them (reportDocx.ts); a longer one
// cannot (LibreOffice moves a paragraph kept with the next whole, a page or more), so where the
// pages would end right after it, leaving the 落款 alone at the top of the last page, that
// paragraph's characters are spaced a little wider — the remedy the standard names (7.3.5.1: 调整
// 行距、字距) — until its last lines run over to the 落款's page. Where the pages end is worked
// out as the exact 22-line page lays them: every line one pitch, headings kept whole and with the
// line after them, paragraphs split anywhere (widow control is off).
import type { ReportLine } from '../domain/report/index.ts';
import { CHARS_PER_LINE, CHAR_PITCH, LINES_PER_PAGE } from './gbLayout.ts';
import { widthInChars } from './signature.ts';
import { titleLines } from './titleLines.ts';

type Line = Exclude<ReportLine, { kind: 'unresolved' }>;

/** Lines a body paragraph or heading takes, two characters indented. */
export const linesOf = (text: string) => Math.ceil((2 + widthInChars(text)) / CHARS_PER_LINE);

/** Lines the last paragraph is made to run over by: one to carry to the 落款's page, one to spare for the estimate. */
const RUN_OVER = 2;
/** At most a fifth of a character wider: more reads as a gap. */
const MAX_EXTRA = Math.round(CHAR_PITCH / 5);

/** How many lines of the page are used where the body ends (0: a page ends exactly there). */
export function bodyEndsAt(lines: readonly Line[], closing: number): number {
  let at = 0;
  for (const line of lines.slice(0, closing)) {
    if (line.kind === 'title') at += titleLines(line.text).length + 1;
    else if (line.kind === 'heading') {
      const n = linesOf(line.text);
      if (at + n + 1 > LINES_PER_PAGE) at = 0;
      at += n;
    } else at += linesOf(line.text);
    at %= LINES_PER_PAGE;
  }
  return at;
}

/**
 * Twips to add to the spacing of each character of the last body paragraph (line `closing − 1`),
 * 0 when the 落款 has room after it or the paragraph keeps with the 落款 anyway (`tied`).
 */
export function lastParagraphLoosening(lines: readonly Line[], closing: number, tied: boolean): number {
  const last = lines[closing - 1];
  if (tied || closing <= 0 || last?.kind !== 'paragraph') return 0;
  const closingHeight = 1 + (lines.length - closing); // the blank, the 落款 lines and the date
  const at = bodyEndsAt(lines, closing);
  const room = at === 0 ? 0 : LINES_PER_PAGE - at;
  if (room >= closingHeight) return 0;
  const more = room + RUN_OVER;
  return Math.min(MAX_EXTRA, Math.ceil((more * CHARS_PER_LINE * CHAR_PITCH) / widthInChars(last.text)));
}
