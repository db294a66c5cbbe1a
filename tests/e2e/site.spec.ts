/** The course site as a learner meets it: reading through, on a phone, in the dark, on paper, with a keyboard. */
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { builtPages, expect, isLessonPage, test, viewports } from './fixtures';
import { gotoQuiet } from './network-quiet';

const pages = builtPages();
const lessonPages = pages.filter(isLessonPage);

test('a learner goes from the home page through every lesson in order and back to the outline', async ({ page }) => {
  await page.goto('/');
  const outline = page.getByRole('region', { name: 'The modules' });
  const titles = await outline.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  expect(titles.length).toBe(lessonPages.length);

  await page.getByRole('link', { name: /^Start with module/ }).click();
  for (const [index, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.trim());
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
      `${index + 1} of ${titles.length} in the course`,
    );
    const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
    if (index < titles.length - 1) await pager.getByRole('link', { name: /^Next/ }).click();
    else await pager.getByRole('link', { name: /Back to the course outline/ }).click();
  }
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Real Networking');
});

test('a lesson shows its objectives, time, takeaways, references and neighbours', async ({ page }) => {
  await page.goto('/lessons/power-outside-the-hierarchy/'); // module 2: it has a lesson before and after it
  await expect(page.getByRole('heading', { name: /By the end of this module/ })).toBeVisible();
  await expect(page.getByText(/About \d+ minutes in all/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  const references = page.getByRole('region', { name: 'References' });
  await expect(references.getByRole('listitem').first()).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
  await expect(pager.getByRole('link', { name: /^Previous: module 1/ })).toBeVisible();
  await expect(pager.getByRole('link', { name: /^Next: module 3/ })).toBeVisible();
});

test('a lesson’s address shortened to /lessons/ lists every module in order, not a 404', async ({ page }) => {
  const response = await page.goto('/lessons/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The modules');
  const links = page.getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(lessonPages.length);
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual([...lessonPages].sort());
  await expect(page.getByRole('main').getByRole('link', { name: 'course page' })).toHaveAttribute('href', '/');
});

test('an unknown address shows the 404 page with a way back', async ({ page, expectedConsoleErrors }) => {
  expectedConsoleErrors.push(/no-such-lesson.*404/);
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
  await page.getByRole('link', { name: 'Go to the course outline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Real Networking');
});

test('a lesson runs only its own small inline script until the learner reaches a worksheet', async ({ page }) => {
  // Collect script responses as they come, and read their bodies inside the test (not in the listener), so that no
  // read is still running when the test ends.
  const scripts: Response[] = [];
  const collect = (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  };
  page.on('response', collect);
  const document = await gotoQuiet(page, lessonPages[0]!);
  const onLoad = [...scripts];
  expect(
    onLoad.map((r) => r.url()).filter((url) => /preact|Island/i.test(url)),
    'no framework before a worksheet is in view',
  ).toEqual([]);
  // The page's own script is inline (it draws the module list's ticks before first paint); Astro's island loader,
  // also inline, is not counted, as in the budgets (tests/e2e/page-weight.ts).
  const inline = [...((await document?.text()) ?? '').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    // Structured data (JSON-LD) is data, not code, as in the budgets.
    .filter((body) => body.trim() !== '' && !/^\s*\{/.test(body) && !/astro-island|self\.Astro/.test(body));
  expect(inline, 'the lesson page script').toHaveLength(1);
  const fetched = await Promise.all(onLoad.map(async (response) => gzipSync(await response.body()).length));
  expect(
    [...inline.map((body) => gzipSync(body).length), ...fetched].reduce((sum, size) => sum + size, 0),
    'gzipped JavaScript on load',
  ).toBeLessThan(3 * 1024);

  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.some((response) => /preact/i.test(response.url()))).toBe(true);
  page.off('response', collect);
});

test('pages without anything interactive load only the small script every page shares', async ({ page }) => {
  // That script (src/scripts/site.ts) loads search when asked for and installs the offline copy; nothing else runs.
  // Read from the page's own record of what it loaded, which counts a script whether it came from the network, the
  // browser's cache or the offline copy (the service worker is installed after the first page).
  for (const path of ['/about/', '/glossary/', '/references/']) {
    await gotoQuiet(page, path);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .map((entry) => entry.name),
    );
    expect(
      scripts.map((url) => new URL(url).pathname),
      path,
    ).toHaveLength(1);
    const body = await (await page.request.get(scripts[0]!)).body();
    expect(gzipSync(body).length, `${path}: gzipped size`).toBeLessThan(1024);
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(1);
  }
});

test('every page carries a strict Content-Security-Policy and requests nothing from elsewhere', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self'/);
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

for (const [name, size] of Object.entries(viewports)) {
  test(`at ${name} width (${size.width}px) no page scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
}

test('dark mode follows the system setting', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(lessonPages[0]!);
  expect(luminance(await background())).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await background())).toBeLessThan(50);
});

test('keyboard: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(lessonPages[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a lesson prints without navigation and with link addresses', async ({ page }) => {
  await page.goto(lessonPages[0]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next lessons' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.getByRole('region', { name: 'References' }).getByRole('link').first();
  const href = await link.getAttribute('href');
  const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(printed).toContain(href!);
});

test('reduced motion turns off smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('no words run together where a line of markup ends (a sentence, then a link)', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.match(/[a-z]{2,}[.,;:!?][A-Z][a-z]+/g), path).toBeNull();
  }
});
