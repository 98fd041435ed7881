// The insert payload, built from paragraphs of text: HTML comes only from escaped text.
import { escapeHtml, paragraphsToHtml, paragraphsToText, type IndentBy, type InsertLayout } from '../domain/paragraphs.ts';
import { indentParagraphs } from '../domain/indent.ts';
import type { InsertPayload } from './adapter.ts';

/**
 * paragraphs stay as given — they are what confirmation looks for, whitespace aside — while text
 * and html carry the indent: in rich HTML the editor's own (text-indent), or full-width spaces for
 * an editor that drops paragraph styles (EditorAdapter.indentBy); full-width spaces in text.
 */
export function buildPayload(paragraphs: string[], { format, indent }: InsertLayout, by: IndentBy = 'style'): InsertPayload {
  const lines = indent ? indentParagraphs(paragraphs) : paragraphs;
  const html = format === 'rich' ? paragraphsToHtml(paragraphs, { indent }, by) : lines.map(escapeHtml).join('<br>');
  return { paragraphs, text: paragraphsToText(paragraphs, { indent }), html, format };
}
