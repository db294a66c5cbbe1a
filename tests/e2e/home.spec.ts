/**
 * The home page for a first visit and for a returning learner. A returning learner's page is drawn before it is first
 * painted (src/scripts/home-state.ts), so the test looks at the very first frame as well as the settled page.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/** Records saved in this browser before the home page opens. */
async function save(page: Page, records: Record<string, unknown>) {
  await page.goto('/about/');
  await page.evaluate((entries) => {
    for (const [name, value] of Object.entries(entries)) {
      localStorage.setItem(`real-networking:${name}`, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }, records);
}

/** Before the page's scripts run, note which main button is showing at the first animation frame (before paint). */
async function watchFirstFrame(page: Page) {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const visible = (name: string) => {
        // What the learner would see: not hidden by its attribute nor by a style (checkVisibility reads both).
        const element = document.querySelector<HTMLElement>(`[data-home="${name}"]`);
        return element !== null && element.checkVisibility({ visibilityProperty: true });
      };
      (window as unknown as { firstFrame: string }).firstFrame = visible('start')
        ? 'start'
        : visible('next')
          ? 'next'
          : 'neither';
    });
  });
}

const now = new Date().toISOString();

test('a first visit is invited to start with module 1, with no progress panel and no module states', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Start with module 1: / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your progress' })).toBeHidden();
  await expect(page.getByText('Not started').filter({ visible: true })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a returning learner is sent on to the next lesson from the first frame, with progress and module states', async ({
  page,
}) => {
  await save(page, {
    progress: {
      v: 1,
      updatedAt: now,
      completed: { 'broadcasting-is-not-networking': now },
      lastLesson: { slug: 'power-outside-the-hierarchy', at: now },
    },
  });
  await watchFirstFrame(page);
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).not.toBe('start');
  await expect(page.getByRole('link', { name: 'Continue with module 2: Power outside the hierarchy' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start with module 1/ })).toBeHidden();
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress.getByText(/^1 of \d+ lessons marked complete$/)).toBeVisible();
  const modules = page.getByRole('region', { name: 'The modules' }).getByRole('listitem');
  await expect(modules.nth(0)).toContainText('Done');
  await expect(modules.nth(1)).toContainText('In progress');
  await expect(modules.nth(2)).toContainText('Not started');
  expect(await axeViolations(page)).toEqual([]);
});

test('an assignment that is due soon becomes the main button; what a coach wrote is shown as text', async ({
  page,
}) => {
  await save(page, {
    assignments: {
      v: 1,
      updatedAt: now,
      accepted: {
        a1: {
          acceptedAt: now,
          assignment: {
            id: 'a1',
            coach: '<img src=x onerror=alert(1)>Jo',
            client: 'Sam',
            items: [
              { kind: 'module', id: 'give-before-you-get', due: day(1) },
              { kind: 'module', id: 'audit-your-network', due: day(20) },
            ],
          },
        },
      },
    },
  });
  await page.goto('/');
  await expect(page.getByText('Assigned by <img src=x onerror=alert(1)>Jo', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Module 4: Give before you get' }).first()).toBeVisible();
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress).toContainText('0 of 2 done');
  // Nothing of the client's own is saved yet: the page does not say their answers are still here.
  await expect(page.getByText('Your coach’s assignment is saved in this browser')).toBeVisible();
  await expect(page.getByText('Your answers are still here')).toBeHidden();
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('progress that cannot be read is said so, and the page still offers a way on', async ({ page }) => {
  await save(page, { progress: '{not json' });
  await page.goto('/');
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress.getByText(/could not be read/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue with module 1: / })).toBeVisible();
});

test('coming back to the home page with the back button shows what was done meanwhile', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start with module 1: / }).click();
  await page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
  await expect(page.getByText('Marked complete. Saved in this browser.')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('link', { name: /^Continue with module 2: / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'The modules' }).getByRole('listitem').first()).toContainText('Done');
});
