// Serves: Draft.js (Facebook) and editors built on it. Its paste handler turns text/html into
// content blocks in one EditorState change (one undo step). execCommand must never run here:
// React then loses track of the DOM and the editor breaks.
import { pasteOnlyAdapter } from './pasteOnlyAdapter.ts';

export const draftAdapter = pasteOnlyAdapter('draft', '.public-DraftEditor-content');
