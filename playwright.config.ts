/**
 * End-to-end tests run against the built site, served by `astro preview`: once at the root and once under a
 * sub-path (/course/), as a coach might host it. `npm run test:e2e` builds both before Playwright starts.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser';

// E2E_PORT moves both servers, so that two copies of the project can run their tests side by side.
const rootPort = Number(process.env.E2E_PORT ?? 4391);
const subPathPort = rootPort + 1;
const astro = 'node_modules/.bin/astro';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  // Generous limits: a test waits for what it needs (a role, a text, a stored value), never for a time, and a busy
  // machine may be several times slower than a quiet one. No test is long: each checks one page or one journey.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${rootPort}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subPathPort}/course/` },
    },
  ],
  webServer: [
    {
      command: `${astro} preview --ignore-lock --host 127.0.0.1 --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `${astro} preview --ignore-lock --host 127.0.0.1 --port ${subPathPort}`,
      env: { BASE_PATH: '/course/', OUT_DIR: './dist-course' },
      url: `http://127.0.0.1:${subPathPort}/course/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
