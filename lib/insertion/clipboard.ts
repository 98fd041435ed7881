// The last route, run in the side panel: put HTML + plain text on the clipboard so the user can
// paste with Ctrl+V into an editor that refused every other route.
import type { BlockStyle } from '../domain/blockStyles.ts';
import { paragraphsToHtml, paragraphsToText, type InsertLayout } from '../domain/paragraphs.ts';

/** styles: a report's title, headings, 落款 and date, laid out as 插入 lays them out (blockStyles.ts). */
export async function copyParagraphs(paragraphs: readonly string[], layout: Pick<InsertLayout, 'indent'>, styles?: readonly BlockStyle[]): Promise<void> {
  const text = paragraphsToText(paragraphs, layout, {}, styles);
  const html = paragraphsToHtml(paragraphs, layout, {}, styles);
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
