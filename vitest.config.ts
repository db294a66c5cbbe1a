/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives unit tests the same `~/` alias and Preact setup as the site.
export default getViteConfig({
  test: {
    environment: 'node',
    // Vitest's default leaves one core idle, which on a 2-core machine means one file at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    // Room for a busy machine: island tests load fresh modules through Vite, which takes seconds when the CPU is shared.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        // Pure functions and build checks keep no state between files, so a worker loads the shared modules once
        // instead of once per file.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          isolate: false,
          // `npm run bench` (scripts/bench.mjs) runs these with `vitest bench`.
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        // Islands render into a browser environment with stores and storage: each file gets fresh ones.
        extends: true,
        test: { name: 'islands', include: ['tests/islands/**/*.test.tsx'], benchmark: { include: [] } },
      },
    ],
  },
});
