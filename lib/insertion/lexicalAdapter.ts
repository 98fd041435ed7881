// Serves: Lexical (Meta) and editors built on it. A paste keeps the paragraphs (execCommand
// insertText would not), goes through Lexical's own update and becomes one history entry.
import { pasteOnlyAdapter } from './pasteOnlyAdapter.ts';

// Its paragraphs take no text-indent from pasted HTML; full-width spaces it keeps.
export const lexicalAdapter = pasteOnlyAdapter('lexical', '[data-lexical-editor]', { indentBy: 'spaces' });
