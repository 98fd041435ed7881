// Lint rules, including the architecture's one-way imports (docs/ARCHITECTURE.md):
// entrypoints → components → lib/{db,messaging,insertion} → lib/domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const UI = ['react', 'react-dom', 'react-dom/*', 'dexie-react-hooks'];
const upward = (...dirs) => dirs.flatMap((dir) => [`**/${dir}`, `**/${dir}/**`]);
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
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
  {
    files: ['lib/domain/**'],
    rules: restrict(
      [...UI, 'dexie', 'wxt', 'wxt/*', '#imports', ...upward('db', 'messaging', 'insertion', 'components', 'entrypoints')],
      'lib/domain is pure: no UI, no database, no browser, nothing above it.',
    ),
  },
  {
    files: ['lib/db/**', 'lib/messaging/**', 'lib/insertion/**'],
    rules: restrict([...UI, ...upward('components', 'entrypoints')], 'lib/ never imports UI or entrypoints.'),
  },
  {
    files: ['lib/insertion/**', 'lib/messaging/**'],
    rules: restrict(
      [...UI, 'dexie', ...upward('db', 'components', 'entrypoints')],
      'Insertion and messaging run in web pages: no database, no UI.',
    ),
  },
  {
    files: ['components/**'],
    ignores: ['components/hooks/**'],
    rules: restrict(['dexie', '**/lib/db/database.ts', ...upward('entrypoints')], 'Components reach the database only through components/hooks.'),
  },
  {
    files: ['entrypoints/**', 'components/**'],
    rules: restrict(['dexie'], 'Dexie is used only inside lib/db.'),
  },
  {
    files: ['entrypoints/editor.content/**', 'entrypoints/*.content.ts'],
    rules: restrict(
      [...UI, 'dexie', ...upward('db', 'components')],
      'The content script runs in every frame: no React, no Dexie (it would be the website\'s database).',
    ),
  },
);
