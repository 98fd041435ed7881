// Serves: the online document suites that draw their text themselves and take typing through a
// hidden input — Google Docs (a contenteditable in iframe.docs-texteventtarget-iframe, which
// reads paste events' clipboardData), 腾讯文档 docs.qq.com and 金山文档 kdocs.cn / WPS (canvas
// pages with a hidden input that also receives paste events) — and 飞书 / Lark docs (DOM blocks,
// own model, paste handler).
// Route: a paste carrying text/html + text/plain dispatched from the page's world on the hidden
// input, the same event a Ctrl+V produces there. Never execCommand: it would type into the hidden
// input behind the document model. On the canvas suites the result cannot be observed from the
// DOM, so the panel also copies and tells the user to press Ctrl+V if nothing appeared. None of
// these sites can be reached from the test machine: the routes are unverified (README); the
// harness checks the Google Docs route against a model of its input iframe (pages/gdocs.html).
import type { HiddenInputSite } from '../messaging/protocol.ts';
import type { EditorAdapter, InsertTarget } from './adapter.ts';
import { hostFrame, siteHost } from './detect.ts';
import { pasteAttempt } from './pasteOnlyAdapter.ts';

/** The panel names the site in the user's language (problem.insert.unverifiable.<site> in locales/). */
const CANVAS_SUITES: { host: RegExp; site: HiddenInputSite }[] = [
  { host: /^docs\.google\.com$/, site: 'googleDocs' },
  { host: /(^|\.)docs\.qq\.com$/, site: 'tencentDocs' },
  { host: /(^|\.)(kdocs\.cn|wps\.cn|wps\.com)$/, site: 'kdocs' },
];
const DOM_SUITES = /(^|\.)(feishu\.cn|larksuite\.com|larkoffice\.com)$/;

function suiteOf(target: InsertTarget): HiddenInputSite | undefined {
  const doc = target.element.ownerDocument;
  // Google Docs is also recognised by its input iframe, wherever it is served (and in the harness).
  if (hostFrame(doc)?.classList.contains('docs-texteventtarget-iframe')) return 'googleDocs';
  const host = siteHost(doc);
  return CANVAS_SUITES.find((s) => s.host.test(host))?.site;
}

export const canvasSuitesAdapter: EditorAdapter = {
  name: 'hidden-input',
  final: true,
  handles: (target) => suiteOf(target) !== undefined,
  unverifiable: suiteOf,
  attempts: (payload) => [pasteAttempt(payload)],
};

export const feishuAdapter: EditorAdapter = {
  name: 'feishu',
  final: true,
  handles: (target) => target.kind === 'rich' && DOM_SUITES.test(siteHost(target.element.ownerDocument)),
  attempts: (payload) => [pasteAttempt(payload)],
};
