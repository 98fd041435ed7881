// The harness's editors: where each page is, where its caret goes, and the route insertion must
// take there. editors.e2e.test.ts checks every row in a real browser (the route included); the
// README's editor table is rendered from these rows and a unit test keeps the two equal
// (tests/unit/insertion/editorsTable.test.ts).

export interface HarnessEditor {
  id: string;
  /** As named in the README. */
  label: string;
  /** The harness page under /pages/. */
  page: string;
  /** The iframe holding the editable, if any. */
  frame?: string;
  /** Where to click to put the caret in. */
  editable: string;
  /** adapter: route — what the panel records for a confirmed insertion (protocol LAST_INSERT_KEY). */
  route: string;
  /** How the route works, for the README. */
  how: string;
}

export const HARNESS_EDITORS: HarnessEditor[] = [
  { id: 'contenteditable', label: 'contenteditable', page: 'contenteditable.html', editable: '#editor', route: 'contenteditable: execCommand', how: '页面环境依次试 paste → beforeinput → execCommand insertHTML；此处生效的是 execCommand（浏览器撤销栈）' },
  { id: 'designmode', label: 'designMode iframe', page: 'designmode.html', frame: '#frame', editable: 'body', route: 'contenteditable: execCommand', how: 'execCommand insertHTML' },
  { id: 'ueditor', label: 'UEditor 1.4.3 (real)', page: 'ueditor.html', frame: '#ueditor_0', editable: 'body', route: 'ueditor: ueditor-api', how: "页面环境 UE.instants[…].execCommand('inserthtml')，编辑器自己的撤销；编辑区是 javascript: URL 写出的 iframe，浏览器不给它内容脚本，由父页发现后补注入" },
  { id: 'javascript-url', label: 'javascript: URL iframe（自己写入文档，contenteditable）', page: 'javascript-url.html', frame: '#frame', editable: 'body', route: 'contenteditable: execCommand', how: 'execCommand insertHTML；同上，内容脚本由父页发现后补注入' },
  { id: 'javascript-url-parent', label: 'javascript: URL iframe（父页写入，designMode）', page: 'javascript-url.html?parent-writes', frame: '#frame', editable: 'body', route: 'contenteditable: execCommand', how: 'execCommand insertHTML；同上（FCKeditor 一类的做法）' },
  { id: 'tinymce', label: 'TinyMCE 8', page: 'tinymce.html', frame: '.tox-edit-area iframe', editable: 'body', route: 'tinymce: tinymce-api', how: '页面环境 editor.insertContent()' },
  { id: 'ckeditor4', label: 'CKEditor 4.22', page: 'ckeditor4.html', frame: 'iframe.cke_wysiwyg_frame', editable: 'body', route: 'ckeditor4: ckeditor4-api', how: '页面环境 editor.insertHtml()' },
  { id: 'kindeditor', label: 'KindEditor 4.1', page: 'kindeditor.html', frame: 'iframe.ke-edit-iframe', editable: 'body', route: 'kindeditor: kindeditor-api', how: '页面环境 addBookmark + execCommand insertHTML + addBookmark（编辑器自己的撤销）' },
  { id: 'ckeditor5', label: 'CKEditor 5', page: 'ckeditor5.html', editable: '.ck-editor__editable', route: 'ckeditor5: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
  { id: 'quill', label: 'Quill 2', page: 'quill.html', editable: '.ql-editor', route: 'quill: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
  { id: 'prosemirror', label: 'ProseMirror', page: 'prosemirror.html', editable: '.ProseMirror', route: 'prosemirror: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
  { id: 'tiptap', label: 'Tiptap 2', page: 'tiptap.html', editable: '.ProseMirror', route: 'prosemirror: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
  { id: 'slate', label: 'Slate', page: 'slate.html', editable: '[data-slate-editor]', route: 'slate: paste-plain', how: '页面环境 paste 事件（只带 text/plain）' },
  { id: 'wangeditor', label: 'wangEditor 5', page: 'wangeditor.html', editable: '[data-slate-editor]', route: 'slate: paste-plain', how: '页面环境 paste 事件（只带 text/plain）' },
  { id: 'lexical', label: 'Lexical', page: 'lexical.html', editable: '#editor', route: 'lexical: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
  { id: 'draft', label: 'Draft.js', page: 'draft.html', editable: '.public-DraftEditor-content', route: 'draft: paste-html', how: '页面环境 paste 事件（text/html + text/plain）' },
];

/**
 * More editors, checked by moreEditors.e2e.test.ts with the caret partway along a paragraph and
 * 首行缩进 on, then off. A block editor keeps each pasted paragraph a block of its own, after the
 * one holding the caret, as its own Ctrl+V does; it has no undo.
 */
export interface MoreEditor extends HarnessEditor {
  indent: 'style' | 'spaces';
  kind: 'flow' | 'blocks';
}

export const MORE_EDITORS: MoreEditor[] = [
  { id: 'summernote', label: 'Summernote 0.9（lite，jQuery）', page: 'summernote.html', editable: '.note-editable', route: 'contenteditable: execCommand', how: '页面环境通用链（paste → beforeinput → execCommand insertHTML）；编辑器自己的撤销', indent: 'style', kind: 'flow' },
  { id: 'jodit', label: 'Jodit 4', page: 'jodit.html', editable: '.jodit-wysiwyg', route: 'contenteditable: execCommand', how: '同上', indent: 'style', kind: 'flow' },
  { id: 'editorjs', label: 'Editor.js 2（块编辑器）', page: 'editorjs.html', editable: '.codex-editor', route: 'editorjs: paste-html', how: '页面环境 paste 事件，每段成为一个新块，接在光标所在块之后（与它自己的 Ctrl+V 相同）；首行缩进用两个全角空格；Editor.js 没有撤销', indent: 'spaces', kind: 'blocks' },
];

/** The plain fields, tested on fields.html and the foundation's demo page. */
export const HARNESS_FIELDS: { label: string; route: string; how: string }[] = [
  { label: 'textarea', route: 'text-field: execCommand', how: 'execCommand insertText（浏览器撤销栈），其次 setRangeText（另发 input 和 change 事件）' },
  { label: 'input（含 React 受控输入框）', route: 'text-field: execCommand', how: '同上；段落以空格相连；maxlength 放不下时拒绝' },
  { label: 'open shadow root 里的 contenteditable', route: 'contenteditable: execCommand', how: 'execCommand insertHTML' },
  { label: '嵌套 iframe', route: 'contenteditable: execCommand', how: 'execCommand insertHTML，只插入光标所在的框架' },
  { label: 'closed shadow root 里的 contenteditable（网页组件）', route: 'contenteditable: execCommand', how: '网页自己看不进去，扩展的内容脚本能看到（chrome.dom.openOrClosedShadowRoot）；execCommand insertHTML' },
];

/** Sites this machine cannot reach: the route is implemented, not verified. */
export const UNVERIFIED_SITES: { label: string; how: string }[] = [
  {
    label: 'Google 文档',
    how: '在 docs-texteventtarget-iframe 的隐藏输入区派发 paste 事件；无法从 DOM 确认，所以同时复制并提示按 Ctrl+V（测试只针对按其结构写的模型页）',
  },
  { label: '腾讯文档', how: '在隐藏输入区派发 paste 事件；无法确认，同时复制并提示按 Ctrl+V' },
  { label: '金山文档 / WPS', how: '在隐藏输入区派发 paste 事件；无法确认，同时复制并提示按 Ctrl+V' },
  { label: '飞书 / Lark 文档', how: 'paste 事件（text/html + text/plain），从 DOM 确认；未确认时复制并提示按 Ctrl+V' },
];

export function renderEditorsTable(): string {
  const rows = [
    '| 编辑器 Editor | 状态 Status | 途径 Route |',
    '| --- | --- | --- |',
    ...HARNESS_FIELDS.map((f) => `| ${f.label} | ✅ 真实浏览器测试通过 | \`${f.route}\` — ${f.how} |`),
    ...THIRD_FIELDS.map((f) => `| ${f.label} | ✅ 真实浏览器测试通过 | \`${f.route}\` — ${f.how} |`),
    ...[...HARNESS_EDITORS, ...MORE_EDITORS, ...THIRD_EDITORS, ...FOURTH_EDITORS].map((e) => `| ${e.label} | ✅ 真实浏览器测试通过 | \`${e.route}\` — ${e.how} |`),
    ...UNVERIFIED_SITES.map((s) => `| ${s.label} | ⚠️ 未验证（测试环境无法访问） | ${s.how} |`),
  ];
  return [
    '每个编辑器都在真实的 Chromium 中、通过真实侧边栏的“插入”按钮测试：文字只出现一次、段落数正确、光标在插入内容之后、编辑器自己的数据（API 读回）包含它、按一次 Ctrl+Z 撤销、之后继续输入正常。',
    'Each editor is tested in real Chromium through the real side panel: text once, right paragraph count, caret after it, read back through the editor\'s own API, one Ctrl+Z undoes it, typing goes on.',
    '所有途径都失败时，自动复制（HTML + 纯文本）并提示按 Ctrl+V。When every route fails, the text is copied and the panel says to press Ctrl+V.',
    'Firefox 用同样的途径（页面环境的途径需要 Firefox 128 以上）；在真实 Firefox ESR 里只测了文本框和 contenteditable（见上面“支持哪些浏览器”），下表各编辑器只在 Chromium 中测过。Firefox takes the same routes (page-world ones need Firefox 128+); in a real Firefox ESR only a textarea and a contenteditable are tested; the editors below were tested in Chromium only.',
    '',
    ...rows,
  ].join('\n');
}

/**
 * The third round (thirdRound.e2e.test.ts): editors and page setups met in OA systems, webmail and
 * CMS back ends, with 首行缩进 off.
 */
export interface ThirdEditor extends HarnessEditor {
  /** The window function that reads the editor's model (default __model). */
  model?: string;
  /** The page is shown in host's iframe (frame), from another origin when otherOrigin is set. */
  host?: string;
  otherOrigin?: boolean;
  /** One Ctrl+Z takes the insertion away. */
  undo: boolean;
  /** Models of the page's other editors, which must stay as they were. */
  others?: string[];
  /** How 首行缩进 arrives (checked with the caret partway along a line), where it is checked. */
  indent?: 'style' | 'spaces';
}

/** Form fields of the third round, tested one by one in thirdRound.e2e.test.ts. */
export const THIRD_FIELDS: { label: string; route: string; how: string }[] = [
  { label: 'Vue 3 textarea（v-model、v-model.lazy，带字数统计）', route: 'text-field: execCommand', how: 'execCommand insertText 触发 input 事件，Vue 的数据随之更新；.lazy 在离开文本框时更新；超过 200 行的长文用 setRangeText，另发 input 和 change 事件（曾经 .lazy 收不到）' },
  { label: 'Vue 3 input（v-model.trim）', route: 'text-field: execCommand', how: '同上；段落以空格相连' },
  { label: '带字数统计、监听 input 事件的 textarea', route: 'text-field: execCommand', how: '页面自己的 input 处理记下内容和字数；撤销后也随之更新' },
];

export const THIRD_EDITORS: ThirdEditor[] = [
  { id: 'tinymce4', label: 'TinyMCE 4', page: 'tinymce-old.html?v=4', frame: '.mce-edit-area iframe', editable: 'body', route: 'tinymce: tinymce-api', how: '页面环境 editor.insertContent()', undo: true, indent: 'style' },
  { id: 'tinymce5', label: 'TinyMCE 5', page: 'tinymce-old.html?v=5', frame: '.tox-edit-area iframe', editable: 'body', route: 'tinymce: tinymce-api', how: '页面环境 editor.insertContent()', undo: true, indent: 'style' },
  { id: 'tinymce6', label: 'TinyMCE 6', page: 'tinymce-old.html?v=6', frame: '.tox-edit-area iframe', editable: 'body', route: 'tinymce: tinymce-api', how: '页面环境 editor.insertContent()', undo: true, indent: 'style' },
  { id: 'tinymce-inline', label: 'TinyMCE 8（inline，同页两个编辑器）', page: 'tinymce-inline.html', editable: '#second', route: 'tinymce: tinymce-api', how: '页面环境 editor.insertContent()，按光标所在的编辑区找实例（同一文档里的几个实例不会认错）', undo: true, indent: 'style', others: ['__firstModel'] },
  { id: 'ckeditor4-divarea', label: 'CKEditor 4.22（divarea，无 iframe）', page: 'ckeditor4-divarea.html', editable: '.cke_wysiwyg_div', route: 'ckeditor4: ckeditor4-api', how: '页面环境 editor.insertHtml()', undo: true, indent: 'spaces' },
  { id: 'ckeditor4-inline', label: 'CKEditor 4.22（inline，与 divarea 同页）', page: 'ckeditor4-divarea.html', editable: '#inline', model: '__inlineModel', route: 'ckeditor4: ckeditor4-api', how: '页面环境 editor.insertHtml()，按光标所在的编辑区找实例（曾插进同页的另一个编辑器）', undo: true, indent: 'spaces', others: ['__model'] },
  { id: 'ckeditor5-inline', label: 'CKEditor 5（inline）', page: 'ckeditor5-inline.html', editable: '#inline', route: 'ckeditor5: paste-html', how: '页面环境 paste 事件（text/html + text/plain）', undo: true, indent: 'spaces' },
  { id: 'ckeditor5-decoupled', label: 'CKEditor 5（decoupled）', page: 'ckeditor5-inline.html', editable: '#decoupled', model: '__decoupledModel', route: 'ckeditor5: paste-html', how: '同上', undo: true, indent: 'spaces' },
  { id: 'trix', label: 'Trix 2', page: 'trix.html', editable: 'trix-editor', route: 'trix: trix-paste', how: '页面环境 beforeinput insertFromPaste，段落以 div 块送入（Trix 把 p 段落当作外来块，前后各加空行）；首行缩进用两个全角空格；Trix 自己的撤销', undo: true, indent: 'spaces' },
  { id: 'squire', label: 'Squire 2', page: 'squire.html', editable: '#editor', route: 'contenteditable: paste-html', how: '页面环境通用链，Squire 接受 paste 事件', undo: true, indent: 'style' },
  { id: 'toastui', label: 'Toast UI Editor 3（所见即所得）', page: 'toastui.html', editable: '.toastui-editor-ww-container .ProseMirror', route: 'prosemirror: paste-html', how: '页面环境 paste 事件（text/html + text/plain）', undo: true, indent: 'spaces' },
  { id: 'medium-editor', label: 'medium-editor 5', page: 'medium-editor.html', editable: '#editor', route: 'contenteditable: paste-html', how: '页面环境通用链，medium-editor 接受 paste 事件', undo: true, indent: 'spaces' },
  { id: 'pell', label: 'pell 1', page: 'pell.html', editable: '.pell-content', route: 'contenteditable: execCommand', how: 'execCommand insertHTML（浏览器撤销栈）', undo: true, indent: 'style' },
  { id: 'plaintext-only', label: 'contenteditable="plaintext-only"', page: 'plaintext-only.html', editable: '#editor', route: 'contenteditable: execCommand', how: 'execCommand insertText', undo: true, indent: 'spaces' },
  { id: 'vue-editable', label: 'Vue 3 里的 contenteditable（@input 记下 HTML）', page: 'vue.html', editable: '#editable', route: 'contenteditable: execCommand', how: 'execCommand insertHTML', undo: true, indent: 'style' },
  { id: 'cross-origin', label: '另一来源 iframe 里的 contenteditable', page: 'contenteditable.html', host: 'cross-origin.html', otherOrigin: true, frame: '#frame', editable: '#editor', route: 'contenteditable: execCommand', how: 'execCommand insertHTML，只插入光标所在的框架', undo: true },
  { id: 'cross-origin-quill', label: '另一来源 iframe 里的 Quill 2', page: 'quill.html', host: 'cross-origin.html', otherOrigin: true, frame: '#frame', editable: '.ql-editor', route: 'quill: paste-html', how: '页面环境 paste 事件', undo: true },
];

/**
 * The fourth round (fourthRound.e2e.test.ts): older editors Chinese OA systems and sites still
 * carry. A snippet goes in between two words, a whole report at the start of a line; the editor's
 * own saved content is read back block by block.
 */
export interface FourthEditor extends HarnessEditor {
  /** One Ctrl+Z takes the insertion away. */
  undo: boolean;
  /** Headings arrive bold (the editor keeps HTML); else numbered plain lines. */
  bold: boolean;
}

export const FOURTH_EDITORS: FourthEditor[] = [
  { id: 'wangeditor4', label: 'wangEditor 4.7', page: 'wangeditor4.html', editable: '.w-e-text', route: 'contenteditable: paste-html', how: '页面环境通用链，wangEditor 4 接受 paste 事件；它自己的撤销', undo: true, bold: true },
  { id: 'trumbowyg', label: 'Trumbowyg 2.31（jQuery）', page: 'trumbowyg.html', editable: '.trumbowyg-editor', route: 'trumbowyg: trumbowyg-api', how: '页面环境 execCommand insertHTML，再由 Trumbowyg 自己把内容抄进表单提交的文本框（syncCode）：曾经显示已插入，表单却没存上', undo: true, bold: true },
  { id: 'froala', label: 'Froala 4.7（无授权，带提示条）', page: 'froala.html', editable: '.fr-element', route: 'froala: froala-api', how: '页面环境 execCommand insertHTML，前后各记一步 Froala 自己的撤销：它的粘贴曾把光标所在的一行从中断开', undo: true, bold: true },
  { id: 'trumbowyg-noconflict', label: 'Trumbowyg 2.31（页面交还了 jQuery：noConflict，无 window.jQuery）', page: 'trumbowyg.html?noconflict', editable: '.trumbowyg-editor', route: 'trumbowyg: trumbowyg-api', how: '同上；实例从 jQuery 存在元素上的数据里找，不靠 window.jQuery', undo: true, bold: true },
  { id: 'froala-bundled', label: 'Froala 4.7（打包进页面脚本，无 window.FroalaEditor）', page: 'froala.html?bundled', editable: '.fr-element', route: 'froala: froala-api', how: '同上；实例从 Froala 存在外框元素上的属性里找', undo: true, bold: true },
  { id: 'layedit', label: 'layui 2.6 layedit', page: 'layedit.html', frame: '.layui-layedit-iframe iframe', editable: 'body', route: 'contenteditable: execCommand', how: 'execCommand insertHTML', undo: true, bold: true },
  { id: 'quill1', label: 'Quill 1.3', page: 'quill1.html', editable: '.ql-editor', route: 'quill: execCommand', how: 'Quill 1 的粘贴要浏览器真的粘进隐藏区，合成的 paste 事件无效；execCommand insertHTML，Quill 从 DOM 读回，它自己的撤销', undo: true, bold: true },
  { id: 'vditor', label: 'Vditor 3.11（所见即所得，Markdown）', page: 'vditor.html', editable: '.vditor-wysiwyg .vditor-reset', route: 'vditor: execCommand', how: 'execCommand insertHTML（它读回的是编辑区）；它的粘贴曾把段落放到光标所在行之后；在测试中 Ctrl+Z 连手打的字也撤销不了，所以不测撤销', undo: false, bold: true },
  { id: 'vditor-ir', label: 'Vditor 3.11（即时渲染）', page: 'vditor.html?mode=ir', editable: '.vditor-ir .vditor-reset', route: 'vditor: execCommand', how: '同上', undo: false, bold: true },
  { id: 'vditor-sv', label: 'Vditor 3.11（分屏预览，编辑 Markdown 原文）', page: 'vditor.html?mode=sv', editable: '.vditor-sv', route: 'contenteditable: paste-html', how: '页面环境通用链，它的粘贴把各行放在光标处（execCommand 在这里会把段落连成一行，所以不用它）', undo: false, bold: false },
];
