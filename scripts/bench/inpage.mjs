// Functions that run inside the browser (the panel, an extension page, the web page). They are
// sent as source text, so each is self-contained: no closures over this module.
/* global window, document, indexedDB, requestAnimationFrame, requestIdleCallback, MutationObserver, HTMLInputElement */

/** Source text that calls `fn` with JSON arguments, for CDP Runtime.evaluate. */
export const call = (fn, ...args) => `(${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')})`;

/**
 * Added to every side panel before its document runs (CDP init script): resolves
 * `window.__benchOpen` once the snippet list has its first item and the search box exists, with
 * when that was (DOM) and when the frame after it was produced (frame), in the panel's clock; and
 * `window.__benchComplete` once the list is the whole library (its rows say aria-setsize = total).
 */
export function panelInitScript(total) {
  if (window.__benchOpen) return;
  let opened;
  let completed;
  window.__benchOpen = new Promise((resolve) => (opened = resolve));
  window.__benchComplete = new Promise((resolve) => (completed = resolve));
  const afterFrame = (resolve, dom, extra) =>
    requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now(), origin: performance.timeOrigin, ...extra }), 0));
  let open = false;
  const observer = new MutationObserver(() => {
    if (!open && document.querySelector('#snippet-list li button') && document.querySelector('input[type=search]')) {
      open = true;
      afterFrame(opened, performance.now(), { items: document.querySelectorAll('#snippet-list li').length });
    }
    if (open && document.querySelector(`#snippet-list li[aria-setsize="${total}"]`)) {
      observer.disconnect();
      window.__benchIsComplete = true;
      afterFrame(completed, performance.now(), {});
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-setsize'] });
}

/** The floor: open the database and getAll the same rows the panel needs, in one transaction. */
export async function rawRead(stores) {
  const t0 = performance.now();
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('report-drafter');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const tx = db.transaction(stores, 'readonly');
  const counts = {};
  for (const store of stores) {
    const request = tx.objectStore(store).getAll();
    request.onsuccess = () => (counts[store] = request.result.length);
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  const time = performance.now() - t0;
  db.close();
  return { time, counts };
}

/** Replaces every row of the extension's database (opened at the version Dexie created). */
export async function replaceRows(data) {
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('report-drafter');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) tx.objectStore(store).clear();
  for (const [store, rows] of Object.entries(data)) {
    const os = tx.objectStore(store);
    for (const row of rows) os.put(row);
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  const check = db.transaction(Object.keys(data), 'readonly');
  const counts = {};
  for (const store of Object.keys(data)) {
    const request = check.objectStore(store).count();
    request.onsuccess = () => (counts[store] = request.result);
  }
  await new Promise((ok) => (check.oncomplete = ok));
  db.close();
  return { stores, counts };
}

/**
 * Types each query into the panel's search box as a React-visible input event and times it:
 * `sync` until dispatchEvent returns, `dom` until the first change under <main> (React's commit),
 * `frame` until the frame after it has been produced (requestAnimationFrame, then a task).
 */
/**
 * A click into the search box before typing, as a user's: focus, then the time a hand takes from
 * the click to the first key (at least a quarter of a second), which the panel may use.
 */
export async function clickIntoSearch(pauseMs) {
  const input = document.querySelector('input[type=search]');
  input.blur();
  input.focus();
  await new Promise((r) => setTimeout(r, pauseMs));
  return document.activeElement === input;
}

export async function typeQueries(queries) {
  const input = document.querySelector('input[type=search]');
  const main = document.querySelector('main') ?? document.body;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  for (const query of queries) {
    let dom = null;
    const observer = new MutationObserver(() => (dom ??= performance.now()));
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const t0 = performance.now();
    setValue.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const sync = performance.now();
    await nextFrame();
    const end = performance.now();
    observer.disconnect();
    out.push({ query, sync: sync - t0, dom: (dom ?? end) - t0, frame: end - t0, items: document.querySelectorAll('#snippet-list li button').length, complete: window.__benchIsComplete === true });
  }
  return out;
}

/**
 * SearchIndex.search alone, in this realm (the bundle defined globalThis.__bench): the library
 * read from IndexedDB as the panel lists it, the index built, then each query timed `reps` times.
 */
export async function timeSearchIndex(queries, reps) {
  const bench = window.__bench;
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('report-drafter');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const snippets = await new Promise((ok) => {
    const request = db.transaction('snippets').objectStore('snippets').getAll();
    request.onsuccess = () => ok(request.result);
  });
  db.close();
  const live = snippets.filter((s) => s.deletedAt === null).sort((a, b) => b.updatedAt - a.updatedAt);
  let t0 = performance.now();
  const index = bench.makeIndex(live);
  const build = performance.now() - t0;
  t0 = performance.now();
  index.search(queries[0]);
  const firstQuery = performance.now() - t0;
  const times = [];
  for (let r = 0; r < reps; r++) {
    for (const query of queries) {
      t0 = performance.now();
      index.search(query);
      times.push(performance.now() - t0);
    }
  }
  return { size: live.length, build, firstQuery, times, hits: queries.map((q) => index.search(q).length) };
}

/**
 * In the panel: selects the snippet titled `title`, resolves when its 插入 button is enabled. The
 * button is found by its place (the detail's primary action), not its words: a Chromium without
 * Chinese locale files shows the panel in English.
 */
export async function selectSnippet(title) {
  const until = performance.now() + 10_000;
  for (;;) {
    const button = [...document.querySelectorAll('#snippet-list li button')].find((b) => b.querySelector('.title')?.textContent === title);
    if (button) {
      if (!button.classList.contains('selected')) button.click();
      const insert = document.querySelector('article.detail .actions button.primary');
      if (insert && !insert.disabled) return true;
    }
    if (performance.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * In the panel, once it is idle (a user does not click again within milliseconds of the last
 * insert, while the panel is still taking in the new use count): clicks 插入 and returns the
 * absolute time of the click; `__benchInserted` resolves when the button is enabled again.
 */
export async function clickInsert() {
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  const insert = document.querySelector('article.detail .actions button.primary');
  window.__benchInserted = new Promise((resolve) => {
    let busy = false;
    const observer = new MutationObserver(() => {
      busy ||= insert.disabled;
      if (busy && !insert.disabled) {
        observer.disconnect();
        resolve({ at: performance.timeOrigin + performance.now(), status: document.body.textContent.match(/(已插入[^。]*。|[^。]*已复制[^。]*。|Inserted [^.]*\.|Copied [^.]*\.)/)?.[0] ?? '' });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const at = performance.timeOrigin + performance.now();
  insert.click();
  return at;
}

/**
 * In the panel: the extension API round trips an insert is made of, each timed alone (median of
 * 5): finding the tab, reading the stored frame, injecting the insertion script, one message.
 */
export async function timeHops(pageUrl) {
  const api = globalThis.chrome;
  const [tab] = (await api.tabs.query({})).filter((t) => t.url === pageUrl);
  const time = async (fn) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2];
  };
  return {
    'tabs.query': await time(() => api.tabs.query({ active: true, currentWindow: true })),
    'storage.session.get': await time(() => api.storage.session.get('x')),
    'scripting.executeScript(insertion.js)': await time(() => api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['insertion.js'] })),
    'scripting.executeScript(MAIN world, no-op)': await time(() => api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, world: 'MAIN', func: () => 0 })),
    'tabs.sendMessage (ignored message)': await time(() => api.tabs.sendMessage(tab.id, { type: 'bench-ignored' }, { frameId: 0 }).catch(() => undefined)),
  };
}
