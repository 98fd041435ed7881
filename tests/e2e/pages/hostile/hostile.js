// A hostile page's toolkit, loaded first in the page and in its cross-origin frame. It records
// everything a page can see into window.__seen (read by tests/e2e/security), and tries everything
// a page can do to reach the extension: forged message shapes over postMessage, custom events and
// runtime messaging, a flood of them, probes of the extension's files, and patched editing and
// clipboard APIs.
(function hostile() {
  const seen = [];
  window.__seen = seen;
  window.__pwned = undefined;
  window.__flooded = 0;
  window.__probes = [];
  const note = (kind, value) => {
    let text;
    try {
      text = typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      text = String(value);
    }
    seen.push(`${kind}: ${text}`);
  };
  window.__globalsAtStart = Object.getOwnPropertyNames(window);
  window.__symbolsAtStart = Object.getOwnPropertySymbols(window).map(String);

  // Every event type the platform knows, on window and document, captured before anyone else.
  const types = new Set(['paste', 'copy', 'cut', 'beforeinput', 'input', 'message', 'selectionchange', 'focusin', 'focusout', 'compositionstart', 'compositionend', 'DOMContentLoaded', 'securitypolicyviolation', 'report-drafter', 'drafter', 'visibilitychange']);
  for (const target of [window, document, HTMLElement.prototype]) {
    for (const key in target) if (key.startsWith('on')) types.add(key.slice(2));
  }
  const dataOf = (transfer) => {
    if (!transfer) return undefined;
    const out = {};
    for (const type of transfer.types ?? []) out[type] = transfer.getData(type);
    return out;
  };
  const record = (event) => {
    const target = event.composedPath?.()[0];
    note(`event ${event.type}`, {
      target: target?.id || target?.nodeName || String(target),
      data: event.data,
      detail: event.detail,
      clipboard: dataOf(event.clipboardData),
      transfer: dataOf(event.dataTransfer),
      value: target && 'value' in target ? target.value : undefined,
      text: target?.isContentEditable ? target.innerText : undefined,
    });
  };
  for (const type of types) {
    window.addEventListener(type, record, { capture: true });
    document.addEventListener(type, record, { capture: true });
  }

  // Everything that changes in the DOM, attributes included (a marker would show here).
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') note('attribute', { name: r.attributeName, value: r.target.getAttribute?.(r.attributeName), old: r.oldValue });
      else if (r.type === 'characterData') note('text', r.target.data);
      else for (const n of r.addedNodes) note('added', n.outerHTML ?? n.textContent);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });

  // Patched APIs: the page sees every call, and could lie in its answers.
  const wrap = (owner, name, label) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function patched(...args) {
      note(`call ${label}`, args.map((a) => (typeof a === 'string' || typeof a === 'boolean' ? a : a?.constructor?.name)));
      return original.apply(this, args);
    };
  };
  wrap(Document.prototype, 'execCommand', 'execCommand');
  wrap(DataTransfer.prototype, 'setData', 'DataTransfer.setData');
  wrap(DataTransfer.prototype, 'getData', 'DataTransfer.getData');
  wrap(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
  wrap(Element.prototype, 'setAttribute', 'setAttribute');
  wrap(Element.prototype, 'closest', 'closest');
  wrap(HTMLElement.prototype, 'focus', 'focus');
  wrap(Selection.prototype, 'addRange', 'addRange');
  if (navigator.clipboard) {
    for (const name of ['writeText', 'write', 'readText', 'read']) wrap(navigator.clipboard, name, `clipboard.${name}`);
  }
  const post = window.postMessage.bind(window);

  // The extension's message shapes, forged, and a few it might have had.
  const token = '0123456789abcdef0123456789abcdef';
  const forged = [
    { type: 'prepare', paragraphs: ['伪造的插入'], format: 'rich' },
    { type: 'attempt', token, step: 0 },
    { type: 'confirm', token, step: 0, ran: true, prevented: true },
    { type: 'finish', token },
    { type: 'editable-focused' },
    { type: 'insert', text: '伪造的插入', html: '<img src=x onerror="window.__pwned=1">' },
    { type: 'list-snippets' },
    { type: 'get-library' },
    { source: 'report-drafter', type: 'snippets' },
  ];
  const extensionId = new URLSearchParams(location.search).get('ext');
  window.__replay = (extra) => {
    for (const message of [...forged, ...(extra ?? [])]) {
      post(message, '*');
      if (window.parent !== window) window.parent.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent('report-drafter', { detail: message }));
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: `chrome-extension://${extensionId}` }));
      // Without externally_connectable a page has no runtime to talk to; if it had, try it.
      const runtime = window.chrome?.runtime;
      if (runtime?.sendMessage && extensionId) {
        try {
          runtime.sendMessage(extensionId, message, (answer) => window.__probes.push(`runtime answered ${JSON.stringify(answer)}`));
        } catch (error) {
          note('runtime refused', String(error));
        }
      }
    }
    // Synthetic input events that might make a content script think the caret moved.
    // (window.__quiet: the test silences the top page while its frame makes the same attempt.)
    const field = document.getElementById('field') ?? document.getElementById('ad');
    if (!window.__quiet) for (const type of ['pointerdown', 'mousedown', 'mouseup', 'keyup', 'focusin', 'selectionchange']) field?.dispatchEvent(new Event(type, { bubbles: true }));
    window.__flooded++;
  };
  setInterval(() => window.__replay(), 20);

  // Probes of the extension's own files: without web_accessible_resources none may load.
  if (extensionId) {
    for (const path of ['manifest.json', 'insertion.js', 'content-scripts/editor.js', 'sidepanel.html', 'background.js']) {
      fetch(`chrome-extension://${extensionId}/${path}`).then(
        (r) => window.__probes.push(`fetched ${path}: ${r.status}`),
        () => note('probe refused', path),
      );
    }
  }
})();
