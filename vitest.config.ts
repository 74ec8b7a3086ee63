import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// compromise's package entry is its source, some 500 modules; every test file that imports
// src/analysis would transform them anew. Its own one-file build is the same code.
const COMPROMISE = fileURLToPath(
  new URL('./node_modules/compromise/builds/three/compromise-three.mjs', import.meta.url),
);

// Four suites: pure code in Node, components in jsdom, the sync server with Node clients
// (integration), and the built app in real Chromium.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^compromise$/, replacement: COMPROMISE }] },
  test: {
    // The JSON reports feed the one-line summary that .ci/run prints (scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // A CLI command loads its modules (the model, compromise) when it first runs, inside the
          // first test that runs it: over 5 s on a loaded two-core machine.
          testTimeout: 20_000,
          setupFiles: ['tests/setup/indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // jsdom renders whole views; on a loaded two-core machine one can take over 5 s.
          testTimeout: 20_000,
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own server processes: one file at a time on a two-core machine.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // A real browser on a shared two-core machine: one retry absorbs a scheduling hiccup;
          // a test that fails twice is a real failure.
          retry: 1,
        },
      },
    ],
  },
});
