/**
 * The second edition's new states, as a learner meets them: the one question about their situation (asked in every
 * lesson and in the audit, stored once), a knowledge check answered wrongly first, and a draft message started from
 * the network audit. Each state is checked with axe in light and dark mode, at phone and desktop width.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, viewports } from './fixtures';

/** Axe in the four combinations the site promises, on the page as it is now. */
async function axeEverywhere(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of ['phone', 'desktop'] as const) {
      await page.setViewportSize(viewports[width]);
      expect(await axeViolations(page), `${colorScheme}, ${width}`).toEqual([]);
    }
  }
}

test('the situation is asked once: set in module 1, it shows in the audit and in module 7 with its note open', async ({
  page,
}) => {
  await page.goto('/lessons/broadcasting-is-not-networking/');
  const panel = page.getByRole('region', { name: 'Between jobs or changing field?' });
  await panel.scrollIntoViewIfNeeded();
  const select = panel.getByLabel('Your situation');
  await expect(select).toBeEnabled();
  await select.selectOption({ label: 'Between jobs' });
  await expect(panel.getByText('You said this applies to you')).toBeVisible();
  await axeEverywhere(page);

  await page.goto('/workbook/network-audit/');
  await expect(page.getByLabel('Where are you now?')).toHaveValue('job-seeking');

  await page.goto('/lessons/the-six-month-ramp/');
  const ramp = page.getByRole('region', { name: 'Between jobs or changing field?' });
  await ramp.scrollIntoViewIfNeeded();
  await expect(ramp.getByLabel('Your situation')).toHaveValue('job-seeking');
  await expect(ramp.getByText(/Your ramp starts before the first day\./)).toBeVisible();
  // One stored answer: only the audit's record holds the situation.
  const holders = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('job-seeking')),
  );
  expect(holders).toEqual(['real-networking:audit']);
});

test('a wrong first answer counts, a right second one teaches, and every explanation can be read', async ({ page }) => {
  await page.goto('/lessons/audit-your-network/');
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  const first = check.getByRole('group').first();
  await expect(first.getByRole('radio').first()).toBeEnabled();
  // The effective-size question: 5 is size, not effective size.
  await first.getByRole('radio', { name: /^5, because/ }).check();
  await check.getByRole('button', { name: 'Check answer to question 1' }).click();
  await expect(check.getByText('Not quite.', { exact: true })).toBeVisible();
  await first.getByRole('radio', { name: /^3\.4/ }).check();
  await check.getByRole('button', { name: 'Check answer to question 1' }).click();
  await expect(check.getByText('Right.', { exact: true })).toBeVisible();
  await expect(check.getByText(/Your first answer was not right, and the score counts that one\./)).toBeVisible();
  await expect(check.getByText('0 of 1 right first time; 3 not answered yet.')).toBeVisible();
  await check.getByText('Why each option is or is not right').first().click();
  await expect(check.getByText(/^2, because the five people/)).toBeVisible();
  await axeEverywhere(page);
});

test('module 9 starts a reconnection note from a dormant tie in the audit, kept in the message worksheet', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'real-networking:audit',
      JSON.stringify({
        v: 1,
        updatedAt: '2026-11-01T10:00:00.000Z',
        setup: {},
        contacts: [
          {
            id: 'm',
            alias: 'Martin',
            introducedBy: 'me',
            alliances: [],
            lines: [],
            access: [],
            lastConversation: '2013-06-01',
          },
        ],
        ties: [],
        snapshots: [],
      }),
    ),
  );
  await page.goto('/lessons/words-that-open-doors/');
  const starters = page.getByRole('region', { name: 'Start a draft from your audit' });
  await starters.scrollIntoViewIfNeeded();
  await starters.getByRole('button', { name: 'Start a reconnection note to Martin' }).click();
  await expect(
    starters.getByText(/Draft to Martin added to your messages below, as message 1\./).first(),
  ).toBeVisible();
  await expect(starters.getByRole('button', { name: 'Draft started to Martin' })).toBeDisabled();
  const worksheet = page.locator('section.worksheet[data-worksheet="message-drafts"]');
  await worksheet.scrollIntoViewIfNeeded();
  await expect(worksheet.getByLabel('To whom?').first()).toHaveValue('Martin');
  await expect(worksheet.getByLabel('Your message').first()).toHaveValue(/^Hi Martin,/);
  await axeEverywhere(page);
});
