// The shape every editor adapter has. An adapter claims the editors it knows (by what it sees in
// the DOM of the frame holding the caret) and lists the routes to try there, in order. A route runs
// either in the content script's isolated world or — when it needs the page's own objects or
// events the page must see as its own (Firefox hands content-script events an empty DataTransfer)
// — in the page's world, injected by the side panel with scripting.executeScript. Every route is
// confirmed by reading the content afterwards (confirm.ts), never assumed.
import type { HiddenInputSite } from '../messaging/protocol.ts';
import type { TextField } from './editable.ts';

export interface InsertPayload {
  paragraphs: string[];
  /** Paragraphs joined with line breaks. */
  text: string;
  /** Paragraphs as escaped <p> elements (rich), or escaped lines joined by <br> (plain). */
  html: string;
  format: 'rich' | 'plain';
  /**
   * The caret stands partway along a line (lineStart.ts): the first paragraph continues it. An
   * editor whose insert call makes a leading <p> a paragraph of its own gets that one unwrapped.
   */
  continuesLine?: boolean;
}

export type InsertTarget = { kind: 'text-field'; element: TextField } | { kind: 'rich'; element: HTMLElement };

/** Names of the routes that run in the page's world (see pageRoutes.ts). */
export const PAGE_ROUTE_NAMES = [
  'paste-html',
  'paste-plain',
  'beforeinput-paste',
  'generic-chain',
  'ueditor-api',
  'ckeditor4-api',
  'tinymce-api',
  'kindeditor-api',
  'trix-paste',
  'froala-api',
  'trumbowyg-api',
] as const;
export type PageRouteName = (typeof PAGE_ROUTE_NAMES)[number];

export type Attempt =
  | { route: string; world: 'isolated'; run(target: InsertTarget, payload: InsertPayload): void }
  | { route: PageRouteName; world: 'main' };

export interface EditorAdapter {
  /** Named in the answer to the panel and in the README's editor table. */
  readonly name: string;
  handles(target: InsertTarget): boolean;
  attempts(payload: InsertPayload): Attempt[];
  /**
   * No generic route may follow this adapter's routes: on these editors the generic routes are
   * known to change the DOM behind the editor's model (Slate, Draft.js) or to do nothing.
   */
  readonly final?: boolean;
  /**
   * The editor filters the HTML it is given down to its own schema and drops a paragraph's style,
   * so 首行缩进 goes in as two full-width spaces instead of text-indent (lib/domain/paragraphs.ts).
   */
  readonly indentBy?: 'spaces';
  /**
   * The editor copies the DOM selection into its model on a timer (slate-react throttles it,
   * wangEditor debounces it): a route must wait until the caret has been still that long.
   */
  readonly lazySelection?: boolean;
  /**
   * Names the site when the editor draws its text itself (canvas) and keeps only a hidden input
   * in the DOM: an insertion there cannot be observed, so the panel also copies and says so.
   */
  unverifiable?(target: InsertTarget): HiddenInputSite | undefined;
}

/**
 * The payload a page-world route receives: only what is being inserted. It finds its target as a
 * real paste would, at the focused element, where the content script has just put the caret back:
 * nothing of ours is ever written into the page's DOM (no marker attribute, not even briefly).
 */
export type PagePayload = InsertPayload;
