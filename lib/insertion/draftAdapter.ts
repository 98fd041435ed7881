// Serves: Draft.js (Facebook) and editors built on it. Its paste handler turns text/html into
// content blocks in one EditorState change (one undo step). execCommand must never run here:
// React then loses track of the DOM and the editor breaks.
import { pasteOnlyAdapter } from './pasteOnlyAdapter.ts';

// Draft's HTML conversion drops both text-indent and leading full-width spaces: 首行缩进 does
// not reach a Draft.js editor (the harness checks this, so a way that works will be noticed).
export const draftAdapter = pasteOnlyAdapter('draft', '.public-DraftEditor-content');
