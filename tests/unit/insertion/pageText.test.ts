// @vitest-environment jsdom
// The page's text for 校对网页中的文字: an editable's text block by block, a selection in it, and
// a span found again and selected so that the fix can be inserted over it.
import { describe, expect, it } from 'vitest';
import { mapText, readPageText, selectSpan } from '../../../lib/insertion/pageText.ts';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

describe('the text of an editable', () => {
  it('joins paragraphs with a line break, and keeps inline text together', () => {
    const el = editable('<p>一、总体<b>情况</b></p><p>全年完成,其中</p><div>第三<br>行</div>');
    expect(mapText(el).text).toBe('一、总体情况\n全年完成,其中\n第三\n行\n');
  });

  it('reads the whole editable, or only the selection in it with where it starts', () => {
    const el = editable('<p>第一段。</p><p>全年完成,其中</p>');
    expect(readPageText({ element: el, selection: null })).toEqual({ text: '第一段。\n全年完成,其中\n', scope: 'editable', base: 0 });
    const range = document.createRange();
    const second = el.querySelectorAll('p')[1]!.firstChild!;
    range.setStart(second, 2);
    range.setEnd(second, 7);
    expect(readPageText({ element: el, selection: { kind: 'range', range } })).toEqual({ text: '完成,其中', scope: 'selection', base: 7 });
  });

  it('reads a selection made of whole elements (a paragraph selected by triple click)', () => {
    const el = editable('<p>第一段。</p><p>学习,工作</p>');
    const range = document.createRange();
    range.selectNodeContents(el.querySelectorAll('p')[1]!);
    expect(readPageText({ element: el, selection: { kind: 'range', range } })).toEqual({ text: '学习,工作', scope: 'selection', base: 5 });
  });

  it('reads a text box, or its selection', () => {
    document.body.innerHTML = '<textarea>学习,工作</textarea>';
    const box = document.querySelector('textarea')!;
    expect(readPageText({ element: box, selection: null }).text).toBe('学习,工作');
    expect(readPageText({ element: box, selection: { kind: 'text', start: 2, end: 5 } })).toEqual({ text: ',工作', scope: 'selection', base: 2 });
  });
});

describe('selecting a span again', () => {
  it('selects the span across the text nodes that hold it', () => {
    const el = editable('<p>全年完成<b>,</b>其中</p>');
    const span = selectSpan(el, 4, 5, ',');
    expect(span?.saved.kind).toBe('range');
    expect(span?.plain).toBe(true);
    expect(document.getSelection()!.toString()).toBe(',');
  });

  it('says whether the span is plain text: inside one text node, so nothing formatted is replaced with it', () => {
    const el = editable('<p>学习,工作,生活</p><p>全年<b>完成</b>,其中</p>');
    expect(selectSpan(el, 2, 6, ',工作,')?.plain).toBe(true);
    expect(selectSpan(el, 9, 14, '全年完成,')?.plain).toBe(false);
    expect(document.getSelection()!.toString()).toBe('全年完成,');
  });

  it('selects in a text box', () => {
    document.body.innerHTML = '<textarea>学习,工作</textarea>';
    const box = document.querySelector('textarea')!;
    expect(selectSpan(box, 2, 3, ',')).toEqual({ saved: { kind: 'text', start: 2, end: 3 }, plain: true });
    expect([box.selectionStart, box.selectionEnd]).toEqual([2, 3]);
  });

  it('refuses when the text there has changed since it was read', () => {
    const el = editable('<p>全年完成，其中</p>');
    expect(selectSpan(el, 4, 5, ',')).toBeNull();
  });
});
