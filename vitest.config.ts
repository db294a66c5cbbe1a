/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives unit tests the same `~/` alias and Preact setup as the site.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/islands/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
