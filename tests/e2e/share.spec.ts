/**
 * Being found and shared: every page names its canonical address and carries Open Graph and Twitter card tags whose
 * share image exists at 1200 × 630; the home page and the lessons describe themselves to search engines with
 * schema.org data; sitemap.xml, robots.txt and the web app manifest are there. The root build is made with a site
 * address (SITE_URL in `npm run build:e2e`), so addresses are absolute; the files are fetched from the local server.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { builtPages, expect, isLessonPage, test } from './fixtures';

const pages = builtPages();
const lessons = pages.filter(isLessonPage);

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Fetch an absolute address of the site from the local server instead (same path). */
async function fetchLocal(request: APIRequestContext, address: string) {
  const response = await request.get(new URL(address).pathname);
  expect(response.status(), address).toBe(200);
  return response;
}

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

test('every page has a canonical address, share tags and a share image of the right size', async ({
  page,
  request,
}) => {
  const images = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect(await meta(page, 'og:url'), path).toBe(canonical);
    expect(await meta(page, 'og:title'), path).toBeTruthy();
    expect(await meta(page, 'og:description'), path).toBe(await meta(page, 'description'));
    expect(await meta(page, 'og:site_name'), path).toBe('Real Networking');
    expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
    const image = (await meta(page, 'og:image'))!;
    expect(await meta(page, 'twitter:image'), path).toBe(image);
    expect(await meta(page, 'og:image:width'), path).toBe('1200');
    expect(await meta(page, 'og:image:height'), path).toBe('630');
    images.add(image);

    const response = await fetchLocal(request, image);
    expect(response.headers()['content-type'], image).toMatch(/^image\/png/);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
  expect(images.size, 'each page has its own image').toBe(pages.length);
});

test('a lesson is an article with its module on its share image, and structured data as a LearningResource', async ({
  page,
}) => {
  await page.goto(lessons[0]!);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await page.locator('html').getAttribute('data-share-kind')).toMatch(/^Module \d+$/);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: await page.getByRole('heading', { level: 1 }).textContent(),
    learningResourceType: 'Lesson',
    isPartOf: { '@type': 'Course', name: 'Real Networking' },
  });
  expect(new URL(data.url).pathname).toBe(lessons[0]);
  expect(data.timeRequired).toMatch(/^PT(\d+H)?(\d+M)?$/);
  expect(data.teaches.length).toBeGreaterThan(0);
});

test('the home page describes the course as a schema.org Course with every module', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ '@type': 'Course', name: 'Real Networking', provider: { '@type': 'Organization' } });
  expect(data.description).toBe(await meta(page, 'description'));
  const parts = data.hasPart.map((part: { url: string }) => new URL(part.url).pathname);
  expect([...parts].sort()).toEqual([...lessons].sort());
  expect(data.hasPart).toHaveLength(lessons.length);
});

test('sitemap.xml lists every page but the 404, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapAddress = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapAddress).toBe('https://real-networking.example/sitemap-index.xml');
  const index = await (await fetchLocal(request, sitemapAddress!)).text();
  const listed: string[] = [];
  for (const [, address] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await fetchLocal(request, address!)).text();
    for (const [, page] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.push(new URL(page!).pathname);
  }
  expect(listed.sort()).toEqual(pages.filter((path) => path !== '/404/').sort());
});

test('the web app manifest names the course and its icons exist at their sizes, maskable ones included', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
  const response = await request.get(href);
  expect(response.headers()['content-type']).toMatch(/manifest\+json|json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Real Networking', start_url: '/', scope: '/', display: 'standalone' });
  const purposes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
    const [width, height] = icon.sizes.split('x').map(Number);
    const file = await request.get(new URL(icon.src, new URL(href, 'http://x')).pathname);
    expect(file.status(), icon.src).toBe(200);
    expect(pngSize(await file.body()), icon.src).toEqual({ width, height });
    purposes.add(icon.purpose);
  }
  expect([...purposes].sort()).toEqual(['any', 'maskable']);
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});
