// The ordered adapter registry. Order matters: site- and editor-specific adapters come before the
// generic ones, because a generic route can "succeed" in the DOM while the editor's own model
// never learns of it.
import type { EditorAdapter } from './adapter.ts';
import { contentEditableAdapter } from './contentEditableAdapter.ts';
import { textFieldAdapter } from './textFieldAdapter.ts';

export const ADAPTERS: readonly EditorAdapter[] = [textFieldAdapter, contentEditableAdapter];
