// The last route, run in the side panel: put HTML + plain text on the clipboard so the user can
// paste with Ctrl+V into an editor that refused every other route.
import { paragraphsToHtml, paragraphsToText, type InsertLayout } from '../domain/paragraphs.ts';

export async function copyParagraphs(paragraphs: readonly string[], layout: Pick<InsertLayout, 'indent'>): Promise<void> {
  const text = paragraphsToText(paragraphs, layout);
  const html = paragraphsToHtml(paragraphs, layout);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}
