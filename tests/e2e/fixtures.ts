/**
 * Shared end-to-end fixtures. Every test fails on a console error, an uncaught page error, or a request to any
 * origin but the site's own: the site promises a strict Content-Security-Policy and no third-party requests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface SiteFixtures {
  /** Console errors a test expects (e.g. the browser's note of a 404 when it visits a missing page on purpose). */
  expectedConsoleErrors: RegExp[];
  /** Console errors and page errors seen during the test. */
  consoleErrors: string[];
  /** Requests the page made to another origin. */
  foreignRequests: string[];
}

export const test = base.extend<SiteFixtures>({
  // Playwright needs the fixture's first argument destructured, even when it uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  expectedConsoleErrors: async ({}, use) => {
    await use([]);
  },
  consoleErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      // Watch every page of the context, including second tabs a test opens.
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.page()?.url()}: ${message.text()}`);
      });
      context.on('weberror', (error) => errors.push(error.error().message));
      await use(errors);
      const unexpected = errors.filter((error) => !expectedConsoleErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests left the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The path of every page in a build folder, e.g. ['/', '/about/', '/lessons/x/'], the 404 page excluded. */
export function builtPages(outDir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const folder = relative(outDir, dir).split(sep).join('/');
        pages.push(folder === '' ? '/' : `/${folder}/`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** A lesson's address: /lessons/<slug>/ (not /lessons/ itself, the list of modules). */
export const isLessonPage = (path: string) => /^\/lessons\/[^/]+\/$/.test(path);

/**
 * The axe rules whose outcome depends on the page's colours (of the tags `axeViolations` runs): text contrast, and
 * links told apart from the text around them by colour alone. Dark mode changes colours and nothing else.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Axe violations on the current page, as readable lines (empty when there are none): every rule of WCAG 2.2 A and AA
 * and axe's best practices, or only `rules`.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (
    rules
      ? axe.withRules(rules)
      : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
  ).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * No axe violation on the current page in either colour scheme, from one page load: every rule in light mode, then the
 * page turns dark and the rules whose outcome depends on colour run again. The theme is CSS alone
 * (`prefers-color-scheme`, read by no script), and the other rules read the page's structure, the same in both modes.
 */
export async function expectAxeCleanInLightAndDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page), 'light mode').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  expect(await axeViolations(page, colourRules), 'dark mode').toEqual([]);
}

/** The sum of the page's layout shifts so far (what Lighthouse's CLS adds up), leaving out shifts the learner caused. */
export const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer is never called.
        setTimeout(() => resolve(0), 500);
      }),
  );

/** The viewports the site is checked at. */
export const viewports = {
  phone: { width: 360, height: 740 },
  narrow: { width: 320, height: 640 },
  desktop: { width: 1280, height: 900 },
} as const;

/**
 * Bring the workbook page's export, import and delete into view: that part of the page hydrates when it comes into
 * view (client:visible), as it does when a learner scrolls down to it, and its buttons are disabled until then.
 */
export async function showTransfer(page: Page): Promise<void> {
  const section = page.getByRole('region', { name: 'Export and import' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('button', { name: /^Download workbook/ })).toBeEnabled();
}
