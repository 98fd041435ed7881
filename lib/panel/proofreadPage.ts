// 校对网页中的文字, the panel's half: on the user's click, read the text of the editable that holds
// the caret (or the selection in it) from the caret's frame; apply a fix by selecting its span
// there and inserting the fix through the ordinary insertion (insertInFrame), so the editor's
// own undo takes it back in one step.
import { browser } from 'wxt/browser';
import { problem } from '../domain/problem.ts';
import { fixEdit, type Finding } from '../domain/proofread/index.ts';
import { PageTextAnswer, SelectSpanAnswer, originOf, type InsertProblem, type ToProofreadScript } from '../messaging/protocol.ts';
import { insertInFrame, targetFrame, targetTab } from './insertFromPanel.ts';

/** The frame a text was read from, pinned to its document. */
export interface PageSource {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export type PageRead = { ok: true; source: PageSource; text: string; scope: 'selection' | 'editable'; base: number } | { ok: false; problem: InsertProblem };

async function ask<T>(source: PageSource, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, message: ToProofreadScript): Promise<T | null> {
  const where = source.documentId ? { documentId: source.documentId } : { frameId: source.frameId };
  const send = async () => schema.safeParse(await browser.tabs.sendMessage(source.tabId, message, where));
  try {
    const first = await send().catch(() => null);
    if (first?.success) return first.data;
    // The insertion script is not there yet: inject it, as an insertion does, and ask again.
    const target = source.documentId ? { tabId: source.tabId, documentIds: [source.documentId] } : { tabId: source.tabId, frameIds: [source.frameId] };
    await browser.scripting.executeScript({ target, files: ['/insertion.js'] });
    const second = await send();
    return second.success ? second.data : null;
  } catch {
    return null;
  }
}

export async function readPageText(): Promise<PageRead> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { ok: false, problem: problem('insert.noPage') };
  const { frameId, documentId, site } = await targetFrame(tab.id);
  const now = originOf(tab.url);
  if (site && now !== site) return { ok: false, problem: problem('insert.otherSite', { site: now ? new URL(now).host : (tab.url ?? '') }) };
  const source: PageSource = { tabId: tab.id, frameId, ...(documentId ? { documentId } : {}) };
  const answer = await ask(source, PageTextAnswer, { type: 'read-text' });
  if (!answer) return { ok: false, problem: problem('insert.unreachable') };
  return answer.ok ? { ok: true, source, text: answer.text, scope: answer.scope, base: answer.base } : answer;
}

/**
 * Applies one fix in the page; true when the editor took it. With `plainOnly` (several fixes merged
 * into one, lib/domain/proofread mergedFix), nothing is put in unless the span is plain text, since
 * text put over formatted text would drop its formatting: 'notPlain' then, and the page is as it was.
 */
export async function applyPageFix(read: Extract<PageRead, { ok: true }>, text: string, finding: Finding, plainOnly = false): Promise<boolean | 'notPlain'> {
  const edit = fixEdit(text, finding);
  if (!edit) return false;
  const selected = await ask(read.source, SelectSpanAnswer, { type: 'select-span', start: read.base + edit.start, end: read.base + edit.end, expected: text.slice(edit.start, edit.end) });
  if (!selected?.selected) return false;
  if (plainOnly && selected.plain !== true) return 'notPlain';
  const result = await insertInFrame(read.source.tabId, read.source.frameId, [edit.insert], { format: 'plain', indent: false }, read.source.documentId);
  if (result.ok) return true;
  // The read-back that confirms an insertion looks for the text put in; a fix shorter than what it
  // replaced (元 for 元左右) can leave it unsure. The page's text says whether the fix is there.
  const after = await ask(read.source, PageTextAnswer, { type: 'read-text', whole: true });
  const fixed = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
  return after?.ok === true && after.text.slice(read.base, read.base + fixed.length) === fixed;
}
