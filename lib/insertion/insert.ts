// One insertion in this frame, seen from the isolated world: find the remembered editable,
// restore its caret, list the routes the registry offers for it, run the isolated ones, confirm
// every one (page-world ones are run by the side panel in between) and stop at the first
// confirmed insertion — or at the first route that changed the content unexpectedly, so that
// nothing is ever inserted twice.
import type { BlockStyle } from '../domain/blockStyles.ts';
import type { InsertLayout } from '../domain/paragraphs.ts';
import { problem } from '../domain/problem.ts';
import type { InsertProblemCode, PrepareAnswer, RouteStep, StepAnswer } from '../messaging/protocol.ts';
import { type Attempt, type EditorAdapter, type InsertPayload, type InsertTarget } from './adapter.ts';
import { contentText, insertionObserved, otherFields, surroundings, surroundingText, tookByOtherField, type OtherField } from './confirm.ts';
import { watchDialogs, type DialogWatch } from './pasteDialogs.ts';
import { deepActiveElement, isReadOnly, isTextField } from './editable.ts';
import type { FocusMemory, Remembered } from './focusMemory.ts';
import { buildPayload } from './payload.ts';
import { planRoutes } from './registry.ts';
import { caretContinuesLine } from './lineStart.ts';
import { fieldText } from './textFieldAdapter.ts';

interface Session {
  token: string;
  remembered: Remembered;
  target: InsertTarget;
  /** What must appear: the paragraphs, or the one joined line of a single-line input. */
  expected: string[];
  before: string;
  /** The text around the editable before (confirm.ts surroundingText: block and code editors show it there). */
  around: string;
  /** The page's other fields around it, with their text before (confirm.ts otherFields). */
  others: OtherField[];
  /** Each route with the payload it takes: the HTML's indent depends on the editor (EditorAdapter.indentBy). */
  steps: { adapter: EditorAdapter; attempt: Attempt; payload: InsertPayload }[];
  /** performance.now() after which the editor has seen the caret (SELECTION_SETTLE_MS). */
  caretSettledAt: number;
  /** Dialogs appearing while the current route runs (pasteDialogs.ts). */
  dialogs?: DialogWatch;
}

/**
 * Puts the caret back where the user left it. The page keeps its selection while the side panel
 * has focus, so usually there is nothing to do: the selection is touched only when it differs,
 * because editors that sync their model's selection late (Slate, wangEditor: 100 ms) would act
 * on a stale one. Returns whether the selection had to be moved.
 */
function restoreCaret(remembered: Remembered): boolean {
  const { element, selection } = remembered;
  const doc = element.ownerDocument;
  const active = deepActiveElement(doc);
  if (!doc.hasFocus() || (active !== element && !element.contains(active))) element.focus({ preventScroll: true });
  if (!selection) return false;
  if (selection.kind === 'text' && isTextField(element)) {
    if (element.selectionStart === selection.start && element.selectionEnd === selection.end) return false;
    element.setSelectionRange(selection.start, selection.end);
    return true;
  }
  if (selection.kind === 'range' && element.contains(selection.range.commonAncestorContainer)) {
    const live = doc.getSelection();
    const current = live && live.rangeCount > 0 ? live.getRangeAt(0) : null;
    const saved = selection.range;
    if (
      current &&
      current.startContainer === saved.startContainer &&
      current.startOffset === saved.startOffset &&
      current.endContainer === saved.endContainer &&
      current.endOffset === saved.endOffset
    ) {
      return false;
    }
    live?.removeAllRanges();
    live?.addRange(saved);
    return true;
  }
  return false;
}

/**
 * Editors that read the DOM selection into their model on a timer (adapter.lazySelection:
 * slate-react throttles it, wangEditor debounces it, both at 100 ms) must have seen the caret
 * before a route runs.
 */
const SELECTION_SETTLE_MS = 150;

/**
 * How long after the text appeared it is read again. Editors finish their own work within a
 * frame or two (a render, a normalisation); a page that undoes the change does it then too.
 */
const SETTLED_MS = 150;

async function caretSettled(s: Session): Promise<void> {
  const wait = s.steps.some((step) => step.adapter.lazySelection) ? s.caretSettledAt - performance.now() : 0;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function describe(target: InsertTarget): string {
  if (target.kind === 'text-field') return target.element.localName;
  return target.element.ownerDocument.designMode === 'on' ? 'designMode' : 'contenteditable';
}

const refuse = (code: InsertProblemCode, params?: Record<string, number>): PrepareAnswer => ({ ok: false, problem: problem(code, params) });

/** Room left in a text field with maxlength, counting the selection that will be replaced. */
function roomLeft(field: HTMLInputElement | HTMLTextAreaElement): number {
  if (field.maxLength < 0) return Infinity;
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  return field.maxLength - field.value.length + selected;
}

export class InsertionSessions {
  private session: Session | null = null;

  constructor(private readonly memory: FocusMemory) {}

  /** Finds the editable, puts the caret back, lists the routes; the first may run as soon as this answers. */
  async prepare(paragraphs: string[], layout: InsertLayout, styles?: readonly BlockStyle[]): Promise<PrepareAnswer> {
    this.finish();
    if (this.memory.isComposing) return refuse('insert.composing');
    const remembered = this.memory.current();
    if (!remembered) return refuse('insert.noEditable');
    if (isReadOnly(remembered.element)) return refuse('insert.readonly');
    const quietSince = this.memory.lastSelectionAt;
    const moved = restoreCaret(remembered);
    const caretSettledAt = (moved ? performance.now() : quietSince) + SELECTION_SETTLE_MS;
    const target: InsertTarget = isTextField(remembered.element)
      ? { kind: 'text-field', element: remembered.element }
      : { kind: 'rich', element: remembered.element };
    // Also without 首行缩进: editors that split the line around a leading <p> need to know (payload.ts).
    const continuesLine = caretContinuesLine(target);
    const payload = buildPayload(paragraphs, layout, { continuesLine }, styles);
    let expected = payload.paragraphs;
    if (target.kind === 'text-field') {
      const text = fieldText(target.element, payload);
      if (text.length > roomLeft(target.element)) {
        return refuse('insert.tooLong', { max: target.element.maxLength, chars: text.length });
      }
      if (target.element.localName === 'input') expected = [text];
    }
    const spaced = layout.indent && layout.format === 'rich' ? buildPayload(paragraphs, layout, { by: 'spaces', continuesLine }, styles) : payload;
    const steps = planRoutes(target, payload).map((s) => ({ ...s, payload: s.adapter.indentBy === 'spaces' ? spaced : payload }));
    const token = newToken();
    const session: Session = { token, remembered, target, expected, before: contentText(target), around: surroundingText(target), others: otherFields(target), steps, caretSettledAt };
    this.session = session;
    await caretSettled(session);
    session.dialogs = watchDialogs(remembered.element.ownerDocument); // the first route may run once this answers
    const routeSteps: RouteStep[] = steps.map((s) => ({ adapter: s.adapter.name, route: s.attempt.route, world: s.attempt.world, ...(s.adapter.indentBy ? { indentBy: s.adapter.indentBy } : {}) }));
    return { ok: true, token, editor: describe(target), steps: routeSteps, ...(continuesLine ? { continuesLine } : {}) };
  }

  /** Runs an isolated-world step and confirms it, or readies the caret for a page-world step. */
  async attempt(token: string, step: number): Promise<StepAnswer> {
    const s = this.current(token);
    const entry = s?.steps[step];
    if (!s || !entry) return { status: 'expired' };
    if (step > 0 && restoreCaret(s.remembered)) s.caretSettledAt = performance.now() + SELECTION_SETTLE_MS;
    await caretSettled(s);
    s.dialogs?.stop();
    s.dialogs = watchDialogs(s.remembered.element.ownerDocument);
    if (entry.attempt.world === 'main') return { status: 'ready' };
    entry.attempt.run(s.target, entry.payload);
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
    // A route not confirmed may have left a dialog of the editor's own: it goes, so that the
    // next route's text is the only one (pasteDialogs.ts).
    if (seen !== 'inserted') s.dialogs?.dismiss();
    s.dialogs?.stop();
    if (seen === 'inserted') {
      this.finish(token);
      // Read again once the page has had time to react: a page that takes the change back
      // (an undo of its own, a framework restoring its state) leaves nothing to report as inserted.
      await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
      return { status: this.observe(s) === 'inserted' ? 'inserted' : 'undone' };
    }
    const site = entry.adapter.unverifiable?.(s.target);
    if (site) return { status: 'unverifiable', site };
    return { status: seen };
  }

  finish(token?: string): void {
    if (!this.session || (token && token !== this.session.token)) return;
    this.session.dialogs?.stop();
    this.session = null;
  }

  private current(token: string): Session | null {
    return this.session?.token === token ? this.session : null;
  }

  private observe(s: Session): 'inserted' | 'unchanged' | 'changed' {
    const now = contentText(s.target);
    if (insertionObserved(s.before, now, s.expected)) return 'inserted';
    if (insertionObserved(s.around, surroundingText(s.target), s.expected)) return tookByOtherField(s.others, s.expected) ? 'changed' : 'inserted';
    return now === s.before ? 'unchanged' : 'changed';
  }

  private settle(s: Session, patience: number): Promise<'inserted' | 'unchanged' | 'changed'> {
    const first = this.observe(s);
    if (first === 'inserted' || patience === 0) return Promise.resolve(first);
    return new Promise((resolve) => {
      const watched = surroundings(s.target);
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(this.observe(s));
      };
      const observer = new MutationObserver(() => {
        if (this.observe(s) === 'inserted') done();
      });
      observer.observe(watched, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(done, patience);
    });
  }
}
