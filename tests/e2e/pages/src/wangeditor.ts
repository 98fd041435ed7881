// wangEditor 5 (Slate underneath), read back through its own API.
import { createEditor } from '@wangeditor/editor';
import { INITIAL_HTML, expose } from './_common.ts';

const editor = createEditor({ selector: '#editor', html: INITIAL_HTML, config: {}, mode: 'default' });
expose(() => editor.children.map((n) => ('children' in n ? (n.children as { text?: string }[]).map((t) => t.text ?? '').join('') : '')));
