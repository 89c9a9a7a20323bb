import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // The package throws outside React's server condition, which Vitest does not set.
      'server-only': fileURLToPath(new URL('./lib/testing/server-only.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'e2e/simulator/**/*.test.ts', 'e2e/kit/**/*.test.ts'],
    setupFiles: ['lib/testing/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file gets its own local KV (Miniflare); files run in parallel on 2 cores.
    pool: 'forks',
  },
});
