// Jodit 4 (a contenteditable div, its own history): the model is editor.value, read back as the
// text of its paragraphs.
import { Jodit } from 'jodit';
import 'jodit/es2021/jodit.min.css';
import { INITIAL_HTML, expose } from './_common.ts';

const editor = Jodit.make('#editor', { buttons: ['undo', 'redo', 'bold'], showXPathInStatusbar: false, askBeforePasteHTML: false, askBeforePasteFromWord: false });
editor.value = INITIAL_HTML;
editor.history.clear();
expose(() => [...new DOMParser().parseFromString(editor.value, 'text/html').body.children].map((p) => p.textContent ?? ''));
