// CKEditor 5's inline and decoupled (document) editors, the GPL build from npm: the editable is a
// <div> of the page (no classic frame around it), the decoupled one with its toolbar placed apart.
// Each read back from its model.
import { DecoupledEditor, Essentials, InlineEditor, Paragraph, Bold, Clipboard, Undo, type Editor } from 'ckeditor5';
import { INITIAL_HTML } from './_common.ts';

const config = { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Clipboard, Undo], toolbar: ['undo', 'redo', 'bold'], initialData: INITIAL_HTML };
const inline = await InlineEditor.create(document.querySelector('#inline') as HTMLElement, config);
const decoupled = await DecoupledEditor.create(document.querySelector('#decoupled') as HTMLElement, config);
document.querySelector('#toolbar')!.append(decoupled.ui.view.toolbar.element!);

const read = (editor: Editor) => () => ({
  paragraphs: Array.from(editor.model.document.getRoot()!.getChildren()).map((child) => {
    let text = '';
    for (const item of editor.model.createRangeIn(child as never).getItems()) if (item.is('$textProxy')) text += item.data;
    return text;
  }),
});
Object.assign(window, { __model: read(inline), __decoupledModel: read(decoupled), __ready: true });
