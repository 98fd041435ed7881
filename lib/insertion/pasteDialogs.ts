// Some rich editors answer a paste carrying HTML with a dialog of their own ("keep formatting /
// plain text") and insert only when a button in it is pressed. A synthetic paste of ours that
// such an editor took this way inserts nothing, so the next route inserts the text — and the
// dialog stays on the page, where the user's next click on it would insert the text a second
// time, or as literal markup. Dialogs that appear while a route runs are ours to remove when
// that route is not confirmed: the text then lands once, and no dialog is left.

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export interface DialogWatch {
  /** Removes the dialogs added since the watch began (and stops watching). */
  dismiss(): number;
  stop(): void;
}

/**
 * Whether an element that just appeared is (or holds) a dialog. Only what says it is one: a fixed
 * overlay with buttons could as well be an editor's floating toolbar, which must stay.
 */
function isDialog(element: Element): boolean {
  return element.matches(DIALOG) || element.querySelector(DIALOG) !== null;
}

export function watchDialogs(doc: Document): DialogWatch {
  const added: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.push(node as Element);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    dismiss() {
      for (const record of observer.takeRecords()) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.push(node as Element);
      observer.disconnect();
      let removed = 0;
      for (const element of added) {
        if (!element.isConnected || !isDialog(element)) continue;
        if (element instanceof HTMLDialogElement && element.open) element.close();
        element.remove();
        removed++;
      }
      return removed;
    },
    stop: () => observer.disconnect(),
  };
}
