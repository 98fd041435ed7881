// Paragraphs → the two clipboard/insert forms. HTML is generated here from text, escaped, so a
// snippet holding <script> or an onerror attribute arrives as visible text, never as markup.
import { indentParagraph, needsIndent, withoutOwnIndent } from './indent.ts';

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
const INDENTED_P = '<p style="text-indent:2em">';

export function paragraphsToHtml(paragraphs: readonly string[], { indent }: Pick<InsertLayout, 'indent'>, { by = 'style', continuesLine }: IndentOptions = {}): string {
  const indents = indenting(indent, continuesLine);
  return paragraphs
    .map((p, i) => {
      if (!indents(i)) return `<p>${escapeHtml(p)}</p>`;
      if (by === 'spaces') return `<p>${escapeHtml(indentParagraph(p))}</p>`;
      return p.trim() === '' ? `<p>${escapeHtml(p)}</p>` : `${INDENTED_P}${escapeHtml(withoutOwnIndent(p))}</p>`;
    })
    .join('');
}

/** Each paragraph, indented with two full-width spaces where it takes 首行缩进 and has no indent of its own. */
export function indentedLines(paragraphs: readonly string[], { indent }: Pick<InsertLayout, 'indent'>, { continuesLine }: IndentOptions = {}): string[] {
  const indents = indenting(indent, continuesLine);
  return paragraphs.map((p, i) => (indents(i) ? indentParagraph(p) : p));
}

/** Lines of text, one a paragraph, indented as indentedLines says. */
export function paragraphsToText(paragraphs: readonly string[], layout: Pick<InsertLayout, 'indent'>, options: IndentOptions = {}): string {
  return indentedLines(paragraphs, layout, options).join('\n');
}

/**
 * Whether a preview indents this paragraph itself to show it as it will be inserted: a paragraph
 * indented by hand shows its own spaces, as the page will get the same width of indent.
 */
export function previewIndents(paragraph: string, { indent }: Pick<InsertLayout, 'indent'>): boolean {
  return indent && needsIndent(paragraph);
}
