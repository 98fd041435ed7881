// Draft.js 0.11 with React, read back from the EditorState's blocks.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { INITIAL, expose } from './_common.ts';

function App() {
  const [state, setState] = useState(() => EditorState.createWithContent(ContentState.createFromText(INITIAL.join('\n'))));
  const latest = useRef(state);
  latest.current = state;
  if (!window.__ready) expose(() => latest.current.getCurrentContent().getBlocksAsArray().map((b) => b.getText()));
  return <Editor editorState={state} onChange={setState} />;
}
createRoot(document.querySelector('#editor')!).render(<App />);
