// Lexical 0.52 plain setup: rich text + history, read back from the editor state.
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { INITIAL, expose } from './_common.ts';

const editor = createEditor({ namespace: 'harness', onError: (e) => console.error(e) });
editor.setRootElement(document.querySelector('#editor') as HTMLElement);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
editor.update(
  () => {
    $getRoot()
      .clear()
      .append(...INITIAL.map((text) => $createParagraphNode().append($createTextNode(text))));
  },
  { tag: 'history-merge' },
);
expose(() => editor.getEditorState().read(() => $getRoot().getChildren().map((c) => c.getTextContent())));
