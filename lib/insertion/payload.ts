// The insert payload, built from paragraphs of text: HTML comes only from escaped text.
import type { BlockStyle } from '../domain/blockStyles.ts';
import { escapeHtml, indentedLines, paragraphsToHtml, paragraphsToText, type IndentOptions, type InsertLayout } from '../domain/paragraphs.ts';
import type { InsertPayload } from './adapter.ts';

/**
 * paragraphs stay as given — they are what confirmation looks for, whitespace aside — while text
 * and html carry the indent: in rich HTML the editor's own (text-indent), or full-width spaces for
 * an editor that drops paragraph styles (EditorAdapter.indentBy); full-width spaces in text. None
 * on the first paragraph when it continues the line the caret is on (lineStart.ts). styles lay out
 * a report's title, headings, 落款 and date (blockStyles.ts); plain paragraphs without them.
 */
export function buildPayload(paragraphs: string[], layout: InsertLayout, options: IndentOptions = {}, styles?: readonly BlockStyle[]): InsertPayload {
  const html = layout.format === 'rich' ? paragraphsToHtml(paragraphs, layout, options, styles) : indentedLines(paragraphs, layout, options, styles).map(escapeHtml).join('<br>');
  return { paragraphs, text: paragraphsToText(paragraphs, layout, options, styles), html, format: layout.format, ...(options.continuesLine ? { continuesLine: true } : {}) };
}
