// The ordered adapter registry. Order matters: site adapters first (they know the page better
// than any editor signature), then editors reached through their own API, then editors reached
// through the events they listen to, then the generic routes. An adapter marked final ends the
// chain: after it, a generic route could change the DOM behind the editor's model.
import type { Attempt, EditorAdapter, InsertPayload, InsertTarget } from './adapter.ts';
import { ckeditor4Adapter } from './ckeditor4Adapter.ts';
import { ckeditor5Adapter } from './ckeditor5Adapter.ts';
import { contentEditableAdapter } from './contentEditableAdapter.ts';
import { draftAdapter } from './draftAdapter.ts';
import { editorjsAdapter } from './editorjsAdapter.ts';
import { froalaAdapter } from './froalaAdapter.ts';
import { canvasSuitesAdapter, feishuAdapter } from './hiddenInputSitesAdapter.ts';
import { kindeditorAdapter } from './kindeditorAdapter.ts';
import { lexicalAdapter } from './lexicalAdapter.ts';
import { prosemirrorAdapter } from './prosemirrorAdapter.ts';
import { quillAdapter } from './quillAdapter.ts';
import { slateAdapter } from './slateAdapter.ts';
import { textFieldAdapter } from './textFieldAdapter.ts';
import { tinymceAdapter } from './tinymceAdapter.ts';
import { trixAdapter } from './trixAdapter.ts';
import { trumbowygAdapter } from './trumbowygAdapter.ts';
import { ueditorAdapter } from './ueditorAdapter.ts';
import { vditorAdapter } from './vditorAdapter.ts';

export const ADAPTERS: readonly EditorAdapter[] = [
  canvasSuitesAdapter,
  feishuAdapter,
  ueditorAdapter,
  ckeditor4Adapter,
  tinymceAdapter,
  kindeditorAdapter,
  froalaAdapter,
  trumbowygAdapter,
  ckeditor5Adapter,
  slateAdapter,
  lexicalAdapter,
  draftAdapter,
  prosemirrorAdapter,
  quillAdapter,
  editorjsAdapter,
  trixAdapter,
  vditorAdapter,
  textFieldAdapter,
  contentEditableAdapter,
];

/** The routes to try for a target, in order: each handling adapter's, up to the first final one. */
export function planRoutes(target: InsertTarget, payload: InsertPayload): { adapter: EditorAdapter; attempt: Attempt }[] {
  const steps: { adapter: EditorAdapter; attempt: Attempt }[] = [];
  for (const adapter of ADAPTERS) {
    if (!adapter.handles(target)) continue;
    for (const attempt of adapter.attempts(payload)) {
      // A route already tried would only be tried again: skip it.
      if (!steps.some((s) => s.attempt.route === attempt.route)) steps.push({ adapter, attempt });
    }
    if (adapter.final) break;
  }
  return steps;
}
