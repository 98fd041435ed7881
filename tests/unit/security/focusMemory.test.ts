// @vitest-environment jsdom
// The caret memory of the static content script believes only the browser's own events: a page
// dispatching synthetic focus, pointer, key or composition events cannot move the remembered
// caret (and with it the frame the next insertion goes to) nor block insertion.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FocusMemory } from '../../../lib/insertion/focusMemory.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML = '<textarea id="mine"></textarea><textarea id="decoy"></textarea>';
  const reported = vi.fn();
  const memory = new FocusMemory(document, reported);
  memory.attach();
  return { memory, reported, mine: document.getElementById('mine') as HTMLTextAreaElement, decoy: document.getElementById('decoy') as HTMLTextAreaElement };
}

describe('FocusMemory and a hostile page', () => {
  it('a real focus is remembered and reported', () => {
    const { memory, reported, mine } = setUp();
    mine.focus();
    expect(reported).toHaveBeenCalled();
    expect(memory.current()?.element).toBe(mine);
  });

  it('synthetic focusin, pointerdown, keyup, mouseup and selectionchange move nothing', () => {
    const { memory, reported, mine, decoy } = setUp();
    mine.focus();
    reported.mockClear();
    for (const type of ['focusin', 'pointerdown', 'keyup', 'mouseup']) decoy.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    document.dispatchEvent(new Event('selectionchange'));
    expect(reported).not.toHaveBeenCalled();
    expect(memory.current()?.element).toBe(mine);
  });

  it('a synthetic compositionstart cannot block insertion', () => {
    const { memory, mine } = setUp();
    mine.focus();
    mine.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(memory.isComposing).toBe(false);
  });
});
