// Lint rules, including the architecture's one-way imports (docs/ARCHITECTURE.md):
// entrypoints → components → lib/{db,panel,team,messaging,insertion,import-files} → lib/export → lib/domain, and per runtime
// context what its files may load.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI = ['react', 'react-dom', 'react-dom/*'];
const upward = (...dirs) => dirs.flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]);

/**
 * Each zone restricts what its files may import. ESLint keeps only the LAST options of a rule for a
 * file, so zones that share files must not share a rule: the layers use `no-restricted-imports`,
 * the runtime contexts `@typescript-eslint/no-restricted-imports` (which can let `import type`
 * through), and within each rule the zones' files do not overlap — except a context that runs
 * inside another's files, which repeats the broader context's patterns (see `inPage` below).
 * tests/unit/repository/lintZones.test.ts checks every glob names real files, every entrypoint is
 * in a context, and every file gets every pattern of every zone it is in.
 */
export const layers = [
  {
    name: 'domain',
    files: ['lib/domain/**'],
    patterns: [...UI, 'dexie', 'wxt', 'wxt/*', '#imports', ...upward('db', 'messaging', 'insertion', 'import-files', 'panel', 'team', 'export', 'components', 'entrypoints')],
    message: 'lib/domain is pure: no UI, no database, no browser, nothing above it.',
  },
  {
    // Files built from the domain (the report's .docx): lib/domain and the docx package only.
    // lib/export/tsconfig.json compiles it without the DOM.
    name: 'lib/export',
    files: ['lib/export/**'],
    patterns: [...UI, 'dexie', 'wxt', 'wxt/*', '#imports', ...upward('db', 'messaging', 'insertion', 'import-files', 'panel', 'team', 'components', 'entrypoints')],
    message: 'lib/export builds files from lib/domain only: no UI, no database, no browser.',
  },
  {
    name: 'lib (database, file import, the panel side of insertion, the team server)',
    files: ['lib/db/**', 'lib/import-files/**', 'lib/panel/**', 'lib/team/**'],
    patterns: [...UI, ...upward('components', 'entrypoints')],
    message: 'lib/ never imports UI or entrypoints.',
  },
  {
    name: 'lib (runs in web pages)',
    files: ['lib/insertion/**', 'lib/messaging/**'],
    patterns: [...UI, 'dexie', ...upward('db', 'components', 'entrypoints')],
    message: 'Insertion and messaging run in web pages: no database, no UI.',
  },
  {
    name: 'components',
    files: ['components/**'],
    ignores: ['components/hooks/**'],
    patterns: ['dexie', '**/lib/db/database.ts', ...upward('entrypoints')],
    message: 'Components reach the database only through components/hooks; Dexie is used only inside lib/db.',
  },
  {
    name: 'components/hooks',
    files: ['components/hooks/**'],
    patterns: ['dexie', ...upward('entrypoints')],
    message: 'Dexie is used only inside lib/db.',
  },
  {
    name: 'entrypoints',
    files: ['entrypoints/**'],
    patterns: ['dexie'],
    message: 'Dexie is used only inside lib/db.',
  },
];

// The insertion script runs in a web page and validates messages with zod: React and the database
// are out. The content script runs inside the same pages, so it repeats these patterns.
const inPage = {
  patterns: [...UI, 'dexie', ...upward('db', 'components', 'panel', 'team')],
  message: 'Runs inside web pages: no React, no Dexie (IndexedDB there is the website\'s), no database.',
};

/** The runtime contexts (docs/ARCHITECTURE.md, "What runs where"), each by its real files. */
export const contexts = [
  {
    name: 'side panel',
    files: ['entrypoints/sidepanel/**', 'components/**', 'lib/panel/**', 'lib/team/**'],
    groups: [{ patterns: ['**/entrypoints/background/**', '**/entrypoints/caret.ts', '**/entrypoints/insertion.ts', '**/import-files/worker.ts'], message: 'The panel does not load another context\'s entry (the import worker is started by URL).' }],
  },
  {
    name: 'background service worker',
    files: ['entrypoints/background/**'],
    groups: [{ patterns: [...UI, ...upward('components'), '**/entrypoints/sidepanel/**'], message: 'The background has no document: no React, no components.' }],
  },
  {
    name: 'import worker',
    files: ['lib/import-files/worker.ts', 'lib/import-files/parse.ts', 'lib/import-files/decode.ts', 'lib/import-files/docx.ts'],
    groups: [{ patterns: [...UI, 'dexie', ...upward('db', 'components', 'messaging', 'insertion')], message: 'The import worker only parses: no UI, no database.' }],
  },
  {
    name: 'first-screen script',
    files: ['entrypoints/first-screen.ts', 'lib/db/firstScreen.ts', 'lib/db/names.ts', 'lib/db/orderKey.ts'],
    groups: [
      {
        patterns: [...UI, 'dexie', 'zod', 'zod/*', '**/db/database.ts', ...upward('components')],
        allowTypeImports: true,
        message: 'The first screen is read before Dexie and zod load: raw IndexedDB only.',
      },
    ],
  },
  {
    name: 'injected insertion script',
    files: ['entrypoints/insertion.ts', 'lib/insertion/**', 'lib/messaging/protocol.ts'],
    groups: [inPage],
  },
  {
    // After the insertion script: its files are part of it too (focusMemory.ts is in both).
    name: 'static content script (every frame)',
    files: ['entrypoints/caret.ts', 'lib/insertion/focusMemory.ts', 'lib/insertion/editable.ts', 'lib/insertion/keepListening.ts', 'lib/insertion/scriptlessFrames.ts'],
    groups: [
      inPage,
      { patterns: ['zod', 'zod/*'], message: 'The content script runs in every frame of every page: no zod (budget ≤ 15 kB).' },
      {
        // protocol.ts carries zod: its types are welcome, its values are not (budget: ≤ 15 kB).
        patterns: ['**/messaging/**', 'wxt/browser', '#imports'],
        allowTypeImports: true,
        message: 'The content script runs in every frame of every page: only its own small files; message types only.',
      },
      { patterns: ['**/insertion/*', '!**/insertion/focusMemory.ts', '!**/insertion/editable.ts', '!**/insertion/keepListening.ts', '!**/insertion/scriptlessFrames.ts'], message: 'The content script imports only its own files of lib/insertion.' },
    ],
  },
];

const layerConfig = ({ files, ignores, patterns, message }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});
const contextConfig = ({ files, groups }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: groups.map(({ patterns, message, allowTypeImports }) => ({ group: patterns, message, ...(allowTypeImports ? { allowTypeImports } : {}) })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/e2e/pages/dist/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: MV3 forbids it and so do we.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: MV3 forbids it.' },
      ],
    },
  },
  { files: ['demo/**/*.js', 'tests/e2e/pages/**/*.{js,ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['scripts/**/*.mjs', 'tests/e2e/**/*.{mjs,js}', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  ...layers.map(layerConfig),
  ...contexts.map(contextConfig),
);
