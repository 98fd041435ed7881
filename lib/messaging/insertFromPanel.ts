// The side panel's half of insertion: find the tab and the frame that hold the caret, ask that
// frame's content script to insert, and fall back to the clipboard when it cannot.
import { browser, type Browser } from 'wxt/browser';
import { copyParagraphs } from '../insertion/clipboard.ts';
import { InsertResult, InsertTarget, type ToContentScript, insertTargetKey } from './protocol.ts';

export type InsertOutcome =
  | { kind: 'inserted'; route: string; editor: string }
  | { kind: 'copied'; reason: string }
  | { kind: 'refused'; reason: string };

/**
 * The web page being written in. In the real side panel that is the active tab of this window;
 * when the panel page is open as a tab of its own, it is the most recently used other tab.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const others = (await browser.tabs.query({})).filter((t) => t.id !== self.id && t.id !== undefined);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function targetFrame(tabId: number): Promise<number> {
  const stored = (await browser.storage.session.get(insertTargetKey(tabId)))[insertTargetKey(tabId)];
  const parsed = InsertTarget.safeParse(stored);
  return parsed.success ? parsed.data.frameId : 0;
}

async function askFrame(tabId: number, frameId: number, message: ToContentScript): Promise<InsertResult> {
  try {
    const raw = await browser.tabs.sendMessage(tabId, message, { frameId });
    const parsed = InsertResult.safeParse(raw);
    if (parsed.success) return parsed.data;
  } catch {
    // No content script there: a browser page, the web store, or a page loaded before install.
  }
  return { ok: false, reason: 'unreachable', message: '无法连接到当前网页。' };
}

export async function insertIntoPage(paragraphs: string[], format: 'rich' | 'plain'): Promise<InsertOutcome> {
  const tab = await targetTab();
  const result =
    tab?.id === undefined
      ? ({ ok: false, reason: 'unreachable', message: '没有找到要写入的网页。' } as const)
      : await askFrame(tab.id, await targetFrame(tab.id), { type: 'insert', paragraphs, format });
  if (result.ok) return { kind: 'inserted', route: result.route, editor: result.editor };
  if (result.reason === 'composing') return { kind: 'refused', reason: result.message };
  try {
    await copyParagraphs(paragraphs);
    return { kind: 'copied', reason: result.message };
  } catch {
    return { kind: 'refused', reason: `${result.message}复制到剪贴板也失败了，请在预览中选中文字手动复制。` };
  }
}
