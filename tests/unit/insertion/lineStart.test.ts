// @vitest-environment jsdom
// Where the caret stands decides whether the first inserted paragraph takes 首行缩进: at the start
// of a line it does; partway along a line it continues the writer's sentence and does not.
import { afterEach, describe, expect, it } from 'vitest';
import { caretContinuesLine } from '../../../lib/insertion/lineStart.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function textarea(value: string, caret: number): boolean {
  document.body.innerHTML = '<textarea></textarea>';
  const field = document.querySelector('textarea')!;
  field.value = value;
  field.setSelectionRange(caret, caret);
  return caretContinuesLine({ kind: 'text-field', element: field });
}

/** An editable holding `html`, the caret where `|` is written (inside a text node, or as an empty text node). */
function editable(html: string): boolean {
  document.body.innerHTML = `<div contenteditable="true">${html.replace('|', '<span id="caret"></span>')}</div>`;
  const root = document.querySelector<HTMLElement>('[contenteditable]')!;
  const mark = document.getElementById('caret')!;
  const range = document.createRange();
  range.setStartBefore(mark);
  mark.remove();
  range.collapse(true);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return caretContinuesLine({ kind: 'rich', element: root });
}

describe('caretContinuesLine', () => {
  it('a text box: only text on the caret’s own line counts, the writer’s spaces included', () => {
    expect(textarea('', 0)).toBe(false);
    expect(textarea('前文。', 3)).toBe(true);
    expect(textarea('前文。', 0)).toBe(false);
    expect(textarea('前文。\n', 4)).toBe(false);
    expect(textarea('前文。\n后', 5)).toBe(true);
    expect(textarea('\u3000\u3000', 2)).toBe(true);
  });

  it('an editable: text before the caret in its paragraph counts; a line break, an empty paragraph or a placeholder does not', () => {
    expect(editable('<p>已有内容|</p>')).toBe(true);
    expect(editable('<p>|<br></p>')).toBe(false);
    expect(editable('<p>已有内容</p><p>|结尾</p>')).toBe(false);
    expect(editable('<p>前文<br>|</p>')).toBe(false);
    expect(editable('<p>\u200b|</p>')).toBe(false);
    expect(editable('<div>\n  <p>|</p>\n</div>')).toBe(false);
    expect(editable('<p><b>加粗</b>|</p>')).toBe(true);
    expect(editable('<p>\u3000\u3000|</p>')).toBe(true);
    expect(editable('|')).toBe(false);
    expect(editable('前文|')).toBe(true);
  });
});

describe('the payload when the caret continues a line', () => {
  const layout = { format: 'rich', indent: true } as const;
  it('the first paragraph goes in without 首行缩进, the others with it, in every form', () => {
    const payload = buildPayload(['第一段', '第二段'], layout, { continuesLine: true });
    expect(payload.text).toBe('第一段\n\u3000\u3000第二段');
    expect(payload.html).toBe('<p>第一段</p><p style="text-indent:2em">第二段</p>');
    expect(buildPayload(['第一段', '第二段'], layout, { continuesLine: true, by: 'spaces' }).html).toBe('<p>第一段</p><p>\u3000\u3000第二段</p>');
    expect(buildPayload(['第一段', '第二段'], { format: 'plain', indent: true }, { continuesLine: true }).html).toBe('第一段<br>\u3000\u3000第二段');
  });
  it('says so to the page routes, with 首行缩进 off too (TinyMCE, CKEditor 4 and UEditor unwrap the first <p>)', () => {
    expect(buildPayload(['第一段'], layout, { continuesLine: true }).continuesLine).toBe(true);
    expect(buildPayload(['第一段'], { format: 'rich', indent: false }, { continuesLine: true }).continuesLine).toBe(true);
    expect(buildPayload(['第一段'], layout, {}).continuesLine).toBeUndefined();
  });
});
