// The insertion script: injected by the side panel (scripting.executeScript, files) into the one
// frame that holds the caret, in the content-script world, when 插入 is pressed. It answers the
// panel's zod-validated messages, accepted only from this extension, and performs the isolated
// half of an insertion (lib/insertion/insert.ts). Injecting twice is harmless: the second run
// sees the first and does nothing, so no message is ever handled twice — unless the first belongs
// to a previous instance of the extension (updated or reloaded: its runtime is gone, and it can
// no longer hear the panel), which the new one then replaces.
import { FocusMemory, sharedFocusMemory } from '../lib/insertion/focusMemory.ts';
import { InsertionSessions } from '../lib/insertion/insert.ts';
import { readPageText, selectSpan } from '../lib/insertion/pageText.ts';
import { PAGE_TEXT_LIMIT, ToInsertionScript, ToProofreadScript, type PageTextAnswer, type PrepareAnswer, type SelectSpanAnswer, type StepAnswer } from '../lib/messaging/protocol.ts';

const READY = Symbol.for('report-drafter.insertion-ready');

export default defineUnlistedScript(() => {
  const world = globalThis as Record<symbol, unknown>;
  const previous = world[READY];
  if (typeof previous === 'function' && previous()) return;
  world[READY] = () => {
    try {
      return browser.runtime?.id !== undefined; // undefined once this extension instance is gone
    } catch {
      return false;
    }
  };

  let memory = sharedFocusMemory();
  if (!memory) {
    // The page was open before the extension was installed: no static script here, so the
    // caret is wherever the focus is now.
    memory = new FocusMemory(document, () => undefined);
    memory.attach();
  }
  const sessions = new InsertionSessions(memory);

  async function handle(message: ToInsertionScript): Promise<PrepareAnswer | StepAnswer | null> {
    switch (message.type) {
      case 'prepare':
        return sessions.prepare(message.paragraphs, { format: message.format, indent: message.indent }, message.styles);
      case 'attempt':
        return sessions.attempt(message.token, message.step);
      case 'confirm':
        return sessions.confirm(message.token, message.step, message.ran, message.prevented);
      case 'finish':
        sessions.finish(message.token);
        return null;
    }
  }

  /** 校对网页中的文字: the text of the editable that holds the caret, and selecting a span of it for a fix. */
  function proofread(message: ToProofreadScript): PageTextAnswer | SelectSpanAnswer {
    const remembered = memory!.current();
    if (message.type === 'read-text') {
      if (!remembered) return { ok: false, problem: { code: 'insert.noEditable' } };
      const read = readPageText(message.whole ? { element: remembered.element, selection: null } : remembered);
      if (read.text.length > PAGE_TEXT_LIMIT) return { ok: false, problem: { code: 'insert.oversize', params: { chars: read.text.length, paragraphs: read.text.split('\n').length } } };
      return { ok: true, ...read };
    }
    const span = remembered ? selectSpan(remembered.element, message.start, message.end, message.expected) : null;
    if (!span) return { selected: false };
    memory!.remember(span.saved);
    return { selected: true, plain: span.plain };
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const proofreading = ToProofreadScript.safeParse(raw);
    if (proofreading.success) {
      sendResponse(proofread(proofreading.data));
      return undefined;
    }
    const parsed = ToInsertionScript.safeParse(raw);
    if (!parsed.success) return undefined;
    void handle(parsed.data).then(sendResponse);
    return true;
  });
});
