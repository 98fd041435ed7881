// Plain fields and the awkward places a caret can be: a React-controlled input, a textarea with
// maxlength, read-only and disabled fields, an editable inside an open shadow root, nested iframes.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __reactValue?: () => string;
    __ready?: boolean;
    __composing?: boolean;
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

// A srcdoc iframe inside a srcdoc iframe, the innermost body editable.
const outer = document.querySelector<HTMLIFrameElement>('#outer')!;
outer.srcdoc =
  '<!doctype html><body><p>外层</p><iframe id="inner" style="width:90%;height:120px" srcdoc="&lt;!doctype html&gt;&lt;body contenteditable=&quot;true&quot;&gt;&lt;p&gt;已有内容&lt;/p&gt;&lt;/body&gt;"></iframe></body>';
// What the page itself sees of an input method, so the test acts after the composition really ended.
document.addEventListener('compositionstart', () => (window.__composing = true), true);
document.addEventListener('compositionend', () => (window.__composing = false), true);
window.__ready = true;
