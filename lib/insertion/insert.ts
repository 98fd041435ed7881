// Performs one insert request in this frame: restore the remembered caret, try each adapter that
// handles the target in registry order, stop at the first confirmed insertion.
import type { InsertResult } from '../messaging/protocol.ts';
import { paragraphsToHtml, paragraphsToText } from '../domain/paragraphs.ts';
import type { InsertPayload, InsertTarget } from './adapter.ts';
import { isReadOnly, isTextField } from './editable.ts';
import type { FocusMemory, Remembered } from './focusMemory.ts';
import { ADAPTERS } from './registry.ts';

export function buildPayload(paragraphs: string[], format: 'rich' | 'plain'): InsertPayload {
  return { paragraphs, text: paragraphsToText(paragraphs), html: paragraphsToHtml(paragraphs), format };
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

export function performInsert(memory: FocusMemory, paragraphs: string[], format: 'rich' | 'plain'): InsertResult {
  if (memory.isComposing) return { ok: false, reason: 'composing', message: '输入法正在输入，请先完成输入再插入。' };
  const remembered = memory.current();
  if (!remembered) return { ok: false, reason: 'no-editable', message: '没有找到光标所在的输入框。' };
  if (isReadOnly(remembered.element)) return { ok: false, reason: 'readonly', message: '这个输入框是只读的，不能插入。' };
  restoreCaret(remembered);
  const target: InsertTarget = isTextField(remembered.element)
    ? { kind: 'text-field', element: remembered.element }
    : { kind: 'rich', element: remembered.element };
  const payload = buildPayload(paragraphs, format);
  for (const adapter of ADAPTERS) {
    if (!adapter.handles(target)) continue;
    if (adapter.insert(target, payload)) return { ok: true, route: adapter.name, editor: describe(target) };
  }
  return { ok: false, reason: 'unconfirmed', message: '编辑器没有接受插入。' };
}

function describe(target: InsertTarget): string {
  if (target.kind === 'text-field') return target.element.localName;
  return target.element.ownerDocument.designMode === 'on' ? 'designMode' : 'contenteditable';
}
