// Browsers without chrome.sidePanel (Chrome before 114, and the Chromium-based browsers of many
// office computers) get the same panel page in a narrow window of its own, docked at the right edge
// of the browser window. One such window at a time: the toolbar button brings it forward. Where the
// user moves or resizes it is remembered and used next time. Insertion still goes to the page the
// user writes in (lib/panel/insertFromPanel.ts: targetTab), never to this window.
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';

const WINDOW_KEY = 'panelWindowId'; // storage.session: the worker may be stopped between clicks
const BOUNDS_KEY = 'panelWindowBounds'; // storage.local: kept across browser restarts
/** What storage.local holds is checked: a damaged value means the default place, not a bad window. */
const PanelWindowBounds = z.object({ left: z.number().int(), top: z.number().int(), width: z.number().int().min(200), height: z.number().int().min(200) });
type PanelWindowBounds = z.infer<typeof PanelWindowBounds>;

/** About the side panel's usual width. */
const DEFAULT_WIDTH = 400;

async function openWindowId(): Promise<number | undefined> {
  const id = (await browser.storage.session.get(WINDOW_KEY))[WINDOW_KEY];
  if (typeof id !== 'number') return undefined;
  try {
    await browser.windows.get(id);
    return id;
  } catch {
    return undefined; // closed since
  }
}

/** The remembered place, or the right edge of the window the user was in. */
async function placeFor(from: Browser.windows.Window | undefined): Promise<PanelWindowBounds> {
  const saved = PanelWindowBounds.safeParse((await browser.storage.local.get(BOUNDS_KEY))[BOUNDS_KEY]);
  if (saved.success) return saved.data;
  const width = Math.min(DEFAULT_WIDTH, from?.width ?? DEFAULT_WIDTH);
  return {
    width,
    height: from?.height ?? 800,
    left: (from?.left ?? 0) + (from?.width ?? width) - width,
    top: from?.top ?? 0,
  };
}

export async function openPanelWindow(): Promise<void> {
  const existing = await openWindowId();
  if (existing !== undefined) {
    await browser.windows.update(existing, { focused: true });
    return;
  }
  const from = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const open = { url: browser.runtime.getURL('/sidepanel.html'), type: 'popup' as const, focused: true };
  const place = await placeFor(from);
  // The browser refuses a place mostly off the screen (a remembered one on a screen since
  // unplugged, a window wider than its screen): the window then opens at the browser's own place.
  const created = await browser.windows.create({ ...open, ...place }).catch(() => browser.windows.create({ ...open, width: place.width, height: place.height }));
  if (created?.id !== undefined) await browser.storage.session.set({ [WINDOW_KEY]: created.id });
}

/** Remembers where the user put the panel window. */
export function rememberPanelWindowBounds(): void {
  browser.windows.onBoundsChanged?.addListener((window) => {
    void (async () => {
      if (window.id === undefined || window.id !== (await openWindowId())) return;
      const bounds = PanelWindowBounds.safeParse({ left: window.left, top: window.top, width: window.width, height: window.height });
      if (bounds.success) await browser.storage.local.set({ [BOUNDS_KEY]: bounds.data });
    })();
  });
}
