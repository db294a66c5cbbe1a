/**
 * One question, one answer: module 7's worksheet and the ramp plan show one start date and kind; the audit and
 * module 2's worksheet one job contact; the ledger and module 4's worksheet one budget. A learner's older data, with
 * the start saved only in the ramp plan, is moved to the one answer; two differing answers are offered as a choice.
 */
import { axeViolations, expect, test } from './fixtures';
import { seed } from './seed';

const now = new Date().toISOString();

test('the ramp start, set in module 7’s worksheet, is the ramp plan’s start, and back again', async ({ page }) => {
  await page.goto('/lessons/the-six-month-ramp/');
  const fieldset = page.getByRole('group', { name: /What kind of start is this\?/ }).first();
  await fieldset.scrollIntoViewIfNeeded();
  await page.getByLabel(/When do your 26 weeks start\?/).fill('2026-03-02');
  await page.getByRole('radio', { name: 'A new role in the organisation I already work for' }).first().check();
  const plan = page.getByRole('region', { name: 'Your start' });
  await plan.scrollIntoViewIfNeeded();
  await expect(plan.getByLabel('First day of week 1')).toHaveValue('2026-03-02');
  await expect(plan.getByRole('radio', { name: 'A new role in the organisation I already work for' })).toBeChecked();
  await plan.getByLabel('First day of week 1').fill('2026-03-09');
  await expect(page.getByLabel(/When do your 26 weeks start\?/)).toHaveValue('2026-03-09');
  const storedNow = await page.evaluate(() => ({
    worksheet: JSON.parse(localStorage.getItem('real-networking:worksheet:ramp-readiness')!).answers,
    ramp: localStorage.getItem('real-networking:ramp'),
  }));
  expect(storedNow.worksheet).toMatchObject({ 'start-date': '2026-03-09', 'start-kind': 'new-role' });
  expect(storedNow.ramp === null || !('startDate' in JSON.parse(storedNow.ramp))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test('a start saved only in the ramp plan by an earlier version moves to the one answer', async ({ page }) => {
  await seed(page, {
    'real-networking:ramp': { v: 1, updatedAt: now, startDate: '2026-02-02', start: 'fresh-start', checkIns: {} },
  });
  await page.goto('/workbook/ramp-plan/');
  await expect(page.getByLabel('First day of week 1')).toHaveValue('2026-02-02');
  await expect(page.getByRole('radio', { name: 'A fresh start where I am' })).toBeChecked();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('real-networking:worksheet:ramp-readiness')))
    .toContain('"start-date":"2026-02-02"');
  const ramp = await page.evaluate(() => JSON.parse(localStorage.getItem('real-networking:ramp')!));
  expect(ramp.startDate).toBeUndefined();
  expect(ramp.start).toBeUndefined();
});

test('two different start dates from before are offered as a choice, and the choice is kept', async ({ page }) => {
  await seed(page, {
    'real-networking:ramp': { v: 1, updatedAt: now, startDate: '2026-02-02', start: 'new-role', checkIns: {} },
    'real-networking:worksheet:ramp-readiness': { v: 1, updatedAt: now, answers: { 'start-date': '2026-02-09' } },
  });
  await page.goto('/workbook/ramp-plan/');
  const choice = page.getByRole('status').filter({ hasText: 'Two answers to one question' });
  await expect(choice).toBeVisible();
  await expect(page.getByText(/Your plan recorded "a new job or role" before/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await choice.getByRole('button', { name: /^Use / }).click();
  await expect(page.getByLabel('First day of week 1')).toHaveValue('2026-02-02');
  await expect(choice).toHaveCount(0);
});

test('the job contact answered in the audit is module 2’s worksheet’s answer', async ({ page }) => {
  await page.goto('/workbook/network-audit/');
  await page.getByLabel(/How much does your job bring you into contact/).selectOption('2');
  await page.goto('/lessons/power-outside-the-hierarchy/');
  const scale = page.getByRole('group', { name: /how often does your work put you in touch/i });
  await scale.scrollIntoViewIfNeeded();
  await expect(scale.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await scale.getByRole('radio', { name: '4', exact: true }).check();
  await page.goto('/workbook/network-audit/');
  await expect(page.getByLabel(/How much does your job bring you into contact/)).toHaveValue('4');
});

test('the ledger’s budget is module 4’s worksheet’s weekly budget, in hours', async ({ page }) => {
  await seed(page, {
    'real-networking:ledger': { v: 1, updatedAt: now, weeklyBudgetMinutes: 90, entries: [] },
  });
  await page.goto('/workbook/give-get-ledger/');
  await expect(page.getByLabel('Hours a week you mean to spend helping others')).toHaveValue('1.5');
  await page.goto('/lessons/give-before-you-get/');
  const budget = page.getByLabel(/Your weekly budget for helping with other people's requests/);
  await budget.scrollIntoViewIfNeeded();
  await expect(budget).toHaveValue('1.5');
});

test('on the workbook page, a worksheet whose only answer is a shared one says so, in both worksheets', async ({
  page,
}) => {
  await seed(page, {
    'real-networking:worksheet:power-lines-map': { v: 1, updatedAt: now, answers: { 'job-contact': 3 } },
  });
  await page.goto('/workbook/');
  const moduleTwo = page.getByRole('row', { name: /Map your lines of power/ });
  const moduleSeven = page.getByRole('row', { name: /Ready to start the ramp/ });
  await expect(moduleTwo.getByRole('cell').nth(1)).toHaveText(
    'In progress (so far only the answer it shares with module 7’s worksheet)',
  );
  await expect(moduleSeven.getByRole('cell').nth(1)).toHaveText(
    'In progress (so far only the answer it shares with module 2’s worksheet)',
  );
  // The time of the shared answer, in both.
  await expect(moduleSeven.getByRole('cell').nth(2)).not.toHaveText('—');
  await expect(moduleSeven.getByRole('cell').nth(2)).toHaveText(await moduleTwo.getByRole('cell').nth(2).innerText());

  // Once the learner answers in it, it is plainly in progress.
  await page.goto('/lessons/the-six-month-ramp/');
  await page
    .getByRole('group', { name: /What kind of start is this\?/ })
    .first()
    .scrollIntoViewIfNeeded();
  await page.getByLabel(/When do your 26 weeks start\?/).fill('2026-03-02');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('real-networking:worksheet:ramp-readiness')))
    .toContain('2026-03-02');
  await page.goto('/workbook/');
  await expect(moduleSeven.getByRole('cell').nth(1)).toHaveText('In progress');
});
