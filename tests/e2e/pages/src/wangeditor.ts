// wangEditor 5 (Slate underneath), read back through its own API.
import { createEditor } from '@wangeditor/editor';
import { INITIAL, expose } from './_common.ts';

const editor = createEditor({ selector: '#editor', html: `<p>${INITIAL}</p>`, config: {}, mode: 'default' });
expose(() => editor.children.map((n) => ('children' in n ? (n.children as { text?: string }[]).map((t) => t.text ?? '').join('') : '')));
