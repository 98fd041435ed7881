// ProseMirror with the basic schema and the example setup (history, keymaps).
import { exampleSetup } from 'prosemirror-example-setup';
import { DOMParser as PMDOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { INITIAL_HTML, expose } from './_common.ts';

const source = document.createElement('div');
source.innerHTML = INITIAL_HTML;
const view = new EditorView(document.querySelector('#editor'), {
  state: EditorState.create({ doc: PMDOMParser.fromSchema(schema).parse(source), plugins: exampleSetup({ schema, menuBar: false }) }),
});
expose(() => {
  const out: string[] = [];
  view.state.doc.forEach((node) => out.push(node.textContent));
  return out;
});
