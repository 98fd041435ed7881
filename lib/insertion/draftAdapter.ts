// Serves: Draft.js (Facebook) and editors built on it. Its paste handler turns text/html into
// content blocks in one EditorState change (one undo step). execCommand must never run here:
// React then loses track of the DOM and the editor breaks.
import type { EditorAdapter } from './adapter.ts';
import { richMatches } from './detect.ts';

export const draftAdapter: EditorAdapter = {
  name: 'draft',
  final: true,
  handles: (target) => richMatches(target, '.public-DraftEditor-content'),
  attempts: (payload) => [{ route: payload.format === 'rich' ? 'paste-html' : 'paste-plain', world: 'main' }],
};
