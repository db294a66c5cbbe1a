/**
 * Offline use and updates, with the service worker on. Each test serves a build with its own host
 * (tests/e2e/static-host.ts), so that it can really go offline (the host stops, and the browser is told it has no
 * network) and deploy a new version into the folder it serves.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, showTransfer, test, viewports } from './fixtures';
import { e2ePorts } from './ports';
import { startStaticHost, type StaticHost } from './static-host';

test.use({ serviceWorkers: 'allow' });

const worksheetLesson = 'lessons/power-outside-the-hierarchy/';
const roleLabel = 'Your current role, in a few words';

/** Wait until the service worker controls `page`: every file it precaches is then in its cache. */
async function waitForOfflineCopy(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Stop the host and cut the browser's network: nothing can come from anywhere but the service worker. */
async function goOffline(host: StaticHost, context: BrowserContext) {
  await host.close();
  await context.setOffline(true);
}

/** The worksheet on the lesson page, once its island has read the saved answers. */
async function worksheetOn(page: Page) {
  const worksheet = page.getByRole('region', { name: 'Map your lines of power' });
  await worksheet.scrollIntoViewIfNeeded();
  await expect(worksheet.getByLabel(roleLabel)).toBeEnabled();
  return worksheet;
}

for (const [name, folder, port, base] of [
  ['at the root', 'dist', e2ePorts.offlineRoot, '/'],
  ['under a sub-path', 'dist-course', e2ePorts.offlineSubPath, '/course/'],
] as const) {
  test.describe(`offline, ${name}`, () => {
    const origin = `http://127.0.0.1:${port}`;
    test.use({ baseURL: origin });

    test('after one visit, lessons, the audit and the workbook open with no network, and answers typed offline are kept', async ({
      page,
      context,
    }) => {
      let host = await startStaticHost(folder, port, base);
      try {
        await page.setViewportSize(viewports.phone);
        await page.goto(`${base}${worksheetLesson}`);
        await waitForOfflineCopy(page);

        await goOffline(host, context);
        await page.reload();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Power outside the hierarchy');
        await page.goto(`${base}workbook/network-audit/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network audit');
        await expect(page.getByLabel('Add a person')).toBeEnabled();
        await page.goto(`${base}workbook/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your workbook');
        // An address the course does not have gets the site's own "not here" page, not the browser's error.
        await page.goto(`${base}no-such-page/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
        await page.goto(`${base}workbook/`);
        // Export works offline too: the course it writes out was precached.
        await showTransfer(page);
        const document = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download as a document (.md)' }).click();
        expect((await document).suggestedFilename()).toMatch(/\.md$/);

        // Search works offline too: its index was precached.
        await page.keyboard.press('/');
        await page.keyboard.type('broker');
        await expect(
          page
            .getByRole('list', { name: 'Search results' })
            .getByRole('link', { name: 'Glossary: broker', exact: true }),
        ).toBeVisible();
        await page.keyboard.press('Escape');

        // Typed on the train: the worksheet saves as usual.
        await page.goto(`${base}${worksheetLesson}`);
        const worksheet = await worksheetOn(page);
        await worksheet.getByLabel(roleLabel).fill('Typed with no signal');
        await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();

        // Back online, the answer is still there.
        host = await startStaticHost(folder, port, base);
        await context.setOffline(false);
        await page.reload();
        await expect((await worksheetOn(page)).getByLabel(roleLabel)).toHaveValue('Typed with no signal');
      } finally {
        await host.close();
      }
    });
  });
}

test.describe('a new version', () => {
  // Both tests serve their copy on the same port: one after the other, never side by side (CI runs two workers).
  test.describe.configure({ mode: 'serial' });
  const port = e2ePorts.update;
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  let folder: string;
  test.beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'real-networking-deploy-'));
    cpSync('dist', folder, { recursive: true });
  });
  test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /**
   * Deploy a new version into the folder being served: the About page's text changes, and the service worker's
   * precache list gives it a new revision, as a real build would.
   */
  function deployNewVersion() {
    const about = join(folder, 'about', 'index.html');
    writeFileSync(
      about,
      readFileSync(about, 'utf8').replace('<h1>About the course</h1>', '<h1>About the course, new</h1>'),
    );
    const worker = join(folder, 'sw.js');
    const before = readFileSync(worker, 'utf8');
    const after = before.replace(/(url:"about\/index\.html",revision:")[0-9a-f]+"/, '$1new-version"');
    expect(after, 'the precache list names the About page').not.toBe(before);
    writeFileSync(worker, after);
  }

  test('is detected; the learner is told and chooses when to reload, and what they typed is still there', async ({
    page,
  }) => {
    const host = await startStaticHost(folder, port);
    try {
      await page.goto(`/${worksheetLesson}`);
      await waitForOfflineCopy(page);
      const worksheet = await worksheetOn(page);
      await worksheet.getByLabel(roleLabel).fill('Half-way through a thought');
      await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();

      deployNewVersion();
      await page.goto('/about/');
      const notice = page.getByRole('status').filter({ hasText: 'A new version of this course is ready' });
      await expect(notice.getByText('A new version of this course is ready')).toBeVisible();
      // Until the learner chooses, the open page stays on the version it has.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the course');

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }

      await notice.getByRole('button', { name: 'Reload now' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the course, new');
      await expect(page.getByText('A new version of this course is ready')).toHaveCount(0);

      await page.goto(`/${worksheetLesson}`);
      await expect((await worksheetOn(page)).getByLabel(roleLabel)).toHaveValue('Half-way through a thought');
    } finally {
      await host.close();
    }
  });

  test('"Later" puts the message away and keeps focus on the page', async ({ page }) => {
    const host = await startStaticHost(folder, port);
    try {
      await page.goto('/about/');
      await waitForOfflineCopy(page);
      deployNewVersion();
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: 'A new version of this course is ready' });
      await notice.getByRole('button', { name: 'Later' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText('A new version of this course is ready')).toHaveCount(0);
      await expect(page.locator('main')).toBeFocused();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the course');
    } finally {
      await host.close();
    }
  });
});
