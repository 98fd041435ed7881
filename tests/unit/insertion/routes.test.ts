// @vitest-environment jsdom
// Which routes each editor gets, in which order — the registry's contract — and the payload and
// confirmation rules every route relies on. (The routes themselves are proved in a real browser:
// tests/e2e/editors.)
import { describe, expect, it } from 'vitest';
import type { InsertTarget } from '../../../lib/insertion/adapter.ts';
import { insertionObserved } from '../../../lib/insertion/confirm.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';
import { planRoutes } from '../../../lib/insertion/registry.ts';

const rich = buildPayload(['第一段<b>&', '第二段'], 'rich');

function richTarget(html: string, selector: string): InsertTarget {
  document.body.innerHTML = html;
  return { kind: 'rich', element: document.querySelector<HTMLElement>(selector)! };
}
const plan = (target: InsertTarget, payload = rich) => planRoutes(target, payload).map((s) => `${s.adapter.name}: ${s.attempt.route}`);

describe('the payload', () => {
  it('builds HTML only from escaped text: markup in a snippet arrives as text', () => {
    expect(rich.html).toBe('<p>第一段&lt;b&gt;&amp;</p><p>第二段</p>');
    expect(rich.text).toBe('第一段<b>&\n第二段');
  });
  it('plain: escaped lines joined by <br>, no paragraphs', () => {
    expect(buildPayload(['a<', 'b'], 'plain').html).toBe('a&lt;<br>b');
  });
});

describe('confirmation', () => {
  it('needs every paragraph to occur once more than before, ignoring whitespace', () => {
    expect(insertionObserved('旧', '旧第一段\n第 二段', ['第一段', '第二段'])).toBe(true);
    expect(insertionObserved('第一段', '第一段', ['第一段'])).toBe(false);
    expect(insertionObserved('', '第一段', ['第一段', '第二段'])).toBe(false);
  });
});

describe('the route plan', () => {
  it('Slate and wangEditor: a text/plain paste, then beforeinput — never execCommand', () => {
    expect(plan(richTarget('<div data-slate-editor="true" contenteditable="true"><p>x</p></div>', '[data-slate-editor]'))).toEqual([
      'slate: paste-plain',
      'slate: beforeinput-paste',
    ]);
  });
  it('Draft.js, Lexical, CKEditor 5: their paste route only', () => {
    expect(plan(richTarget('<div class="public-DraftEditor-content" contenteditable="true"></div>', 'div'))).toEqual(['draft: paste-html']);
    expect(plan(richTarget('<div data-lexical-editor="true" contenteditable="true"></div>', 'div'))).toEqual(['lexical: paste-html']);
    expect(plan(richTarget('<div class="ck-editor__editable ck-content" contenteditable="true"></div>', 'div'))).toEqual(['ckeditor5: paste-html']);
  });
  it('ProseMirror and Quill: their paste first, then the generic routes not yet tried', () => {
    expect(plan(richTarget('<div class="ProseMirror" contenteditable="true"></div>', 'div'))).toEqual([
      'prosemirror: paste-html',
      'contenteditable: beforeinput-paste',
      'contenteditable: execCommand',
    ]);
    expect(plan(richTarget('<div class="ql-editor" contenteditable="true"></div>', 'div'))[0]).toBe('quill: paste-html');
  });
  it('iframe editors with a page API try it first: TinyMCE, CKEditor 4, KindEditor', () => {
    expect(plan(richTarget('<div id="tinymce" class="mce-content-body" contenteditable="true"></div>', 'div'))[0]).toBe('tinymce: tinymce-api');
    expect(plan(richTarget('<div class="cke_editable" contenteditable="true"></div>', 'div'))[0]).toBe('ckeditor4: ckeditor4-api');
    expect(plan(richTarget('<div class="ke-content" contenteditable="true"></div>', 'div'))[0]).toBe('kindeditor: kindeditor-api');
  });
  it('an unknown editable: paste, beforeinput, then execCommand (DESIGN.md order)', () => {
    expect(plan(richTarget('<div contenteditable="true"></div>', 'div'))).toEqual([
      'contenteditable: paste-html',
      'contenteditable: beforeinput-paste',
      'contenteditable: execCommand',
    ]);
    expect(plan(richTarget('<div contenteditable="true"></div>', 'div'), buildPayload(['a'], 'plain'))[0]).toBe('contenteditable: paste-plain');
  });
  it('text fields: execCommand insertText, then setRangeText', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(plan({ kind: 'text-field', element: document.querySelector('textarea')! })).toEqual(['text-field: execCommand', 'text-field: setRangeText']);
  });
});
