/**
 * The smoke tests, through a host that sends the headers in the build's `_headers` file as Netlify and Cloudflare
 * Pages do (tests/e2e/static-host.ts serves the coach's copy with them): the security headers a <meta> tag cannot
 * carry are on every response, pages and the service worker are never cached for long, and reading, answering,
 * reloading, the 404 page and offline use all still work with those headers in force.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const stylesheet = `/_astro/${readdirSync('dist-coach/_astro').find((file) => file.endsWith('.css'))}`;

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/lessons/give-before-you-get/', stylesheet, '/sw.js', '/manifest.webmanifest', '/nope/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
  }
});

test('pages and the service worker are checked for a new version on every visit; hashed files are kept', async ({
  request,
}) => {
  const maxAge = (value = '') => Number(value.match(/max-age=(\d+)/)?.[1] ?? NaN);
  for (const path of ['/', '/lessons/give-before-you-get/', '/pagefind/pagefind-entry.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'];
    expect(maxAge(cacheControl), `${path}: ${cacheControl}`).toBe(0);
  }
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const asset = (await request.get(stylesheet)).headers()['cache-control'];
  expect(asset).toContain('immutable');
  expect(maxAge(asset)).toBeGreaterThanOrEqual(31_536_000);
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
});

test.describe('with the service worker on', () => {
  test.use({ serviceWorkers: 'allow' });

  test('smoke: a learner starts the course, answers, reloads, and the site installs for offline use', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /^Start with module 1/ }).click();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('1 of');
    await page.goto('/lessons/power-outside-the-hierarchy/');
    const worksheet = page.getByRole('region', { name: 'Map your lines of power' });
    await worksheet.scrollIntoViewIfNeeded();
    const role = worksheet.getByLabel('Your current role, in a few words');
    await role.fill('Analyst');
    await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
    await page.reload();
    await expect(role).toHaveValue('Analyst');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });
});

test('an unknown address gets the 404 page, with status 404', async ({ page, expectedConsoleErrors }) => {
  expectedConsoleErrors.push(/no-such-page.*404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
});
