// The page's context menu: 保存选中文字为片段 (the page title and address kept as its source) and
// 插入片段 → the favourite snippets, filled with this period's values, inserted where the user
// right-clicked. The favourites submenu follows the library live.
//
// Unfilled values: there is no panel here to show a fill form in, and a menu click that does
// nothing visible leaves an older user thinking the menu is broken. So a favourite that still
// lacks values says so in the menu itself before it is picked (「…」（还缺 2 个数值）), is inserted
// with its visible 【名称】 marks — the user sees in the text exactly what to fill — and the
// toolbar badge repeats it. A favourite that uses the sample library's invented figures says so
// the same way (「…」（含 2 个示例数值）), and so does the badge, since nothing in the text shows them.
import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { database } from '../../lib/db/database.ts';
import { currentPeriod, insertFormat, insertIndent } from '../../lib/db/settings.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { includedBy, loadFillIns } from '../../lib/db/fillIns.ts';
import { watchFavorites, type FavoriteEntry } from '../../lib/db/favorites.ts';
import { createSnippet, recordSnippetUse } from '../../lib/db/snippets.ts';
import { normaliseInsertParagraphs } from '../../lib/domain/insertText.ts';
import { paragraphsToHtml, paragraphsToText, type InsertLayout } from '../../lib/domain/paragraphs.ts';
import { literalTemplate, renderedParagraphs, renderTemplate, unfilledCount, unfilledOf } from '../../lib/domain/template/index.ts';
import type { InsertProblem } from '../../lib/messaging/protocol.ts';
import { insertInFrame } from '../../lib/panel/insertFromPanel.ts';

const SAVE = 'save-selection';
const INSERT = 'insert-favorite';
const ITEM = 'insert:';
const MAX_FAVORITES = 15;

/** Builds the menus and keeps the favourites submenu in step with the library. */
export function setUpContextMenus(): void {
  watchFavorites(database(), MAX_FAVORITES, (favorites) => void rebuild(favorites));
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
  // The e2e suite cannot open a native context menu; it calls the same handler from the worker's
  // own scope, which no web page can reach.
  (globalThis as { drafterContextMenuClick?: typeof onClicked }).drafterContextMenuClick = onClicked;
}

async function rebuild(favorites: readonly FavoriteEntry[]): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SAVE, title: i18n.t('contextMenu.saveSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: INSERT, title: i18n.t('contextMenu.insert'), contexts: ['editable'] });
  if (favorites.length === 0) {
    browser.contextMenus.create({ id: `${ITEM}none`, parentId: INSERT, title: i18n.t('contextMenu.noFavorites'), contexts: ['editable'], enabled: false });
  }
  for (const { snippet, unfilled, samples } of favorites) {
    const title = snippet.title.slice(0, 40);
    browser.contextMenus.create({
      id: `${ITEM}${snippet.id}`,
      parentId: INSERT,
      title: unfilled > 0 ? i18n.t('contextMenu.unfilledTitle', unfilled, { title }) : samples > 0 ? i18n.t('contextMenu.sampleTitle', samples, { title }) : title,
      contexts: ['editable'],
    });
  }
}

export async function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined) return;
  const frameId = info.frameId ?? 0;
  if (info.menuItemId === SAVE) await saveSelection(tab, frameId, info.selectionText ?? '');
  else if (typeof info.menuItemId === 'string' && info.menuItemId.startsWith(ITEM)) await insertFavorite(tab.id, frameId, info.menuItemId.slice(ITEM.length));
}

async function saveSelection(tab: Browser.tabs.Tab, frameId: number, fallback: string): Promise<void> {
  // selectionText flattens line breaks; the frame's own selection keeps the paragraphs.
  let text = fallback;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id!, frameIds: [frameId] }, func: () => getSelection()?.toString() ?? '' });
    if (typeof result?.result === 'string' && result.result.trim()) text = result.result;
  } catch {
    // A page scripts may not run in: the flattened text is still worth keeping.
  }
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (!body) return;
  const firstLine = body.split('\n')[0]!.trim();
  await createSnippet(database(), {
    title: firstLine.length > 24 ? `${firstLine.slice(0, 24)}…` : firstLine,
    // Saved as text, never as a template: a page can stretch the selection over hidden text such
    // as `{{某指标}}` (SECURITY.md). The user turns figures into slots in the editor if they choose.
    body: literalTemplate(body),
    role: 'other',
    folder: '网页摘录',
    tags: [],
    favorite: false,
    source: [tab.title, tab.url].filter(Boolean).join(' ').slice(0, 2000),
  });
  await flashBadge(tab.id!, '✓', i18n.t('contextMenu.saved'));
}

async function insertFavorite(tabId: number, frameId: number, snippetId: string): Promise<void> {
  const db = database();
  const snippet = await db.snippets.get(snippetId);
  if (!snippet || snippet.deletedAt !== null) return;
  const lookup = slotLookup(await loadMetricStore(db));
  const fillIns = await loadFillIns(db, includedBy([snippet.body]));
  const context = { ...fillIns, choices: fillIns.lastChoices[snippet.id], title: snippet.title };
  const rendered = renderTemplate(snippet.body, { ...context, period: await currentPeriod(db), lookup });
  // Normalised once, so the inserted and the copied text are the same (lib/domain/insertText.ts).
  const paragraphs = normaliseInsertParagraphs(renderedParagraphs(rendered));
  if (paragraphs.length === 0) return;
  const left = unfilledOf([rendered]);
  const unfilled = unfilledCount(left);
  const samples = left.samples.length;
  // 格式 and 首行缩进 as the panel's choices say (the library keeps them), so the menu inserts what
  // 插入 in the panel would.
  const layout: InsertLayout = { format: await insertFormat(db), indent: await insertIndent(db) };
  const result = await insertInFrame(tabId, frameId, paragraphs, layout);
  if (result.ok) {
    await recordSnippetUse(db, snippetId);
    if (unfilled > 0) await flashBadge(tabId, '!', i18n.t('contextMenu.insertedUnfilled', unfilled) + (samples > 0 ? i18n.t('unfilled.samplesAfterToo', samples) : ''));
    else if (samples > 0) await flashBadge(tabId, '!', i18n.t('contextMenu.insertedSamples', samples));
    return;
  }
  // No panel is open to copy from: the frame copies (extensions with clipboardWrite may).
  const copied = await copyInFrame(tabId, frameId, paragraphs, layout);
  const why = problemWords(result.problem);
  await flashBadge(tabId, copied ? '⎘' : '!', copied ? i18n.t('contextMenu.copied', { message: why }) : why);
}

/** Why the page refused, in words: as components/common/problemText.ts, which the background may not import. */
function problemWords(p: InsertProblem): string {
  const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, String(v)]));
  return (i18n.t as unknown as (key: string, substitutions?: Record<string, string>) => string)(`problem.${p.code}`, params);
}

async function copyInFrame(tabId: number, frameId: number, paragraphs: string[], layout: InsertLayout): Promise<boolean> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      args: [paragraphsToText(paragraphs, layout), paragraphsToHtml(paragraphs, layout)],
      func: (text: string, html: string) => {
        const onCopy = (event: ClipboardEvent) => {
          event.clipboardData?.setData('text/plain', text);
          event.clipboardData?.setData('text/html', html);
          event.preventDefault();
        };
        document.addEventListener('copy', onCopy, { capture: true, once: true });
        const done = document.execCommand('copy');
        document.removeEventListener('copy', onCopy, { capture: true });
        return done;
      },
    });
    return result?.result === true;
  } catch {
    return false;
  }
}

/** A short sign on the toolbar button (there is no panel to speak in), cleared after a while. */
async function flashBadge(tabId: number, text: string, title: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' });
    void action.setTitle({ tabId, title: i18n.t('app.actionTitle') });
  }, 6000);
}
