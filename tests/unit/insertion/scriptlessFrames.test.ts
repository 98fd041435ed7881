// @vitest-environment jsdom
// The parent frame's half of bringing the caret script into frames Chromium gave none: a child
// frame of this origin that loads with no caret memory in it is reported, one that has its
// memory is not, and a page's synthetic load event reports nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FocusMemory } from '../../../lib/insertion/focusMemory.ts';
import { watchScriptlessFrames } from '../../../lib/insertion/scriptlessFrames.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function frameLoaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

describe('watchScriptlessFrames', () => {
  it('reports a child frame of this origin that loads without caret memory', async () => {
    const found = vi.fn();
    watchScriptlessFrames(document, found);
    const frame = document.createElement('iframe');
    const loaded = frameLoaded(frame);
    document.body.appendChild(frame);
    await loaded;
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('leaves alone a child frame that has its caret memory', async () => {
    const found = vi.fn();
    watchScriptlessFrames(document, found);
    const frame = document.createElement('iframe');
    const loaded = frameLoaded(frame);
    document.body.appendChild(frame);
    // What the static script does in the child before its load event.
    const child = frame.contentWindow!;
    (child as unknown as Record<symbol, unknown>)[Symbol.for('report-drafter.focus-memory')] = new FocusMemory(child.document, () => undefined);
    await loaded;
    expect(found).not.toHaveBeenCalled();
  });

  it("ignores a page's synthetic load event", () => {
    const found = vi.fn();
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    watchScriptlessFrames(document, found);
    frame.dispatchEvent(new Event('load'));
    expect(found).not.toHaveBeenCalled();
  });

  it('keeps watching after document.open() erased its listeners', async () => {
    const found = vi.fn();
    const host = document.createElement('iframe');
    document.body.appendChild(host);
    const doc = host.contentDocument!;
    watchScriptlessFrames(doc, found);
    doc.open();
    doc.write('<!doctype html><html><body></body></html>');
    doc.close();
    await Promise.resolve(); // the MutationObserver's callback
    const frame = doc.createElement('iframe');
    const loaded = frameLoaded(frame);
    doc.body.appendChild(frame);
    await loaded;
    expect(found).toHaveBeenCalledTimes(1);
  });
});
