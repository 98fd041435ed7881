// The adapter of an editor whose own paste handler is the whole route: recognised by a selector on
// the editable, it gets one synthetic paste from the page's world and nothing after it (final):
// a generic route there would change the DOM behind the editor's model, or do nothing.
import type { Attempt, EditorAdapter, InsertPayload } from './adapter.ts';
import { richMatches } from './detect.ts';

/** A paste from the page's world carrying text/html + text/plain, or text/plain alone for plain text. */
export const pasteAttempt = (payload: InsertPayload): Attempt => ({ route: payload.format === 'rich' ? 'paste-html' : 'paste-plain', world: 'main' });

export function pasteOnlyAdapter(name: string, selector: string, options: Pick<EditorAdapter, 'indentBy'> = {}): EditorAdapter {
  return {
    name,
    final: true,
    ...options,
    handles: (target) => richMatches(target, selector),
    attempts: (payload) => [pasteAttempt(payload)],
  };
}
