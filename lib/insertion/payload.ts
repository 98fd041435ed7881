// The insert payload, built from paragraphs of text: HTML comes only from escaped text.
import { escapeHtml, paragraphsToHtml, paragraphsToText } from '../domain/paragraphs.ts';
import type { InsertPayload } from './adapter.ts';

export function buildPayload(paragraphs: string[], format: 'rich' | 'plain'): InsertPayload {
  const html = format === 'rich' ? paragraphsToHtml(paragraphs) : paragraphs.map(escapeHtml).join('<br>');
  return { paragraphs, text: paragraphsToText(paragraphs), html, format };
}
