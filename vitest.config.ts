import { defineConfig } from 'vitest/config';

// Three projects: pure domain logic (node), the database on fake-indexeddb,
// and the e2e suite: the built extension in the system Chromium (scripts/e2e.mjs builds first).
export default defineConfig({
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node' } },
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
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
