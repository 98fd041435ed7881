// Joining lines that a PDF or a web page wrapped in the middle of a sentence back into paragraphs.
// A copy from a PDF breaks every line at the page's width, so wrapped lines are about equally wide
// and end without a full stop; a line that ends a sentence, or is short, ends its paragraph. The
// width is read from the text itself; a text with fewer than three such lines is left as it is.
// A text typed or copied from Word or a web page has one paragraph per line: its long paragraphs are
// wider than any supposed wrap (a PDF never gives a line wider than its page), and its headings and
// table rows must not be glued to the line after them.
import { attachmentListItem, attachmentListNext, isDistribution, isSignatureOrDate, isSignOff } from './ending.ts';
import { importMarker, isTitleBlockLine, partHeading, TITLE_KIND } from './markers.ts';

const SENTENCE_END = /[。！？!?；;：:…]["”’』」）)】]*$/;
// Full-width characters take two columns, as the PDF's line width counts them.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
// How much narrower than the widest wrapped lines a line may be and still have been wrapped: a PDF
// line breaks before a word that does not fit, and digits and quotes are narrower in its font.
const SLACK_SHARE = 0.16;
const MIN_WIDTH = 24;
const MIN_WRAPPED = 3;
// A line that ends on a semicolon at the page's full width may have been wrapped right after it
// (…实现乡镇全覆盖； / 完成重污染天气…): it goes on, unless the next line starts the list's next item.
const SEMICOLON_END = /[；;]["”’』」）)】]*$/;
const NEXT_ITEM = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|第[一二三四五六七八九十]+[，,、]|其[次三]|再次|最后|[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[)）、.．]|[①-⑳])/;
// Columns of a table or a web page's info line (来源：…    编辑：…): cells, never a wrapped line.
const COLUMNS = /\t| {2,}|\u3000{2,}/;

const LIST_OF_RECEIVERS = /^[^:：]{1,4}[:：]/;

// A PDF may wrap a sentence's closing mark (。 ） ”) onto a line of its own: it ends the line above.
const CLOSING_PUNCTUATION = /^[。，、；：！？,;:!?）)】」』”’》〉]{1,3}$/;

export function isClosingPunctuation(text: string): boolean {
  return CLOSING_PUNCTUATION.test(text);
}

// The title stands alone, however wide: a document's name with no clause in it.
const TITLE_MAX_LENGTH = 40;
const CLAUSE = /[。！？!?，,；;：:、]/;

function isTitleLine(text: string): boolean {
  return text.length <= TITLE_MAX_LENGTH && !CLAUSE.test(text) && TITLE_KIND.test(text) && importMarker(text) === null;
}

/** Each line that is only closing punctuation glued to the end of the line above it. */
function glueClosingPunctuation<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && isClosingPunctuation(line.text)) out[out.length - 1] = { ...previous, text: previous.text + line.text };
    else out.push(line);
  }
  return out;
}

function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

/** The width at which the text was wrapped, or null when nothing shows it was. */
function wrapWidth(texts: readonly string[]): number | null {
  const widths = texts
    .filter((t) => !SENTENCE_END.test(t) && !COLUMNS.test(t))
    .map(width)
    .filter((w) => w >= MIN_WIDTH)
    .sort((a, b) => b - a);
  for (let i = 0; i + MIN_WRAPPED - 1 < widths.length; i++) {
    const wrapAt = widths[i]!;
    if (wrapAt - widths[i + MIN_WRAPPED - 1]! > slack(wrapAt)) continue;
    // More lines run past this width than end near it: the text was not wrapped there.
    const wrapped = widths.filter((w) => w >= wrapAt - slack(wrapAt)).length;
    const wider = texts.filter((t) => width(t) > wrapAt + slack(wrapAt)).length;
    return wider >= wrapped ? null : wrapAt;
  }
  return null;
}

function slack(wrapAt: number): number {
  return Math.round(wrapAt * SLACK_SHARE);
}

/** A heading, a part, a sign-off, or a short signature or date line (a wrapped line is long). */
function startsParagraph(text: string, wrapAt: number): boolean {
  const marker = importMarker(text);
  // A 版记 line (抄送：…, …印发, （共印60份）, （此件公开发布）) starts its own, however wide.
  if ((marker !== null && marker.level !== null) || partHeading(text) !== null || isSignOff(text) || isTitleBlockLine(text) || isDistribution(text)) return true;
  return width(text) < wrapAt - slack(wrapAt) && isSignatureOrDate(text);
}

/** The lines with each wrapped run joined into its first line (which keeps its line number). */
export function joinWrappedLines<T extends { text: string }>(source: readonly T[]): T[] {
  // The width is read before the glue: the line a full stop was wrapped off is as wide as the page.
  const wrapAt = wrapWidth(source.map((l) => l.text));
  const lines = glueClosingPunctuation(source);
  if (wrapAt === null) return lines;
  const out: T[] = [];
  let open = false;
  let atSemicolon = false;
  // The number the next item of a list of attachments (附件：1.… 2.…) would have: each its own line.
  let listNext: number | null = null;
  for (const line of lines) {
    const previous = out[out.length - 1];
    const listed: boolean = listNext !== null && attachmentListItem(line.text) === listNext;
    listNext = attachmentListNext(line.text) ?? (listed ? listNext! + 1 : null);
    const continues = open && !listed && !startsParagraph(line.text, wrapAt) && !COLUMNS.test(line.text) && !(atSemicolon && NEXT_ITEM.test(line.text));
    if (previous && continues) out[out.length - 1] = { ...previous, text: previous.text + line.text };
    else out.push(line);
    // A list item is a line of its own: nothing is wrapped onto it.
    const full = !COLUMNS.test(line.text) && !isTitleBlockLine(line.text) && listNext === null && !(out.length === 1 && isTitleLine(line.text));
    atSemicolon = full && SEMICOLON_END.test(line.text) && width(line.text) >= wrapAt - 2;
    // Only a list of receivers (抄送：…) may run on; …印发 and （共印60份） are whole.
    const whole = isDistribution(line.text) && !LIST_OF_RECEIVERS.test(line.text);
    open = !whole && (atSemicolon || (full && !SENTENCE_END.test(line.text) && width(line.text) >= wrapAt - slack(wrapAt)));
  }
  return out;
}
