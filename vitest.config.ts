/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives unit tests the same `~/` alias and Preact setup as the site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/islands/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // Room for a busy machine: island tests load fresh modules through Vite, which takes seconds when the CPU is shared.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/setup.ts'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
