// Serves: Slate (slate-react) and editors built on it — wangEditor 5, Plate. They take a paste
// only when it carries text/plain alone (an HTML paste is left for a beforeinput the browser
// would fire, which a synthetic paste never brings), and split its lines into paragraphs through
// their own model, as one undo step. execCommand must never run here: it changes the DOM behind
// Slate's model. Fallback: beforeinput insertFromPaste, which slate-react handles itself.
import type { EditorAdapter } from './adapter.ts';
import { richMatches } from './detect.ts';

export const slateAdapter: EditorAdapter = {
  name: 'slate',
  final: true,
  lazySelection: true,
  handles: (target) => richMatches(target, '[data-slate-editor]'),
  attempts: () => [
    { route: 'paste-plain', world: 'main' },
    { route: 'beforeinput-paste', world: 'main' },
  ],
};
