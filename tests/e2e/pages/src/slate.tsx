// Slate + slate-react + slate-history, read back from editor.children.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { INITIAL, expose } from './_common.ts';

const initial = INITIAL.map((text) => ({ type: 'paragraph', children: [{ text }] }) as Descendant);

function App() {
  const [editor] = useState(() => {
    const e = withHistory(withReact(createEditor()));
    expose(() => e.children.map((n) => Node.string(n)));
    return e;
  });
  return (
    <Slate editor={editor} initialValue={initial}>
      <Editable id="slate" renderElement={({ attributes, children }) => <p {...attributes}>{children}</p>} />
    </Slate>
  );
}
createRoot(document.querySelector('#editor')!).render(<App />);
