// Remembers, per frame, the editable the user was last in and where the caret was, because
// clicking the side panel moves focus away from the page before 插入 is pressed.
import { deepActiveElement, editableOf, isTextField } from './editable.ts';
import { keepListening } from './keepListening.ts';

export type SavedSelection = { kind: 'text'; start: number; end: number } | { kind: 'range'; range: Range };

export interface Remembered {
  element: HTMLElement;
  selection: SavedSelection | null;
}

export class FocusMemory {
  private last: Remembered | null = null;
  private composing = false;
  /** When the selection last moved in this frame (performance.now()), for editors that sync it late. */
  lastSelectionAt = 0;
  /** When the user last pressed a pointer or a key in this very document (not in a parent or child). */
  private lastGestureAt = -Infinity;
  /** Focus is in an editable whose report the frame declined (no gesture yet): retry on the next gesture. */
  private unclaimed = false;
  /** The user has focused an editable here: all the listeners are attached (listen). */
  private armed = false;

  /** onEditableFocused answers whether the frame claimed the caret (caret.ts's mayClaimCaret). */
  constructor(
    private readonly doc: Document,
    private readonly onEditableFocused: () => boolean | void,
  ) {}

  // Only the browser's own events count (isTrusted): a page dispatching a synthetic focusin,
  // pointerdown, keyup or compositionstart must not move the remembered caret (and with it the
  // frame an insertion goes to) nor block insertion by faking an IME composition.
  private readonly onFocusIn = (e: Event) => e.isTrusted && this.noteFocus(e);
  private readonly onSelection = (e: Event) => e.isTrusted && this.saveSelection();
  private readonly onPointerDown = (e: Event) => e.isTrusted && (this.noteGesture(), this.notePointer(e));
  private readonly onKeyDown = (e: Event) => e.isTrusted && this.noteGesture();
  private readonly onCompositionStart = (e: Event) => e.isTrusted && (this.composing = true);
  // Ending a composition is believed from any event, and so is an input the browser says is not
  // composing: Chrome's compositionend is not always trusted (a commit through CDP
  // Input.insertText, for one), and a composition flag stuck on would refuse every insertion in
  // the frame. A page faking an end can only allow an insertion it could cause itself.
  private readonly onCompositionEnd = () => (this.composing = false);
  private readonly onInput = (e: Event) => e.isTrusted && !(e as InputEvent).isComposing && (this.composing = false);

  attach(): void {
    // Again after each document.open() (UEditor, KindEditor), which erases our listeners.
    keepListening(this.doc, () => this.listen());
  }

  /**
   * For a script that arrives after the user is already in the frame (injected into a frame
   * Chromium gave no content script, lib/insertion/scriptlessFrames.ts): take the editable that
   * has focus now, as if its focus event had been seen.
   */
  noticeFocusNow(): void {
    if (!this.doc.hasFocus()) return;
    if (editableOf(deepActiveElement(this.doc))) this.arm();
    this.saveSelection();
  }

  /**
   * Until the user first focuses an editable in this document, only focusin and the gestures
   * (pointerdown: a disabled field never takes focus; keydown: Tab) are listened to: every
   * listener on the document makes the page's own events a little slower, which a page can time
   * to learn that the extension is installed (SECURITY.md). The rest come with that first focus.
   */
  private listen(): void {
    const capture = { capture: true, passive: true } as const;
    this.doc.addEventListener('focusin', this.onFocusIn, capture);
    this.doc.addEventListener('pointerdown', this.onPointerDown, capture);
    this.doc.addEventListener('keydown', this.onKeyDown, capture);
    if (this.armed) this.listenInEditable();
  }

  private arm(): void {
    if (this.armed) return;
    this.armed = true;
    this.listenInEditable();
  }

  private listenInEditable(): void {
    const capture = { capture: true, passive: true } as const;
    this.doc.addEventListener('selectionchange', this.onSelection, { passive: true });
    // Text fields do not fire selectionchange on the document in every browser.
    this.doc.addEventListener('keyup', this.onSelection, capture);
    this.doc.addEventListener('mouseup', this.onSelection, capture);
    this.doc.addEventListener('compositionstart', this.onCompositionStart, capture);
    this.doc.addEventListener('compositionend', this.onCompositionEnd, capture);
    this.doc.addEventListener('input', this.onInput, capture);
  }

  /** Whether the user pressed a pointer or a key in this document within the last `ms`. */
  gesturedWithin(ms: number): boolean {
    return performance.now() - this.lastGestureAt <= ms;
  }

  /** True while an IME is composing: inserting then would tear the composition. */
  get isComposing(): boolean {
    return this.composing;
  }

  /** A selection the extension made itself (校对 selects the span a fix replaces), kept as the user's would be. */
  remember(selection: SavedSelection): void {
    if (this.last) this.last.selection = selection;
  }

  current(): Remembered | null {
    if (this.last?.element.isConnected) return this.last;
    const editable = editableOf(deepActiveElement(this.doc));
    return editable ? { element: editable, selection: null } : null;
  }

  private noteFocus(event: Event): void {
    const target = event.composedPath()[0];
    // A closed shadow root hides its inside from the event's path: the focus is then found through it.
    const editable = ((target as Node | undefined)?.nodeType === Node.ELEMENT_NODE ? editableOf(target as Element) : null) ?? editableOf(deepActiveElement(this.doc));
    if (!editable) return;
    this.arm();
    if (this.last?.element !== editable) this.last = { element: editable, selection: null };
    this.saveSelection();
    this.report();
  }

  private report(): void {
    this.unclaimed = this.onEditableFocused() === false;
  }

  /** A frame reached without a gesture (Tab, a script's focus()) claims the caret once the user acts in it. */
  private noteGesture(): void {
    this.lastGestureAt = performance.now();
    if (this.unclaimed && this.last && editableOf(deepActiveElement(this.doc)) === this.last.element) this.report();
  }

  /**
   * A disabled field never takes focus, so clicking it would leave the previous field remembered
   * and the text would land there. Remember the disabled field instead: the insert is refused.
   */
  private notePointer(event: Event): void {
    const target = event.composedPath()[0] as Element | undefined;
    if (target?.nodeType === Node.ELEMENT_NODE && isTextField(target) && target.disabled) {
      this.last = { element: target, selection: null };
      this.report();
    }
  }

  private saveSelection(): void {
    this.lastSelectionAt = performance.now();
    const active = editableOf(deepActiveElement(this.doc));
    if (!active) return;
    if (active !== this.last?.element) {
      this.last = { element: active, selection: null };
      this.report();
    }
    if (isTextField(active)) {
      this.last.selection = { kind: 'text', start: active.selectionStart ?? active.value.length, end: active.selectionEnd ?? active.value.length };
      return;
    }
    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      if (active.contains(range.commonAncestorContainer)) this.last.selection = { kind: 'range', range: range.cloneRange() };
    }
  }
}

/**
 * The static content script and the insertion script injected later share the content-script
 * world of a frame (its globals are invisible to the page): the memory is handed over here.
 */
const SHARED = Symbol.for('report-drafter.focus-memory');

export function shareFocusMemory(memory: FocusMemory): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = memory;
}

/** This frame's memory, or a same-origin child frame's (its content-script world, seen from ours). */
export function sharedFocusMemory(world: object = globalThis): FocusMemory | undefined {
  return (world as Record<symbol, unknown>)[SHARED] as FocusMemory | undefined;
}
