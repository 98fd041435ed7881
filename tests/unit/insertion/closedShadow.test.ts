// @vitest-environment jsdom
// An editable inside a closed shadow root (web components): the page cannot see into it, but an
// extension's content script can (chrome.dom.openOrClosedShadowRoot), so the caret there is found.
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, shadowRootOf } from '../../../lib/insertion/editable.ts';

const globals = globalThis as { chrome?: unknown };
afterEach(() => delete globals.chrome);

function closedEditor(): { host: Element; editable: HTMLElement; root: ShadowRoot } {
  document.body.innerHTML = '<x-editor></x-editor>';
  const host = document.querySelector('x-editor')!;
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<div contenteditable="true" tabindex="0"><p>已有内容</p></div>';
  const editable = root.querySelector<HTMLElement>('[contenteditable]')!;
  editable.focus();
  return { host, editable, root };
}

describe('a closed shadow root', () => {
  it('without an opener, focus stops at the host', () => {
    const { host } = closedEditor();
    expect(shadowRootOf(host)).toBeNull();
    expect(deepActiveElement(document)).toBe(host);
  });

  it("with Chrome's opener, focus is followed to the editable inside", () => {
    const { host, editable, root } = closedEditor();
    globals.chrome = { dom: { openOrClosedShadowRoot: (el: Element) => (el === host ? root : null) } };
    expect(shadowRootOf(host)).toBe(root);
    expect(deepActiveElement(document)).toBe(editable);
  });

  it('an opener that throws (an element it does not take) is no shadow root', () => {
    const { host } = closedEditor();
    globals.chrome = { dom: { openOrClosedShadowRoot: () => { throw new TypeError('not an HTMLElement'); } } };
    expect(shadowRootOf(host)).toBeNull();
  });
});
