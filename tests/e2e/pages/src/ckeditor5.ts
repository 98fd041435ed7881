// CKEditor 5 classic editor (GPL build from npm). The model is read back with getData(). Bold is
// in, as in any editor a writer is given: it is what keeps a report's headings bold.
import { ClassicEditor, Essentials, Paragraph, Bold, Clipboard, Undo } from 'ckeditor5';
import { INITIAL_HTML, expose } from './_common.ts';

const editor = await ClassicEditor.create(document.querySelector('#editor') as HTMLElement, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Clipboard, Undo],
  toolbar: ['undo', 'redo', 'bold'],
  initialData: INITIAL_HTML,
});
expose(() => {
  const root = editor.model.document.getRoot()!;
  return Array.from(root.getChildren()).map((child) => {
    let text = '';
    for (const item of editor.model.createRangeIn(child as never).getItems()) if (item.is('$textProxy')) text += item.data;
    return text;
  });
});
