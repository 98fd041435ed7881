// One insertion in this frame, seen from the isolated world: find the remembered editable,
// restore its caret, list the routes the registry offers for it, run the isolated ones, confirm
// every one (page-world ones are run by the side panel in between) and stop at the first
// confirmed insertion — or at the first route that changed the content unexpectedly, so that
// nothing is ever inserted twice.
import type { PrepareAnswer, RouteStep, StepAnswer } from '../messaging/protocol.ts';
import { TARGET_ATTRIBUTE, type Attempt, type EditorAdapter, type InsertPayload, type InsertTarget } from './adapter.ts';
import { contentText, insertionObserved } from './confirm.ts';
import { isReadOnly, isTextField } from './editable.ts';
import type { FocusMemory, Remembered } from './focusMemory.ts';
import { buildPayload } from './payload.ts';
import { planRoutes } from './registry.ts';
import { fieldText } from './textFieldAdapter.ts';

interface Session {
  token: string;
  remembered: Remembered;
  target: InsertTarget;
  payload: InsertPayload;
  /** What must appear: the paragraphs, or the one joined line of a single-line input. */
  expected: string[];
  before: string;
  steps: { adapter: EditorAdapter; attempt: Attempt }[];
}

function restoreCaret(remembered: Remembered): void {
  const { element, selection } = remembered;
  element.focus({ preventScroll: true });
  if (!selection) return;
  if (selection.kind === 'text' && isTextField(element)) {
    element.setSelectionRange(selection.start, selection.end);
  } else if (selection.kind === 'range' && element.contains(selection.range.commonAncestorContainer)) {
    const live = element.ownerDocument.getSelection();
    live?.removeAllRanges();
    live?.addRange(selection.range);
  }
}

function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function describe(target: InsertTarget): string {
  if (target.kind === 'text-field') return target.element.localName;
  return target.element.ownerDocument.designMode === 'on' ? 'designMode' : 'contenteditable';
}

const refuse = (reason: 'no-editable' | 'readonly' | 'composing' | 'too-long', message: string): PrepareAnswer => ({ ok: false, reason, message });

/** Room left in a text field with maxlength, counting the selection that will be replaced. */
function roomLeft(field: HTMLInputElement | HTMLTextAreaElement): number {
  if (field.maxLength < 0) return Infinity;
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  return field.maxLength - field.value.length + selected;
}

export class InsertionSessions {
  private session: Session | null = null;

  constructor(private readonly memory: FocusMemory) {}

  prepare(paragraphs: string[], format: 'rich' | 'plain'): PrepareAnswer {
    this.finish();
    if (this.memory.isComposing) return refuse('composing', '输入法正在输入，请先完成输入再插入。');
    const remembered = this.memory.current();
    if (!remembered) return refuse('no-editable', '没有找到光标所在的输入框。');
    if (isReadOnly(remembered.element)) return refuse('readonly', '这个输入框是只读的或已禁用，不能插入。');
    restoreCaret(remembered);
    const target: InsertTarget = isTextField(remembered.element)
      ? { kind: 'text-field', element: remembered.element }
      : { kind: 'rich', element: remembered.element };
    const payload = buildPayload(paragraphs, format);
    let expected = payload.paragraphs;
    if (target.kind === 'text-field') {
      const text = fieldText(target.element, payload);
      if (text.length > roomLeft(target.element)) {
        return refuse('too-long', `这个输入框最多能写 ${target.element.maxLength} 个字，放不下这段文字（${text.length} 字），没有插入。`);
      }
      if (target.element.localName === 'input') expected = [text];
    }
    const steps = planRoutes(target, payload);
    const token = newToken();
    target.element.setAttribute(TARGET_ATTRIBUTE, token);
    this.session = { token, remembered, target, payload, expected, before: contentText(target), steps };
    const routeSteps: RouteStep[] = steps.map((s) => ({ adapter: s.adapter.name, route: s.attempt.route, world: s.attempt.world }));
    return { ok: true, token, editor: describe(target), steps: routeSteps };
  }

  /** Runs an isolated-world step and confirms it, or readies the caret for a page-world step. */
  async attempt(token: string, step: number): Promise<StepAnswer> {
    const s = this.current(token);
    const entry = s?.steps[step];
    if (!s || !entry) return { status: 'expired' };
    if (step > 0) restoreCaret(s.remembered);
    if (entry.attempt.world === 'main') return { status: 'ready' };
    entry.attempt.run(s.target, s.payload);
    return this.confirm(token, step, true, false);
  }

  /**
   * Watches the content for the inserted paragraphs. Editors may apply a change a little later
   * (React renders, Lexical batches): a route the editor took (an event it cancelled, an API that
   * ran) gets longer to show its result than one that visibly did nothing.
   */
  async confirm(token: string, step: number, ran: boolean, prevented: boolean): Promise<StepAnswer> {
    const s = this.current(token);
    const entry = s?.steps[step];
    if (!s || !entry) return { status: 'expired' };
    const patience = ran && prevented ? 1500 : ran ? 40 : 0;
    const seen = await this.settle(s, patience);
    if (seen === 'inserted') {
      this.finish(token);
      return { status: 'inserted' };
    }
    const site = entry.adapter.unverifiable?.(s.target);
    if (site) return { status: 'unverifiable', site };
    return { status: seen };
  }

  finish(token?: string): void {
    if (!this.session || (token && token !== this.session.token)) return;
    this.session.target.element.removeAttribute(TARGET_ATTRIBUTE);
    this.session = null;
  }

  private current(token: string): Session | null {
    return this.session?.token === token ? this.session : null;
  }

  private observe(s: Session): 'inserted' | 'unchanged' | 'changed' {
    const now = contentText(s.target);
    if (insertionObserved(s.before, now, s.expected)) return 'inserted';
    return now === s.before ? 'unchanged' : 'changed';
  }

  private settle(s: Session, patience: number): Promise<'inserted' | 'unchanged' | 'changed'> {
    const first = this.observe(s);
    if (first === 'inserted' || patience === 0) return Promise.resolve(first);
    return new Promise((resolve) => {
      const element = s.target.element;
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(this.observe(s));
      };
      const observer = new MutationObserver(() => {
        if (this.observe(s) === 'inserted') done();
      });
      observer.observe(element, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(done, patience);
    });
  }
}
