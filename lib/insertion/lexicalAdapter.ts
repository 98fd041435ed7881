// Serves: Lexical (Meta) and editors built on it. A paste keeps the paragraphs (execCommand
// insertText would not), goes through Lexical's own update and becomes one history entry.
import type { EditorAdapter } from './adapter.ts';
import { richMatches } from './detect.ts';

export const lexicalAdapter: EditorAdapter = {
  name: 'lexical',
  final: true,
  handles: (target) => richMatches(target, '[data-lexical-editor]'),
  attempts: (payload) => [{ route: payload.format === 'rich' ? 'paste-html' : 'paste-plain', world: 'main' }],
};
