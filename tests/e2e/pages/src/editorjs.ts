// Editor.js 2 (a block editor: each paragraph a contenteditable of its own). The model is what
// save() returns, one paragraph block each; save() is async, and page.evaluate awaits it.
import EditorJS from '@editorjs/editorjs';
import { INITIAL } from './_common.ts';

const editor = new EditorJS({ holder: 'editor', data: { blocks: INITIAL.map((text) => ({ type: 'paragraph', data: { text } })) } });
await editor.isReady;
const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
(window as unknown as { __model: () => Promise<{ paragraphs: string[] }> }).__model = async () => ({ paragraphs: (await editor.save()).blocks.map((b) => text(String(b.data.text))) });
window.__ready = true;
