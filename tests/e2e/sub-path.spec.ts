/** The site served under a sub-path (/course/), as a coach might host it: every link must stay inside and work. */
import { expect, test } from './fixtures';

test('every link of the /course/ build resolves inside /course/', async ({ page, baseURL, request }) => {
  const root = new URL(baseURL!);
  const queue = [root.href];
  const seen = new Set<string>(queue);
  const broken: string[] = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      broken.push(`${url} answered ${response?.status()}`);
      continue;
    }
    const targets = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
      elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src),
    );
    for (const target of targets) {
      const link = new URL(target);
      if (link.origin !== root.origin) continue;
      link.hash = '';
      if (!link.pathname.startsWith(root.pathname)) {
        broken.push(`${url} links outside the sub-path: ${link.pathname}`);
        continue;
      }
      if (seen.has(link.href)) continue;
      seen.add(link.href);
      if (link.pathname.endsWith('/')) queue.push(link.href);
      else {
        const asset = await request.get(link.href);
        if (asset.status() !== 200) broken.push(`${url} → ${link.href} answered ${asset.status()}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(5);
});

test('search under /course/ finds passages and links them inside /course/', async ({ page, baseURL }) => {
  await page.goto('lessons/give-before-you-get/');
  await page.keyboard.press('/');
  await page.keyboard.type('weak tie');
  const results = page.getByRole('list', { name: 'Search results' });
  const term = results.getByRole('link', { name: 'Glossary: weak tie', exact: true });
  await expect(term).toBeVisible();
  const hrefs = await results
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href.startsWith(baseURL!), href).toBe(true);
  await term.click();
  await expect(page).toHaveURL(`${baseURL}glossary/#weak-tie`);
  await expect(page.locator('#weak-tie')).toBeInViewport();
});

test('under /course/, the audit map is laid out by its worker, fetched from inside the sub-path', async ({
  page,
  baseURL,
}) => {
  const now = new Date().toISOString();
  await page.goto('about/');
  await page.evaluate((at) => {
    const contacts = ['Ama', 'Ben', 'Cleo'].map((alias, i) => ({ id: `c${i}`, alias }));
    localStorage.setItem(
      'real-networking:audit',
      JSON.stringify({ v: 2, updatedAt: at, setup: {}, contacts, ties: [], apart: [], snapshots: [] }),
    );
  }, now);
  await page.goto('workbook/network-audit/');
  const worker = page.waitForEvent('worker');
  await page.getByRole('region', { name: '4. Your network at a glance' }).scrollIntoViewIfNeeded();
  expect((await worker).url()).toContain(`${new URL(baseURL!).pathname}_astro/`);
  await expect(page.getByRole('img', { name: 'Map of your network' })).toBeVisible();
});
