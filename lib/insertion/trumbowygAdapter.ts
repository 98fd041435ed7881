// Serves: Trumbowyg 2 (div.trumbowyg-editor, a jQuery plugin). It copies its editable into the
// textarea the form posts (and its html() call reads) only on its own keyup, paste or toolbar
// events: text the browser's insertHTML put in was shown but not saved, and the panel said
// 已插入. The route inserts the same way (the browser's undo stack: one Ctrl+Z) and then has
// Trumbowyg copy the editable into its textarea and announce the change (tbwchange), as its own
// toolbar does.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { richMatches } from './detect.ts';

export const trumbowygAdapter: EditorAdapter = {
  name: 'trumbowyg',
  handles: (target) => richMatches(target, '.trumbowyg-editor'),
  // Without the instance, nothing else saves what goes in: copying is the honest answer.
  final: true,
  attempts: () => [{ route: 'trumbowyg-api', world: 'main' }],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function trumbowygPageRoute(p: PagePayload): PageOutcome {
  type Instance = { $ed?: ArrayLike<Element>; syncCode(force?: boolean): void; $c?: { trigger(name: string): void } };
  const active = document.activeElement;
  const box = active?.closest('.trumbowyg-box');
  if (!active || !box) return { ran: false, prevented: false };
  // The plugin keeps its instance in jQuery's data on the element it was called on (the editable
  // itself, or the textarea it replaced, both in the box). jQuery keeps that data in a property of
  // the element named after its own copy (jQuery3.7.1…), so it is found with no window.jQuery: OA
  // pages often load jQuery with noConflict(true), or two copies of it.
  const instance = [box, ...box.querySelectorAll('*')]
    .flatMap((el) => Object.keys(el).filter((key) => key.startsWith('jQuery')).map((key) => (el as unknown as Record<string, { trumbowyg?: Instance } | undefined>)[key]?.trumbowyg))
    .find((t) => t?.$ed?.[0] && (t.$ed[0] === active || t.$ed[0].contains(active)));
  if (!instance) return { ran: false, prevented: false };
  document.execCommand(p.format === 'rich' ? 'insertHTML' : 'insertText', false, p.format === 'rich' ? p.html : p.text);
  instance.syncCode();
  instance.$c?.trigger('tbwchange');
  return { ran: true, prevented: true };
}
