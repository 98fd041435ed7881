// Plain fields and the awkward places a caret can be: a React-controlled input, a textarea with
// maxlength, read-only and disabled fields, an editable inside an open shadow root, nested iframes.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __reactValue?: () => string;
    __ready?: boolean;
    __composing?: boolean;
    __closedParagraphs?: () => string[];
    __closedFirstParagraph?: () => { x: number; y: number };
  }
}

function Controlled() {
  const [value, setValue] = useState('');
  window.__reactValue = () => value;
  return <input id="react-input" aria-label="React 输入框" value={value} onChange={(e) => setValue(e.target.value)} />;
}
createRoot(document.querySelector('#react-root')!).render(<Controlled />);

const host = document.querySelector('#shadow-host')!;
const shadow = host.attachShadow({ mode: 'open' });
shadow.innerHTML = '<div id="shadow-editable" contenteditable="true" style="min-height:60px;border:1px solid #999"><p>已有内容</p></div>';

// A web component keeping its editable in a closed shadow root: only the page's own script (and an
// extension's content script) can see in; the test reads it through the page.
const closed = document.querySelector('#closed-host')!.attachShadow({ mode: 'closed' });
closed.innerHTML = '<div contenteditable="true" style="min-height:60px;border:1px solid #999"><p>已有内容</p></div>';
window.__closedParagraphs = () => [...closed.querySelectorAll('p')].map((p) => p.innerText);
window.__closedFirstParagraph = () => {
  const box = closed.querySelector('p')!.getBoundingClientRect();
  return { x: box.x + 4, y: box.y + box.height / 2 };
};

// A srcdoc iframe inside a srcdoc iframe, the innermost body editable.
const outer = document.querySelector<HTMLIFrameElement>('#outer')!;
outer.srcdoc =
  '<!doctype html><body><p>外层</p><iframe id="inner" style="width:90%;height:120px" srcdoc="&lt;!doctype html&gt;&lt;body contenteditable=&quot;true&quot;&gt;&lt;p&gt;已有内容&lt;/p&gt;&lt;/body&gt;"></iframe></body>';
// What the page itself sees of an input method, so the test acts after the composition really ended.
document.addEventListener('compositionstart', () => (window.__composing = true), true);
document.addEventListener('compositionend', () => (window.__composing = false), true);
window.__ready = true;
