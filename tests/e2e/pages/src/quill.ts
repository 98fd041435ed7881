// Quill 2: the model is its Delta; getText() is its plain reading, one line per paragraph.
import Quill from 'quill';
import { INITIAL, expose } from './_common.ts';

const quill = new Quill('#editor', { theme: undefined, modules: { history: { delay: 0 } } });
quill.setText(`${INITIAL.join('\n')}\n`);
quill.history.clear();
expose(() => quill.getText().replace(/\n$/, '').split('\n'));
