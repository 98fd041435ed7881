// What the editor tests read back besides the editor's own text: the route the last 插入 took, and
// which texts an editor shows bold.
import type { Frame, Page } from 'playwright-core';

/** The route the panel's last 插入 took, as it records it for these tests. */
export async function lastRoute(panel: Page): Promise<string | undefined> {
  const stored = (await panel.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<unknown> } } } }).chrome.storage.session.get('last-insert'),
  )) as { 'last-insert'?: { route?: string } };
  return stored['last-insert']?.route;
}

/** Which of `texts` the editor shows bold (a <strong>/<b>, or a bold weight). */
export function boldIn(frame: Frame, editable: string, texts: string[]): Promise<string[]> {
  return frame
    .locator(editable)
    .first()
    .evaluate((root, wanted) => {
      const blocks = [...root.querySelectorAll('*')];
      return wanted.filter((text) => {
        const holder = blocks.find((e) => (e.textContent ?? '').trim() === text && ![...e.children].some((c) => (c.textContent ?? '').trim() === text));
        if (!holder) return false;
        // The text's own element, or the one wrapping its words.
        const inner = holder.querySelector('strong, b, [style*="font-weight"]') ?? holder;
        return Number(getComputedStyle(inner).fontWeight) >= 600 || getComputedStyle(holder).fontWeight === 'bold';
      });
    }, texts);
}
