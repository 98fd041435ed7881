// A small flat-mode Chrome DevTools Protocol client over the browser's own WebSocket (127.0.0.1).
// Playwright does not see the real side panel while it opens, so the panel benchmarks attach to it
// here: browser-level auto-attach pauses each new side panel before its document exists, adds the
// measuring script, and resumes it — nothing in the extension changes.

/** The global WebSocket (Node ≥ 22, or Node 20 with --experimental-websocket). */
export function hasWebSocket() {
  return typeof globalThis.WebSocket === 'function';
}

export async function connectCdp(port) {
  const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const socket = new globalThis.WebSocket(version.webSocketDebuggerUrl);
  await new Promise((ok, fail) => {
    socket.addEventListener('open', ok, { once: true });
    socket.addEventListener('error', () => fail(new Error('CDP socket failed')), { once: true });
  });
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (!waiter) return;
      if (message.error) waiter.fail(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.ok(message.result);
      return;
    }
    for (const listener of listeners) listener(message);
  });
  const client = {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((ok, fail) => pending.set(id, { ok, fail, method }));
    },
    /** Calls `listener({method, params, sessionId})` for every event; returns a function that stops it. */
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Evaluates an expression in a session's page, awaiting a promise, with a user gesture. */
    async evaluate(sessionId, expression) {
      const { result, exceptionDetails } = await client.send(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true, userGesture: true },
        sessionId,
      );
      if (exceptionDetails) throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
    /**
     * Evaluates `expression` once the page's document has `ready` (an expression) true: the panel
     * may still be on its initial blank document, or navigating, when it is first found.
     */
    async evaluateWhenReady(sessionId, ready, expression, timeout = 15_000) {
      const until = Date.now() + timeout;
      for (;;) {
        try {
          if (await client.evaluate(sessionId, `Boolean(${ready})`)) return await client.evaluate(sessionId, expression);
        } catch (error) {
          if (!/context|navigat/i.test(String(error))) throw error;
        }
        if (Date.now() > until) throw new Error(`page not ready: ${ready}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close() {
      socket.close();
    },
  };
  return client;
}

/**
 * Watches for side panels opening: each new `other` target (a side panel starts as one) is held
 * at start, given `initScript`, and resumed. Resolves `next()` with {sessionId, targetId} of the
 * next one whose URL turns out to start with `panelUrl` (a prefix, or a list of them).
 */
export async function watchPanels(cdp, panelUrl, initScript) {
  const prefixes = [panelUrl].flat();
  const waiting = [];
  const ready = [];
  /** Run on the next panel's session before it is resumed (e.g. start the CPU profiler). */
  let beforeResume = null;
  cdp.on(async ({ method, params, sessionId }) => {
    if (method !== 'Target.attachedToTarget' || sessionId) return;
    const { sessionId: child, targetInfo, waitingForDebugger } = params;
    try {
      await cdp.send('Page.enable', {}, child);
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: initScript }, child);
      await cdp.send('Runtime.enable', {}, child);
    } catch {
      // Not a page (a worker or a utility target): nothing to add.
    }
    if (beforeResume && targetInfo.type === 'other') {
      await beforeResume(child).catch(() => undefined);
      beforeResume = null;
    }
    if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => undefined);
    // The URL is filled in once the panel navigates; check it after resuming.
    for (let i = 0; i < 100; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const info = targetInfos.find((t) => t.targetId === targetInfo.targetId);
      if (!info) return;
      if (prefixes.some((prefix) => info.url.startsWith(prefix))) {
        const found = { sessionId: child, targetId: targetInfo.targetId };
        const waiter = waiting.shift();
        if (waiter) waiter(found);
        else ready.push(found);
        return;
      }
      if (info.url && !info.url.startsWith('about:')) {
        await cdp.send('Target.detachFromTarget', { sessionId: child }).catch(() => undefined);
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
    filter: [{ type: 'other', exclude: false }, { exclude: true }],
  });
  return {
    beforeNextResume(fn) {
      beforeResume = fn;
    },
    next(timeout = 15_000) {
      const found = ready.shift();
      if (found) return Promise.resolve(found);
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error('the side panel did not open')), timeout);
        waiting.push((value) => {
          clearTimeout(timer);
          ok(value);
        });
      });
    },
  };
}
