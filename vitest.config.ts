import { defineConfig } from 'vitest/config';

// Two projects: pure domain logic (node), and the database on fake-indexeddb.
// The e2e suite runs in a real browser through scripts/e2e.mjs, not here.
export default defineConfig({
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node' } },
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] } },
    ],
  },
});
