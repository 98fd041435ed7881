// Paragraphs → the two clipboard/insert forms. HTML is generated here from text, escaped, so a
// snippet holding <script> or an onerror attribute arrives as visible text, never as markup.
// A report's paragraphs carry a style each (blockStyles.ts): its title, headings, 落款 and date.
import { styleAt, styleIndents, type BlockStyle } from './blockStyles.ts';
import { FIRST_LINE_INDENT, indentParagraph, isBlankParagraph, needsIndent, withoutOwnIndent } from './indent.ts';

/** How paragraphs go into the page: the user's two choices beside 插入, remembered. */
export interface InsertLayout {
  /** rich: <p> paragraphs where the editor takes HTML; plain: text with line breaks. */
  format: 'rich' | 'plain';
  /** 首行缩进: the first line of each paragraph two characters in (lib/domain/indent.ts). */
  indent: boolean;
}

/**
 * How rich HTML carries 首行缩进: as the editor's own indent (a style on the paragraph), or — for
 * editors that filter what they are given down to their own schema and drop paragraph styles — as
 * two full-width spaces in the text, which every editor keeps.
 */
export type IndentBy = 'style' | 'spaces';

export interface IndentOptions {
  by?: IndentBy;
  /**
   * The caret stands partway along a line: the first paragraph continues it, so it takes no indent
   * (two spaces in the middle of the writer's sentence would be wrong).
   */
  continuesLine?: boolean;
}

/** Whether paragraph i takes 首行缩进. */
const indenting = (indent: boolean, continuesLine: boolean | undefined) => (i: number) => indent && !(continuesLine && i === 0);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * The editor's own indent, not typed spaces: an editor that keeps the style keeps the paragraph
 * indented however it is edited later. A paragraph the writer indented by hand gets the same
 * indent instead of its spaces (HTML would collapse half-width ones anyway), never both.
 */
const INDENT_STYLE = 'text-indent:2em';

/**
 * Headings go in as bold paragraphs, not <h2>…<h5>: every rich editor keeps a <strong> in a <p>
 * (the harness checks each), while heading elements come out in the page's own heading sizes,
 * which a 公文 does not have — its headings are body-sized, set apart by 黑体 and 楷体 (GB/T 9704),
 * for which bold stands in. Levels 3 and 4 are set in the body's own font there, so they stay plain.
 */
const BOLD = new Set<BlockStyle>(['title', 'heading1', 'heading2']);

/** Alignment rides on the paragraph; an editor that drops it still keeps the line, left-aligned. */
const ALIGN: Partial<Record<BlockStyle, string>> = { title: 'text-align:center', signature: 'text-align:right', date: 'text-align:right' };

function blockHtml(text: string, style: BlockStyle, indented: boolean, by: IndentBy): string {
  const byStyle = indented && by === 'style' && !isBlankParagraph(text);
  const lead = indented && by === 'spaces' && needsIndent(text) ? FIRST_LINE_INDENT : '';
  const words = byStyle ? withoutOwnIndent(text) : text;
  const css = [byStyle ? INDENT_STYLE : undefined, ALIGN[style]].filter(Boolean).join(';');
  const inner = BOLD.has(style) ? `${lead}<strong>${escapeHtml(words)}</strong>` : escapeHtml(lead + words);
  return `${css ? `<p style="${css}">` : '<p>'}${inner}</p>`;
}

// A line break inside a paragraph (text pasted with CR LF into one field, a snippet written with
// Shift+Enter): in HTML it would fold into a space and two lines read as one; in text the second
// line would go in without its indent. Each line is a paragraph of its own, in the same style.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

function splitLines(paragraphs: readonly string[], styles?: readonly BlockStyle[]): { lines: string[]; lineStyles: BlockStyle[] | undefined } {
  if (!paragraphs.some((p) => LINE_BREAK.test(p))) return { lines: [...paragraphs], lineStyles: styles ? [...styles] : undefined };
  const lines: string[] = [];
  const lineStyles: BlockStyle[] = [];
  paragraphs.forEach((p, i) => {
    const pieces = p.split(LINE_BREAK);
    // A break at either end (学习\r\n) only ends the line: no blank paragraph comes of it.
    while (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
    while (pieces.length > 1 && pieces[0] === '') pieces.shift();
    for (const line of pieces) {
      lines.push(line);
      lineStyles.push(styleAt(styles, i));
    }
  });
  return { lines, lineStyles: styles ? lineStyles : undefined };
}

export function paragraphsToHtml(
  paragraphs: readonly string[],
  { indent }: Pick<InsertLayout, 'indent'>,
  { by = 'style', continuesLine }: IndentOptions = {},
  styles?: readonly BlockStyle[],
): string {
  const indents = indenting(indent, continuesLine);
  const { lines, lineStyles } = splitLines(paragraphs, styles);
  return lines.map((p, i) => blockHtml(p, styleAt(lineStyles, i), indents(i) && styleIndents(styleAt(lineStyles, i)), by)).join('');
}

/** Each paragraph, indented with two full-width spaces where it takes 首行缩进 and has no indent of its own. */
export function indentedLines(paragraphs: readonly string[], { indent }: Pick<InsertLayout, 'indent'>, { continuesLine }: IndentOptions = {}, styles?: readonly BlockStyle[]): string[] {
  const indents = indenting(indent, continuesLine);
  const { lines, lineStyles } = splitLines(paragraphs, styles);
  return lines.map((p, i) => (indents(i) && styleIndents(styleAt(lineStyles, i)) ? indentParagraph(p) : p));
}

/**
 * Lines of text, one a paragraph, indented as indentedLines says. A report's headings keep their
 * numbers (一、（一）1.（1）) in their text, so plain text stays a numbered document.
 */
export function paragraphsToText(paragraphs: readonly string[], layout: Pick<InsertLayout, 'indent'>, options: IndentOptions = {}, styles?: readonly BlockStyle[]): string {
  return indentedLines(paragraphs, layout, options, styles).join('\n');
}

/**
 * Whether a preview indents this paragraph itself to show it as it will be inserted: a paragraph
 * indented by hand shows its own spaces, as the page will get the same width of indent.
 */
export function previewIndents(paragraph: string, { indent }: Pick<InsertLayout, 'indent'>): boolean {
  return indent && needsIndent(paragraph);
}
