// Brings the static caret script into frames Chromium gave none: a frame whose document a
// javascript: URL wrote (lib/insertion/scriptlessFrames.ts says why). The background cannot name
// that frame — it has no frameId the page side can learn, and webNavigation would be one more
// permission — so the script goes into every frame of the tab, where a frame that already has
// its caret memory returns at once (entrypoints/caret.ts).

const running = new Map<number, { again: boolean }>();

/** Injects into every frame of the tab; requests arriving meanwhile make one more pass, not one each. */
export async function injectCaretMemory(tabId: number): Promise<void> {
  const current = running.get(tabId);
  if (current) {
    current.again = true;
    return;
  }
  const state = { again: true };
  running.set(tabId, state);
  try {
    while (state.again) {
      state.again = false;
      await browser.scripting
        .executeScript({ target: { tabId, allFrames: true }, files: ['/caret.js'], injectImmediately: true })
        .catch(() => undefined); // the tab closed or navigated to a page no extension may touch
    }
  } finally {
    running.delete(tabId);
  }
}
