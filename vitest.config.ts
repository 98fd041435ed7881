import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: pure domain logic (node), the database on fake-indexeddb,
// and the e2e suite: the built extension in the system Chromium (scripts/e2e.mjs builds first).
export default defineConfig({
  // `#i18n` is made by WXT for the extension; tests get the same messages from tests/support/i18n.ts.
  resolve: { alias: { '#i18n': fileURLToPath(new URL('tests/support/i18n.ts', import.meta.url)) } },
  test: {
    globals: true,
    // Limits, not budgets: a property test or a poll on a loaded 2-core machine may take several
    // times its quiet-machine time, and a limit hit there is a false failure.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node', setupFiles: ['tests/support/i18n.ts'] } },
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          fileParallelism: false, // one browser at a time on a 2-core machine
          testTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
