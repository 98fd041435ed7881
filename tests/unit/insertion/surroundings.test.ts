// @vitest-environment jsdom
// Where an insertion is looked for: block editors (Editor.js and its kind) put pasted paragraphs
// into new editables beside the one that had the caret; a route that did so must count as
// inserted, or the next route in the chain would insert the same text a second time.
import { describe, expect, it } from 'vitest';
import type { InsertTarget } from '../../../lib/insertion/adapter.ts';
import { contentText, insertionObserved, otherFields, surroundings, surroundingText, tookByOtherField } from '../../../lib/insertion/confirm.ts';

const PARAGRAPHS = ['一是完成投资3.5亿元。', '二是新增就业1,200人。'];

function blockEditor(root: ParentNode): { target: InsertTarget; addBlock(text: string): void } {
  const holder = document.createElement('div');
  holder.innerHTML = '<div class="block"><div contenteditable="true">已有内容</div></div><div class="block"><div contenteditable="true">结尾</div></div>';
  root.append(holder);
  const element = holder.querySelector<HTMLElement>('[contenteditable]')!;
  return {
    target: { kind: 'rich', element },
    addBlock(text) {
      const block = document.createElement('div');
      block.className = 'block';
      block.innerHTML = `<div contenteditable="true"></div>`;
      block.firstElementChild!.textContent = text;
      holder.firstElementChild!.after(block);
    },
  };
}

describe('an insertion beside the editable (block editors)', () => {
  it('is seen around the editable, though the editable itself did not change', () => {
    document.body.innerHTML = '<p>页面别处</p>';
    const { target, addBlock } = blockEditor(document.body);
    const [before, around] = [contentText(target), surroundingText(target)];
    [...PARAGRAPHS].reverse().forEach(addBlock);
    expect(contentText(target)).toBe(before);
    expect(insertionObserved(before, contentText(target), PARAGRAPHS)).toBe(false);
    expect(insertionObserved(around, surroundingText(target), PARAGRAPHS)).toBe(true);
  });

  it('counts only new occurrences: text the page already had elsewhere is not an insertion', () => {
    document.body.innerHTML = `<p>${PARAGRAPHS.join('')}</p>`;
    const { target } = blockEditor(document.body);
    expect(insertionObserved(surroundingText(target), surroundingText(target), PARAGRAPHS)).toBe(false);
  });

  it('inside a shadow root, looks through that root (a document’s text stops at its shadow hosts)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    const { target, addBlock } = blockEditor(shadow);
    expect(surroundings(target)).toBe(shadow);
    const around = surroundingText(target);
    PARAGRAPHS.forEach(addBlock);
    expect(insertionObserved(around, surroundingText(target), PARAGRAPHS)).toBe(true);
  });

  it('a hidden textarea (CodeMirror 5, Ace): the text the editor draws from it counts, though it empties the textarea', () => {
    document.body.innerHTML = '<div class="code"><div><textarea></textarea></div><pre>已有内容</pre></div>';
    const target: InsertTarget = { kind: 'text-field', element: document.querySelector('textarea')! };
    const [before, around] = [contentText(target), surroundingText(target)];
    document.querySelector('pre')!.after(...PARAGRAPHS.map((p) => Object.assign(document.createElement('pre'), { textContent: p })));
    expect(contentText(target)).toBe(before);
    expect(insertionObserved(around, surroundingText(target), PARAGRAPHS)).toBe(true);
  });
});

describe('text that went into another field is no insertion', () => {
  it('new blocks of a block editor are not another field', () => {
    document.body.innerHTML = '<textarea id="note">备注</textarea>';
    const { target, addBlock } = blockEditor(document.body);
    const others = otherFields(target);
    PARAGRAPHS.forEach(addBlock);
    expect(tookByOtherField(others, PARAGRAPHS)).toBe(false);
  });

  it('a field of the page that already stood there and now holds the text took it (an API that picked another instance)', () => {
    document.body.innerHTML = '<textarea id="note">备注</textarea>';
    const { target } = blockEditor(document.body);
    const others = otherFields(target);
    expect(others.map((o) => o.element.id)).toContain('note');
    document.querySelector('textarea')!.value += PARAGRAPHS.join('\n');
    expect(insertionObserved(surroundingText(target), surroundingText(target), PARAGRAPHS)).toBe(false);
    expect(tookByOtherField(others, PARAGRAPHS)).toBe(true);
  });
});
