import { defineConfig } from 'wxt';

/**
 * The oldest browsers the extension runs in, from what the code uses without a fallback: the
 * style sheets' :has() (Chrome 105); storage.session needs 102. chrome.sidePanel (114) has a
 * fallback, a panel window. The table, and the check that the code keeps to it:
 * tests/unit/repository/browserSupport.test.ts.
 */
export const MINIMUM_CHROME = 105;
export const MINIMUM_FIREFOX = 115;

/**
 * Everything the side panel runs before its first screen goes into the one file the page loads.
 * Left to itself the bundler split out each small module that a later view shares with the first
 * screen (eight files): each is one more request the panel waits for before it can paint. Only the
 * page build is split (the scripts are single files that cannot be).
 */
const panelStartInOneFile = {
  name: 'panel-start-in-one-file',
  outputOptions(output: { format?: string; codeSplitting?: unknown }) {
    if (output.format !== 'es' || output.codeSplitting === false) return null;
    const splitting = typeof output.codeSplitting === 'object' ? output.codeSplitting : {};
    return { ...output, codeSplitting: { ...splitting, groups: [{ name: 'panel-start', tags: ['$initial' as const] }] } };
  },
};

// The manifest is generated from this file and from each entrypoint's own options.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // A separate output folder lets two e2e runs (or an e2e run and `npm start`) build side by side.
  outDir: process.env.DRAFTER_OUT_DIR || '.output',
  vite: ({ browser }) => ({
    // Syntax is lowered to what the oldest supported browser reads (Vite's default is newer).
    build: { target: browser === 'firefox' ? `firefox${MINIMUM_FIREFOX}` : `chrome${MINIMUM_CHROME}` },
    plugins: [panelStartInOneFile],
  }),
  manifest: ({ browser }) => ({
    // Texts live in locales/*.yml (@wxt-dev/i18n): Chinese first, English when the browser speaks it.
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'zh_CN',
    permissions: [
      'storage', // chrome.storage.session: which frame of a tab holds the caret
      'unlimitedStorage', // a year of snippets and metric notes in IndexedDB
      'clipboardWrite', // the fallback when an editor refuses insertion
      // Insertion code is injected on demand into the one frame holding the caret, and some routes
      // run in the page's own world (an editor's API, events the page must see as its own); this
      // keeps the static content script in every frame small (entrypoints/caret.ts).
      'scripting',
      'contextMenus', // 保存选中文字为片段, and 插入片段 with the favourites
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // executeScript needs host access to the page being written in. The static content script
    // already matches <all_urls>, so this adds no new install warning; activeTab alone would be
    // lost as soon as the user navigates after opening the panel.
    host_permissions: ['<all_urls>'],
    // 单位共享 (components/team/): the one WebDAV server the user sets up is asked for at runtime, by
    // its origin, when they save it (lib/team/permission.ts). Declared as optional only: nothing is
    // granted at install, and the extension reaches no server until a user saves one. Firefox's
    // manifest version 2 lists optional hosts among optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['http://*/*', 'https://*/*'] } : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // The caret memory, in every frame from the start (entrypoints/caret.ts says why it is declared
    // here rather than as a WXT content script).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_start',
        js: ['caret.js'],
      },
    ],
    action: { default_title: '__MSG_app_actionTitle__' },
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: String(MINIMUM_CHROME) }),
    // A keyboard shortcut opens the panel (Chrome: the action, which opens the side panel).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: '打开写材料助手' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: '打开写材料助手' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'report-drafter@example.org', strict_min_version: `${MINIMUM_FIREFOX}.0` } } }
      : {}),
  }),
});
