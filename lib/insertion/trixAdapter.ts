// Serves: Trix 2 (<trix-editor>, Basecamp's editor behind Rails Action Text). It takes a paste
// through beforeinput insertFromPaste into its own document model and undo ("Paste" entry), but
// reads a <p> as a foreign block and pads it with line breaks — every paragraph would arrive
// between blank lines. A <div> is its own block: the page-world route sends the paragraphs as
// <div>s. Its model keeps no paragraph style: 首行缩进 goes in as full-width spaces, which it
// squeezes into one plain space unless the block is marked pre-wrap (a style it then drops). Final:
// execCommand would change its DOM behind the model, which Trix then renders over.
import type { PageOutcome } from '../messaging/protocol.ts';
import type { EditorAdapter, PagePayload } from './adapter.ts';
import { richMatches } from './detect.ts';

export const trixAdapter: EditorAdapter = {
  name: 'trix',
  indentBy: 'spaces',
  final: true,
  handles: (target) => richMatches(target, 'trix-editor'),
  attempts: () => [{ route: 'trix-paste', world: 'main' }],
};

/** Page world, in the frame holding the caret. Self-contained: serialized by executeScript. */
export function trixPageRoute(p: PagePayload): PageOutcome {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const editor = active?.closest('trix-editor');
  if (!editor) return { ran: false, prevented: false };
  const data = new DataTransfer();
  // Only our own escaped paragraphs are rewritten: <p …> and </p> are the only tags they open with.
  if (p.format === 'rich') data.setData('text/html', p.html.replace(/<p\b[^>]*>/g, '<div style="white-space:pre-wrap">').replace(/<\/p>/g, '</div>'));
  data.setData('text/plain', p.text);
  const event = new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return { ran: true, prevented: event.defaultPrevented };
}
