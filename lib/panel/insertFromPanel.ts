// The side panel's half of insertion: find the tab and the frame that hold the caret, inject the
// insertion script there, walk the routes it lists — running the page-world ones here with
// scripting.executeScript({ world: 'MAIN' }) — and fall back to the clipboard when none is
// confirmed. Only this extension can run executeScript, so no page can start an insertion.
import { browser, type Browser } from 'wxt/browser';
import type { BlockStyle } from '../domain/blockStyles.ts';
import { normaliseInsertParagraphs } from '../domain/insertText.ts';
import type { InsertLayout } from '../domain/paragraphs.ts';
import { problem } from '../domain/problem.ts';
import type { PagePayload } from '../insertion/adapter.ts';
import { copyParagraphs } from '../insertion/clipboard.ts';
import { isPageRouteName, pageRoute } from '../insertion/pageRoutes.ts';
import { buildPayload } from '../insertion/payload.ts';
import {
  CaretFrame,
  InsertResult,
  type InsertProblem,
  type InsertProblemCode,
  LAST_INSERT_KEY,
  PageOutcome,
  PrepareAnswer,
  StepAnswer,
  type ToInsertionScript,
  fitsOneInsertion,
  caretFrameKey,
  originOf,
} from '../messaging/protocol.ts';

/** What became of the text; a problem says why it is not in the page (words: components/hooks/useInsert.ts). */
export type InsertOutcome =
  | { kind: 'inserted'; route: string; editor: string }
  /** Not inserted; the text is on the clipboard instead. */
  | { kind: 'copied'; problem: InsertProblem }
  /** Not inserted, and copying would not help: the user must act first. */
  | { kind: 'refused'; problem: InsertProblem }
  /** Neither inserted nor copied: the clipboard refused too. */
  | { kind: 'uncopied'; problem: InsertProblem };

/**
 * The web page being written in. In the real side panel that is the active tab of this window; in
 * the panel window of a browser without a side panel (entrypoints/background/panelWindow.ts), the
 * active tab of the browser window the user was last in; when the panel page is open as a tab of
 * its own, the most recently used other tab.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const own = await browser.windows.get(self.windowId);
  if (own.type === 'popup') {
    const last = await browser.windows.getLastFocused({ windowTypes: ['normal'], populate: true }).catch(() => undefined);
    return last?.tabs?.find((t) => t.active);
  }
  const others = (await browser.tabs.query({})).filter((t) => t.id !== self.id && t.id !== undefined);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/**
 * The frame that last held the caret, pinned to the document that reported it — the top one too:
 * if the frame has navigated since (perhaps to another site), nothing is sent to what it shows now.
 */
export async function targetFrame(tabId: number): Promise<{ frameId: number; documentId?: string; site?: string }> {
  const stored = (await browser.storage.session.get(caretFrameKey(tabId)))[caretFrameKey(tabId)];
  const parsed = CaretFrame.safeParse(stored);
  if (!parsed.success) return { frameId: 0 };
  const { frameId, documentId, site } = parsed.data;
  return { frameId, ...(documentId ? { documentId } : {}), ...(site ? { site } : {}) };
}

const failure = (code: InsertProblemCode, params?: Record<string, string | number>): InsertResult => ({ ok: false, problem: problem(code, params) });

class Unreachable extends Error {}

/**
 * One frame's insertion, as a conversation with the insertion script injected there (also used by
 * the context menu). styles: a report's title, headings, 落款 and date, one per paragraph.
 */
export async function insertInFrame(tabId: number, frameId: number, given: readonly string[], layout: InsertLayout, documentId?: string, styles?: readonly BlockStyle[]): Promise<InsertResult> {
  const paragraphs = normaliseInsertParagraphs(given);
  if (!fitsOneInsertion(paragraphs)) return oversize(paragraphs);
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  const where = documentId ? { documentId } : { frameId };
  async function ask<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, message: ToInsertionScript): Promise<T> {
    let raw: unknown;
    try {
      raw = await browser.tabs.sendMessage(tabId, message, where);
    } catch {
      throw new Unreachable();
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Unreachable();
    return parsed.data;
  }

  const prepare: ToInsertionScript = { type: 'prepare', paragraphs, format: layout.format, indent: layout.indent, ...(styles ? { styles: [...styles] } : {}) };
  let token: string | undefined;
  try {
    // The insertion script stays in the frame once injected: inject only when nobody answers.
    const prepared = await ask(PrepareAnswer, prepare).catch(async (error: unknown) => {
      if (!(error instanceof Unreachable)) throw error;
      try {
        await browser.scripting.executeScript({ target, files: ['/insertion.js'] });
      } catch {
        throw new Unreachable(); // a browser page, the web store, or a frame that went away
      }
      return ask(PrepareAnswer, prepare);
    });
    if (!prepared.ok) return prepared;
    token = prepared.token;
    for (const [index, step] of prepared.steps.entries()) {
      // prepare has readied the caret for the first route: a page-world one can run at once.
      let answer: StepAnswer =
        index === 0 && step.world === 'main' ? { status: 'ready' } : await ask(StepAnswer, { type: 'attempt', token, step: index });
      let via = step.route;
      if (answer.status === 'ready') {
        // The HTML's indent as this step's editor keeps it (RouteStep.indentBy).
        const payload: PagePayload = buildPayload(paragraphs, layout, { by: step.indentBy ?? 'style', continuesLine: prepared.continuesLine ?? false }, styles);
        const { ran, prevented, via: taken } = await runInPage(target, step.route, payload);
        via = taken ?? via;
        answer = await ask(StepAnswer, { type: 'confirm', token, step: index, ran, prevented });
      }
      const route = `${step.adapter}: ${via}`;
      if (answer.status === 'inserted') return { ok: true, route, editor: prepared.editor };
      if (answer.status === 'unverifiable') return failure(`insert.unverifiable.${answer.site}`);
      if (answer.status === 'undone') return failure('insert.undone');
      if (answer.status === 'changed') return failure('insert.changed');
      if (answer.status === 'expired') break;
    }
    return failure('insert.notAccepted');
  } catch (error) {
    if (error instanceof Unreachable) return failure('insert.unreachable');
    throw error;
  } finally {
    if (token) void browser.tabs.sendMessage(tabId, { type: 'finish', token } satisfies ToInsertionScript, where).catch(() => undefined);
  }
}

async function runInPage(target: { tabId: number; frameIds: number[] } | { tabId: number; documentIds: string[] }, name: string, payload: PagePayload): Promise<PageOutcome> {
  const route = isPageRouteName(name) ? pageRoute(name) : undefined;
  if (!route) return { ran: false, prevented: false };
  const { func, args } = route;
  try {
    const [result] = await browser.scripting.executeScript({
      target,
      world: 'MAIN',
      func: func as (...a: unknown[]) => unknown,
      args: args(payload),
    });
    const parsed = PageOutcome.safeParse(result?.result);
    if (parsed.success) return parsed.data;
  } catch {
    // The page world refused the script (a browser page) or the route threw: nothing ran.
  }
  return { ran: false, prevented: false };
}

async function insertAtCaret(tab: Browser.tabs.Tab & { id: number }, paragraphs: string[], layout: InsertLayout, styles?: readonly BlockStyle[]): Promise<InsertResult> {
  const { frameId, documentId, site } = await targetFrame(tab.id);
  const now = originOf(tab.url);
  if (site && now !== site) {
    // The user wrote in one site; the tab shows another now (a redirect, a link, a login page).
    return failure('insert.otherSite', { site: now ? new URL(now).host : (tab.url ?? '') });
  }
  const result = await insertInFrame(tab.id, frameId, paragraphs, layout, documentId, styles);
  if (!result.ok && result.problem.code === 'insert.unreachable' && documentId && (await frameAnswers(tab.id, frameId))) {
    // The frame is there, showing another document of the same site (the page was reloaded or
    // went to another of its pages): the caret the user left is gone with the old one — the page
    // is not out of reach, and saying so would send the user looking for the wrong problem.
    return failure('insert.noEditable');
  }
  return result;
}

/** Whether the frame runs a script now (its current document, whichever that is). */
async function frameAnswers(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => true });
    return true;
  } catch {
    return false;
  }
}

function oversize(paragraphs: readonly string[]): InsertResult {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  return failure('insert.oversize', { chars, paragraphs: paragraphs.length });
}

/** Failures that copying would not help: the user must act first. */
const REFUSALS = new Set<InsertProblemCode>(['insert.composing', 'insert.readonly', 'insert.tooLong']);

/** styles: a report's title, headings, 落款 and date, one per paragraph (lib/domain/blockStyles.ts). */
export async function insertIntoPage(given: readonly string[], layout: InsertLayout, styles?: readonly BlockStyle[]): Promise<InsertOutcome> {
  // The text is normalised once, here: what is inserted, confirmed and copied is the same text.
  const paragraphs = normaliseInsertParagraphs(given);
  const tab = await targetTab();
  const result: InsertResult =
    tab?.id === undefined
      ? failure('insert.noPage')
      : await insertAtCaret({ ...tab, id: tab.id }, paragraphs, layout, styles);
  void browser.storage.session.set({ [LAST_INSERT_KEY]: { ...result, at: Date.now() } }).catch(() => undefined);
  if (result.ok) return { kind: 'inserted', route: result.route, editor: result.editor };
  if (REFUSALS.has(result.problem.code)) return { kind: 'refused', problem: result.problem };
  try {
    await copyParagraphs(paragraphs, layout, styles);
    return { kind: 'copied', problem: result.problem };
  } catch {
    return { kind: 'uncopied', problem: result.problem };
  }
}
