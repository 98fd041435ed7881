// Tiptap 2 with StarterKit (paragraphs, history).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { INITIAL_HTML, expose } from './_common.ts';

const editor = new Editor({ element: document.querySelector('#editor')!, extensions: [StarterKit], content: INITIAL_HTML });
expose(() => (editor.getJSON().content ?? []).map((n) => (n.content ?? []).map((t) => t.text ?? '').join('')));
