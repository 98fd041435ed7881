// Toast UI Editor 3 in its WYSIWYG mode (ProseMirror inside), read back with getHTML().
import Editor from '@toast-ui/editor';
import { expose } from './_common.ts';

const editor = new Editor({ el: document.querySelector('#editor') as HTMLElement, height: '300px', initialEditType: 'wysiwyg', hideModeSwitch: true, usageStatistics: false, initialValue: '已有内容\n\n结尾' });
// Its undo history holds the initial content, and groups with it an edit made within half a second
// (ProseMirror's newGroupDelay): a Ctrl+Z then empties the editor. No writer inserts that fast; a
// test would, so the page is ready once that half second has passed.
setTimeout(() => expose(() => [...new DOMParser().parseFromString(editor.getHTML(), 'text/html').body.children].map((p) => p.textContent ?? '')), 600);
