// Errors of work nobody awaits (background slices, modules loaded after the first paint) are
// reported as an uncaught error would be — the page's `error` event and the console — instead of
// vanishing in a promise. Test environments without reportError get the console.
export function report(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}
