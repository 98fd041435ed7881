// Which routes each editor gets, in which order — the registry's contract — and the payload and
// confirmation rules every route relies on. (The routes themselves are proved in a real browser:
// tests/e2e/editors.)
import { describe, expect, it } from 'vitest';
import type { InsertTarget } from '../../../lib/insertion/adapter.ts';
import { insertionObserved } from '../../../lib/insertion/confirm.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';
import { planRoutes } from '../../../lib/insertion/registry.ts';

const rich = buildPayload(['第一段<b>&', '第二段'], { format: 'rich', indent: false });

/**
 * A stand-in for an editable: what the adapters look at (matches/closest, the document's origin
 * and frame element). No DOM environment is needed: the real DOM is the e2e suite's business.
 */
function fakeElement(selectors: string[], options: { origin?: string; frame?: { id: string; className: string } } = {}): HTMLElement {
  const origin = options.origin ?? 'http://127.0.0.1:8080';
  const frame = options.frame && { id: options.frame.id, classList: { contains: (c: string) => options.frame!.className.split(' ').includes(c) } };
  const doc = { URL: origin, defaultView: { origin, frameElement: frame ?? null } };
  const element: Record<string, unknown> = {
    localName: 'div',
    ownerDocument: doc,
    matches: (s: string) => selectors.includes(s),
    closest: (s: string) => (selectors.includes(s) ? element : null),
    getAttribute: () => null,
  };
  return element as unknown as HTMLElement;
}
const richTarget = (...args: Parameters<typeof fakeElement>): InsertTarget => ({ kind: 'rich', element: fakeElement(...args) });
const plan = (target: InsertTarget, payload = rich) => planRoutes(target, payload).map((s) => `${s.adapter.name}: ${s.attempt.route}`);

describe('the payload', () => {
  it('builds HTML only from escaped text: markup in a snippet arrives as text', () => {
    expect(rich.html).toBe('<p>第一段&lt;b&gt;&amp;</p><p>第二段</p>');
    expect(rich.text).toBe('第一段<b>&\n第二段');
  });
  it('plain: escaped lines joined by <br>, no paragraphs', () => {
    expect(buildPayload(['a<', 'b'], { format: 'plain', indent: false }).html).toBe('a&lt;<br>b');
  });
  it('首行缩进: the editor’s indent on each <p>, two full-width spaces in text and plain lines', () => {
    const indented = buildPayload(['一、总体情况', '　　已缩进的段落'], { format: 'rich', indent: true });
    expect(indented.html).toBe('<p style="text-indent:2em">一、总体情况</p><p style="text-indent:2em">已缩进的段落</p>');
    expect(indented.text).toBe('　　一、总体情况\n　　已缩进的段落');
    // Confirmation looks for the paragraphs as given: the indent is whitespace to it.
    expect(indented.paragraphs).toEqual(['一、总体情况', '　　已缩进的段落']);
    expect(buildPayload(['a<', 'b'], { format: 'plain', indent: true }).html).toBe('　　a&lt;<br>　　b');
  });
  it('首行缩进 for an editor that drops paragraph styles: full-width spaces inside plain <p>, never doubled', () => {
    const spaced = buildPayload(['一、总体情况', '　　已缩进的段落'], { format: 'rich', indent: true }, { by: 'spaces' });
    expect(spaced.html).toBe('<p>　　一、总体情况</p><p>　　已缩进的段落</p>');
    expect(spaced.text).toBe('　　一、总体情况\n　　已缩进的段落');
    expect(buildPayload(['a'], { format: 'rich', indent: false }, { by: 'spaces' }).html).toBe('<p>a</p>');
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
    expect(plan(richTarget(['[data-slate-editor]']))).toEqual([
      'slate: paste-plain',
      'slate: beforeinput-paste',
    ]);
  });
  it('Draft.js, Lexical, CKEditor 5: their paste route only', () => {
    expect(plan(richTarget(['.public-DraftEditor-content']))).toEqual(['draft: paste-html']);
    expect(plan(richTarget(['[data-lexical-editor]']))).toEqual(['lexical: paste-html']);
    expect(plan(richTarget(['.ck-editor__editable']))).toEqual(['ckeditor5: paste-html']);
  });
  it('Draft.js, Lexical, CKEditor 5, plain text: a text/plain paste, nothing after it', () => {
    const plain = buildPayload(['a'], { format: 'plain', indent: false });
    expect(plan(richTarget(['.public-DraftEditor-content']), plain)).toEqual(['draft: paste-plain']);
    expect(plan(richTarget(['[data-lexical-editor]']), plain)).toEqual(['lexical: paste-plain']);
    expect(plan(richTarget(['.ck-editor__editable']), plain)).toEqual(['ckeditor5: paste-plain']);
  });
  it('Editor.js (a block editor): its paste only, 首行缩进 as spaces — execCommand would put paragraphs inside one block', () => {
    expect(plan(richTarget(['.codex-editor']))).toEqual(['editorjs: paste-html']);
    expect(planRoutes(richTarget(['.codex-editor']), rich)[0]!.adapter.indentBy).toBe('spaces');
  });
  it('ProseMirror and Quill: their paste, then execCommand (they read the DOM change back)', () => {
    expect(plan(richTarget(['.ProseMirror']))).toEqual(['prosemirror: paste-html', 'prosemirror: execCommand']);
    expect(plan(richTarget(['.ql-editor']))).toEqual(['quill: paste-html', 'quill: execCommand']);
  });
  it('iframe editors with a page API: the API, then execCommand — never a synthetic paste (paste bins)', () => {
    expect(plan(richTarget(['.mce-content-body']))).toEqual(['tinymce: tinymce-api', 'tinymce: execCommand']);
    expect(plan(richTarget(['.cke_editable']))).toEqual(['ckeditor4: ckeditor4-api', 'ckeditor4: execCommand']);
    expect(plan(richTarget(['.ke-content']))).toEqual(['kindeditor: kindeditor-api', 'kindeditor: execCommand']);
  });
  it('Froala: its instance around the browser insertHTML (its paste split the line), then execCommand — never the generic paste', () => {
    expect(plan(richTarget(['.fr-element']))).toEqual(['froala: froala-api', 'froala: execCommand']);
  });
  it('Trumbowyg: its instance alone (it saves only what it copies itself); without it the panel copies', () => {
    expect(plan(richTarget(['.trumbowyg-editor']))).toEqual(['trumbowyg: trumbowyg-api']);
  });
  it('Vditor (WYSIWYG, instant rendering): execCommand at the caret alone (its paste puts paragraphs after the line); its Markdown source view: the generic chain', () => {
    expect(plan(richTarget(['.vditor-wysiwyg .vditor-reset']))).toEqual(['vditor: execCommand']);
    expect(plan(richTarget(['.vditor-ir .vditor-reset']))).toEqual(['vditor: execCommand']);
    expect(plan(richTarget(['.vditor-sv']))).toEqual(['contenteditable: generic-chain', 'contenteditable: execCommand']);
  });
  it('Trix: its own paste route alone (a <p> becomes a padded block there; execCommand would go behind its model)', () => {
    expect(plan(richTarget(['trix-editor']))).toEqual(['trix: trix-paste']);
  });
  it('an unknown editable: the generic chain in the page (paste → beforeinput → execCommand), then execCommand from here', () => {
    expect(plan(richTarget([]))).toEqual(['contenteditable: generic-chain', 'contenteditable: execCommand']);
    expect(plan(richTarget([]), buildPayload(['a'], { format: 'plain', indent: false }))).toEqual(['contenteditable: generic-chain', 'contenteditable: execCommand']);
  });
  it('text fields: execCommand insertText, then setRangeText', () => {
    const field = fakeElement([]) as unknown as HTMLTextAreaElement;
    expect(plan({ kind: 'text-field', element: field })).toEqual(['text-field: execCommand', 'text-field: setRangeText']);
  });
  it('text fields, many lines: setRangeText only (Chromium\'s insertText is quadratic in lines)', () => {
    const field = fakeElement([]) as unknown as HTMLTextAreaElement;
    const lines = (n: number) => buildPayload(Array.from({ length: n }, (_, i) => `第${i}段`), { format: 'rich', indent: false });
    expect(plan({ kind: 'text-field', element: field }, lines(200))).toEqual(['text-field: execCommand', 'text-field: setRangeText']);
    expect(plan({ kind: 'text-field', element: field }, lines(201))).toEqual(['text-field: setRangeText']);
    expect(plan({ kind: 'text-field', element: field }, buildPayload(['一\n'.repeat(300)], { format: 'rich', indent: false }))).toEqual(['text-field: setRangeText']);
  });
  it('UEditor (its iframe ueditor_N): its API, then execCommand', () => {
    expect(plan(richTarget([], { frame: { id: 'ueditor_0', className: '' } }))).toEqual(['ueditor: ueditor-api', 'ueditor: execCommand']);
  });
  it('document suites with a hidden input: one paste, nothing generic after it', () => {
    expect(plan(richTarget([], { frame: { id: '', className: 'docs-texteventtarget-iframe' } }))).toEqual(['hidden-input: paste-html']);
    expect(plan(richTarget([], { origin: 'https://docs.qq.com' }))).toEqual(['hidden-input: paste-html']);
    expect(plan(richTarget([], { origin: 'https://www.kdocs.cn' }))).toEqual(['hidden-input: paste-html']);
    expect(plan(richTarget(['.ProseMirror'], { origin: 'https://abc.feishu.cn' }))).toEqual(['feishu: paste-html']);
  });
  it('canvas suites are named to the panel by a code (their words are the panel\'s), a DOM suite not at all', () => {
    const site = (target: InsertTarget) => planRoutes(target, rich)[0]!.adapter.unverifiable?.(target);
    expect(site(richTarget([], { frame: { id: '', className: 'docs-texteventtarget-iframe' } }))).toBe('googleDocs');
    expect(site(richTarget([], { origin: 'https://docs.qq.com' }))).toBe('tencentDocs');
    expect(site(richTarget([], { origin: 'https://www.kdocs.cn' }))).toBe('kdocs');
    expect(site(richTarget(['.ProseMirror'], { origin: 'https://abc.feishu.cn' }))).toBeUndefined();
  });
});
