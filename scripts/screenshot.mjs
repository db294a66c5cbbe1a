#!/usr/bin/env node
/**
 * Screenshots of every kind of page, on a phone and on a desktop, in light and dark mode, for docs/screenshots/ and
 * the README's picture (docs/screenshot-lesson.png). `npm run screenshot` builds the site, serves it with
 * `astro preview` on its own port, takes the pictures with Playwright and stops the server it started.
 *
 *   npm run screenshot                   build, serve, shoot everything
 *   npm run screenshot -- --no-build     use the dist/ already there
 *   npm run screenshot -- lesson glossary only the page types named
 *
 * SCREENSHOT_PORT picks the port (4330 unless set). Each picture is the first screen a person sees, as a learner
 * who has finished module 1 and is partway through module 2 (the state is written to localStorage before the page
 * loads, exactly as the site stores it), so the ticks, "Continue" and the reading position show.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const only = args.filter((arg) => !arg.startsWith('--'));
const port = Number(process.env.SCREENSHOT_PORT ?? 4330);
const base = `http://127.0.0.1:${port}`;
const astro = 'node_modules/.bin/astro';
const outDir = 'docs/screenshots';

/** A learner who finished module 1 and is reading module 2. */
const returningLearner = {
  'real-networking:progress': {
    v: 1,
    updatedAt: '2026-11-24T18:00:00.000Z',
    completed: { 'broadcasting-is-not-networking': '2026-11-20T19:30:00.000Z' },
    lastLesson: { slug: 'power-outside-the-hierarchy', at: '2026-11-24T18:00:00.000Z' },
  },
};

/**
 * The page types. `then` runs after the page has loaded: scrolls or opens something, as a learner would.
 * @type {{ name: string; path: string; then?: (page: import('@playwright/test').Page, width: 'phone' | 'desktop') => Promise<void> }[]}
 */
const shots = [
  { name: 'home', path: '/' },
  {
    name: 'lesson',
    path: '/lessons/power-outside-the-hierarchy/',
    then: async (page) => {
      await page.locator('#power-as-the-capacity-to-get-things-done').evaluate((heading) => heading.scrollIntoView());
      await page.waitForFunction(() =>
        document.querySelector('[aria-current="true"]')?.textContent?.includes('Power as'),
      );
    },
  },
  {
    name: 'lesson-modules',
    path: '/lessons/power-outside-the-hierarchy/',
    then: async (page, width) => {
      if (width === 'phone') await page.getByRole('button', { name: /^Module/ }).click();
    },
  },
  {
    name: 'lesson-term',
    path: '/lessons/power-outside-the-hierarchy/',
    then: async (page) => {
      const term = page.getByRole('button', { name: 'line of supply' });
      await term.evaluate((button) => button.scrollIntoView({ block: 'center' }));
      await term.click();
      await page.getByRole('dialog', { name: 'Line of supply' }).waitFor();
    },
  },
  {
    name: 'lesson-figure',
    path: '/lessons/power-outside-the-hierarchy/',
    then: async (page) => {
      const figure = page.locator('figure.figure').first();
      if ((await figure.count()) > 0) await figure.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'worksheet',
    path: '/lessons/power-outside-the-hierarchy/',
    then: async (page) => {
      await page.locator('.worksheet').evaluate((element) => element.scrollIntoView());
      // Wait for the worksheet to have read the saved answers (its fields are disabled until then).
      await page.waitForFunction(() => document.querySelector('.worksheet input:enabled') !== null);
    },
  },
  { name: 'glossary', path: '/glossary/' },
  { name: 'references', path: '/references/' },
  { name: 'about', path: '/about/' },
  { name: 'workbook', path: '/workbook/' },
  { name: 'network-audit', path: '/workbook/network-audit/' },
  { name: 'give-get-ledger', path: '/workbook/give-get-ledger/' },
  { name: 'ramp-plan', path: '/workbook/ramp-plan/' },
  { name: 'report', path: '/workbook/report/' },
  { name: 'coach', path: '/coach/' },
  { name: 'coach-clients', path: '/coach/clients/' },
  { name: 'not-found', path: '/no-such-page/' },
];

const viewports = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

/** Run a command to completion, or stop with its exit code. */
function run(command, commandArgs) {
  const result = spawnSync(process.execPath, [command, ...commandArgs], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Wait until the server answers (it prints its address before it is ready on some machines). */
async function waitForServer(preview) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (preview.exitCode !== null) throw new Error(`astro preview stopped (exit code ${preview.exitCode})`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro preview did not answer at ${base}/`);
}

if (build) run(astro, ['build']);
mkdirSync(outDir, { recursive: true });
const preview = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  await waitForServer(preview);
  for (const shot of shots.filter(({ name }) => only.length === 0 || only.includes(name))) {
    for (const [width, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
        await context.addInitScript((records) => {
          if (localStorage.length > 0) return;
          for (const [key, value] of Object.entries(records)) localStorage.setItem(key, JSON.stringify(value));
        }, returningLearner);
        const page = await context.newPage();
        await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
        await shot.then?.(page, width);
        await page.waitForLoadState('networkidle');
        const file = `${outDir}/${shot.name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        if (shot.name === 'lesson' && width === 'desktop' && colorScheme === 'light') {
          await page.screenshot({ path: 'docs/screenshot-lesson.png' });
        }
        console.log(`Wrote ${file}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  preview.kill();
}
