// The host permission for the one server the user set up, asked at runtime: the manifest declares
// http://*/* and https://*/* as optional only, so until the user saves a server (a click, which the
// browser needs to show its question) the extension may reach no address at all.
import { browser } from 'wxt/browser';

/** Must run inside the click's handler, before any other await (the browser wants the gesture). */
export function askForServer(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export function mayReachServer(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** A server given up: its permission goes too (an origin no setting names is no longer reachable). */
export async function forgetServer(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
