/**
 * End-to-end tests run against the built site: served by `astro preview` once at the root and once under a
 * sub-path (/course/), as a coach might host it, and a coach's own copy (built with
 * tests/fixtures/site/coach.config.ts) served as Netlify or Cloudflare Pages would, with its `_headers`
 * (tests/e2e/static-host.ts). `npm run test:e2e` builds all three before Playwright starts.
 */
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser';
import { e2ePorts } from './tests/e2e/ports';

const astro = 'node_modules/.bin/astro';
const { root, subPath, hosted } = e2ePorts;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Half the cores, as Playwright would choose, but never one alone: on a 2-core machine two workers finish in about
  // half the time, and every test leaves room for a busy machine.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
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
    // The service worker would download the whole site in the background of every test. The tests of offline use
    // (offline.spec.ts, hosting.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /(sub-path|branding|hosting)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${root}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subPath}/course/` },
    },
    {
      name: 'coach copy',
      testMatch: /(branding|hosting)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${hosted}` },
    },
  ],
  webServer: [
    {
      command: `${astro} preview --ignore-lock --host 127.0.0.1 --port ${root}`,
      url: `http://127.0.0.1:${root}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `${astro} preview --ignore-lock --host 127.0.0.1 --port ${subPath}`,
      env: { BASE_PATH: '/course/', OUT_DIR: './dist-course' },
      url: `http://127.0.0.1:${subPath}/course/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `node tests/e2e/static-host.ts dist-coach ${hosted}`,
      url: `http://127.0.0.1:${hosted}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
