// The routes that run in the page's own world, by name. The side panel injects one with
// scripting.executeScript({ world: 'MAIN', func, args }): the function receives only the text
// being inserted, and nothing in the page can call it — the page has no
// channel to trigger an insertion. Each function is self-contained (serialized by the browser).
import type { PageOutcome } from '../messaging/protocol.ts';
import { PAGE_ROUTE_NAMES, type PagePayload, type PageRouteName } from './adapter.ts';
import { ckeditor4PageRoute } from './ckeditor4Adapter.ts';
import { froalaPageRoute } from './froalaAdapter.ts';
import { kindeditorPageRoute } from './kindeditorAdapter.ts';
import { genericChainRoute, pageEventRoute } from './pageEvents.ts';
import { tinymcePageRoute } from './tinymceAdapter.ts';
import { trixPageRoute } from './trixAdapter.ts';
import { trumbowygPageRoute } from './trumbowygAdapter.ts';
import { ueditorPageRoute } from './ueditorAdapter.ts';


export const isPageRouteName = (name: string): name is PageRouteName => (PAGE_ROUTE_NAMES as readonly string[]).includes(name);

export function pageRoute(name: PageRouteName): { func: (...args: never[]) => PageOutcome | Promise<PageOutcome>; args: (p: PagePayload) => unknown[] } {
  switch (name) {
    case 'paste-html':
    case 'paste-plain':
    case 'beforeinput-paste':
      return { func: pageEventRoute, args: (p) => [p, name] };
    case 'generic-chain':
      return { func: genericChainRoute, args: (p) => [p] };
    case 'ueditor-api':
      return { func: ueditorPageRoute, args: (p) => [p] };
    case 'ckeditor4-api':
      return { func: ckeditor4PageRoute, args: (p) => [p] };
    case 'tinymce-api':
      return { func: tinymcePageRoute, args: (p) => [p] };
    case 'kindeditor-api':
      return { func: kindeditorPageRoute, args: (p) => [p] };
    case 'trix-paste':
      return { func: trixPageRoute, args: (p) => [p] };
    case 'froala-api':
      return { func: froalaPageRoute, args: (p) => [p] };
    case 'trumbowyg-api':
      return { func: trumbowygPageRoute, args: (p) => [p] };
  }
}
