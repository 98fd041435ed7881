// document.open() — how UEditor, KindEditor and FCKeditor-style editors fill their iframes —
// erases every event listener of the document and of its window, a content script's included.
// It also replaces the document's children, which a MutationObserver (not erased) sees: the
// listeners are added again then. addEventListener ignores a listener already registered, so
// `listen` may run any number of times.
export function keepListening(doc: Document, listen: () => void): void {
  listen();
  new MutationObserver(listen).observe(doc, { childList: true });
}
