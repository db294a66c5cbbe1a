/**
 * No input is dropped silently: in every tool, each field that checks what it is given keeps what was typed, says
 * what it expects, and changes nothing already saved. For each field the test types something invalid (words in a
 * number, half a date, an emptied required name), leaves the field, and checks the message and the stored data.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test, viewports } from './fixtures';
import { generated, seed, stored } from './seed';

const now = new Date().toISOString();
const day = (offset = 0) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** What a learner has saved in every tool, so that each test starts from answers that must not change. */
const saved = () => ({
  ...generated(6),
  'real-networking:worksheet:ramp-readiness': { v: 1, updatedAt: now, answers: { 'start-date': day(-10) } },
  'real-networking:worksheet:giving-style': { v: 1, updatedAt: now, answers: { 'weekly-budget': 2 } },
  'real-networking:ramp': {
    v: 1,
    updatedAt: now,
    checkIns: { '2': { conversations: 3, given: 1, savedAt: now } },
  },
  'real-networking:ledger': {
    v: 1,
    updatedAt: now,
    entries: [
      {
        id: 'e1',
        date: day(-1),
        contact: 'Ama',
        direction: 'gave',
        kind: 'advice',
        minutes: 15,
        fiveMinuteFavour: false,
        followUp: day(3),
      },
    ],
  },
  'real-networking:conversations': {
    v: 1,
    updatedAt: now,
    plans: [
      {
        id: 'p1',
        with: 'Leila',
        date: day(2),
        questions: [{ id: 'q1', question: 'How do you plan a route?', followUp: '' }],
        promises: [{ id: 'r1', text: 'Send the report', due: day(5) }],
        createdAt: now,
      },
    ],
  },
});

/** Type half a date into a date box (the month only), then leave it. */
async function typeHalfADate(page: Page, field: Locator) {
  await field.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('07');
  // Tab moves between a date box's day, month and year: leave the box as a learner would, by going elsewhere.
  await field.blur();
}

/** Check that an invalid entry says what it expects, keeps what was typed, and saved nothing. */
async function expectRefused(page: Page, field: Locator, message: RegExp, before: Record<string, string>) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const problem = page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
  await expect(problem).toHaveText(message);
  await expect(problem).toBeVisible();
  expect(await stored(page)).toEqual(before);
}

test.beforeEach(async ({ page }) => {
  await seed(page, saved());
});

test('the ramp plan: a half-typed start date and words in the weekly numbers', async ({ page }) => {
  await page.goto('/workbook/ramp-plan/');
  const start = page.getByLabel('First day of week 1');
  await expect(start).toHaveValue(day(-10));
  await page.getByLabel('Go to week').selectOption('2');
  const conversations = page.getByLabel('Conversations held');
  await expect(conversations).toHaveValue('3');
  const before = await stored(page);

  await start.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expectRefused(page, start, /Enter the whole date/, before);

  for (const [label, text] of [
    ['Conversations held', 'two'],
    ['Things given', 'two intros'],
  ] as const) {
    const field = page.getByLabel(label);
    await field.fill(text);
    await page.keyboard.press('Tab');
    await expect(field).toHaveValue(text);
    await expectRefused(page, field, /Enter a whole number from 0 to 500/, before);
  }
  expect(await axeViolations(page)).toEqual([]);
  // Fixing the entry saves it.
  await page.getByLabel('Things given').fill('2');
  await expect.poll(async () => JSON.parse((await stored(page))['real-networking:ramp']!).checkIns['2'].given).toBe(2);
});

test('the give/get ledger: words in the minutes and the budget, half-typed dates, and an entry not added', async ({
  page,
}) => {
  await page.goto('/workbook/give-get-ledger/');
  const budget = page.getByLabel('Hours a week you mean to spend helping others');
  await expect(budget).toHaveValue('2');
  const before = await stored(page);

  await budget.fill('two hours');
  await page.keyboard.press('Tab');
  await expect(budget).toHaveValue('two hours');
  await expectRefused(page, budget, /Enter a number from 0 to 40 \(hours a week\)/, before);

  const form = page.getByRole('form', { name: /Log an exchange/ });
  // Nobody named: the problem is said at the top of the form (off screen on a phone), and focus goes to the box.
  await form.getByRole('button', { name: 'Add to my ledger' }).click();
  await expect(form.getByLabel('With whom (required)')).toBeFocused();
  await expect(form.getByLabel('With whom (required)')).toHaveAccessibleDescription(/Say who the exchange was with/);
  await form.getByLabel('With whom (required)').fill('Ben');
  const minutes = form.getByLabel('Minutes it took');
  await minutes.fill('ten');
  await page.keyboard.press('Tab');
  await expectRefused(page, minutes, /Enter a whole number from 0 to 1440 \(minutes\)/, before);
  await typeHalfADate(page, form.getByLabel('Follow up by'));
  await expectRefused(page, form.getByLabel('Follow up by'), /Enter the whole date/, before);
  await form.getByRole('button', { name: 'Add to my ledger' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Not added yet' })).toBeVisible();
  expect(await stored(page)).toEqual(before);

  const date = form.getByLabel('Date (required)');
  await date.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expectRefused(page, date, /Enter the whole date|This date is needed/, before);
  expect(await axeViolations(page)).toEqual([]);
});

test('the give/get ledger: Enter pressed in a half-typed follow-up date adds nothing and says why', async ({
  page,
}) => {
  await page.goto('/workbook/give-get-ledger/');
  const before = await stored(page);
  const form = page.getByRole('form', { name: /Log an exchange/ });
  await form.getByLabel('With whom (required)').fill('Ben');
  const followUp = form.getByLabel('Follow up by');
  await followUp.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('07');
  // Enter sends the form from inside the box, without leaving it.
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert').filter({ hasText: 'Not added yet: Enter the whole date' })).toBeVisible();
  await expectRefused(page, followUp, /Enter the whole date/, before);
  expect(await stored(page)).toEqual(before);
});

test('the give/get ledger: a note past its limit says so, and a long unbroken note wraps on a 320-pixel phone', async ({
  page,
}) => {
  await page.setViewportSize(viewports.narrow);
  await page.goto('/workbook/give-get-ledger/');
  const form = page.getByRole('form', { name: /Log an exchange/ });
  await form.getByLabel('With whom (required)').fill('Ben');
  const note = form.getByLabel('Note');
  await expect(note).toHaveAccessibleDescription(/up to 2,000 characters\. 2,000 characters left/);
  // A paste longer than a note holds is cut at the limit by the box, and the learner is told.
  await note.fill('x'.repeat(2500));
  await expect(note).toHaveValue('x'.repeat(2000));
  await expect(form.getByText('The note is full: 2,000 characters. Anything past that was not kept.')).toBeVisible();
  await form.getByRole('button', { name: 'Add to my ledger' }).click();
  const entries = page.locator('.ledger-entries');
  await expect(entries).toContainText('xxxx');
  // The unbroken note wraps inside the page rather than widening it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('on a 320-pixel phone, a long unbroken name or a pasted address never widens the audit or the ledger', async ({
  page,
}) => {
  await page.setViewportSize(viewports.narrow);
  await page.goto('/about/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/workbook/network-audit/');
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  for (const name of ['Ann', 'maria.gonzalez-fernandez@bigcorp.example.com', 'L'.repeat(200)]) {
    await page.getByLabel('Add a person').fill(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: new RegExp(`^Done with ${name.slice(0, 20)}`) })).toBeVisible();
    expect(await width(), `${name.slice(0, 20)}…, open`).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: new RegExp(`^Done with ${name.slice(0, 20)}`) }).click();
    expect(await width(), `${name.slice(0, 20)}…, done`).toBeLessThanOrEqual(320);
  }
  // Who knows whom names both people of each pair, and the next person with pairs open.
  await expect(page.getByRole('button', { name: /^Next with pairs open/ })).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(320);

  await page.goto('/workbook/give-get-ledger/');
  const form = page.getByRole('form', { name: /Log an exchange/ });
  await form.getByLabel('With whom (required)').fill('Ann');
  await form.getByLabel('Note').fill(`https://example.com/${'a/very/long/path/'.repeat(12)}`);
  await form.getByLabel('Follow up by').fill(day(0));
  await form.getByRole('button', { name: 'Add to my ledger' }).click();
  await expect(page.getByRole('region', { name: 'Follow-ups due this week' }).getByText(/^Ann: https/)).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(320);
});

test('the conversation planner: half-typed dates for the conversation and a promise', async ({ page }) => {
  await page.goto('/lessons/conversation-craft/');
  const planner = page.getByRole('region', { name: 'Conversation planner' });
  await planner.scrollIntoViewIfNeeded();
  await planner.getByRole('button', { name: /^Leila/ }).click();
  const before = await stored(page);
  for (const label of ['When', 'By when']) {
    const field = planner.getByLabel(label, { exact: true });
    await field.click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expectRefused(page, field, /Enter the whole date/, before);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('the network audit: an emptied name and a half-typed date of the last conversation', async ({ page }) => {
  await page.goto('/workbook/network-audit/');
  await page.getByRole('button', { name: /^Cleo/ }).click();
  const before = await stored(page);
  const name = page.getByLabel('Name, alias or initials (required)');
  await name.fill('');
  await page.keyboard.press('Tab');
  await expectRefused(
    page,
    name,
    /Give this person a name or initials\. Until you do, the name saved stays: Cleo\./,
    before,
  );
  await expect(page.getByRole('button', { name: /^Cleo/ })).toBeVisible();

  const last = page.getByLabel('When was your last real conversation?');
  await typeHalfADate(page, last);
  await expectRefused(page, last, /Enter the whole date/, before);
  expect(await axeViolations(page)).toEqual([]);
});

/** "Make the assignment link" pressed: no link, and the list of problems names this one, as a link to its box. */
async function expectNoLink(page: Page, problem: RegExp) {
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /No link yet/ })
      .getByRole('link', { name: problem }),
  ).toBeVisible();
  await expect(page.getByLabel(/^The link/)).toHaveCount(0);
}

test('the coach’s assignment form: half-typed dates are kept, said, and stop the link until finished', async ({
  page,
}) => {
  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  await page.getByLabel('Your name (required)').fill('Coach Rivera');
  await page.getByLabel("Client's name or alias (required)").fill('Sam');
  const before = await stored(page);

  // "Schedule from" partly erased: the date it held stays in use, and the box says so, instead of quietly becoming
  // today (as it did).
  const from = page.getByLabel('Schedule from');
  await from.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expectRefused(page, from, /Enter the whole date/, before);

  // A due date half typed: kept in the box, said, and no link is made while it is so.
  const due = page.getByLabel(/^Due date for Module 1:/);
  await typeHalfADate(page, due);
  await expectRefused(page, due, /Enter the whole date/, before);
  await expectNoLink(page, /^Due date for Module 1: Enter the whole date/);
  expect(await stored(page)).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);

  // Finished, the link is made with the date.
  await due.fill(day(7));
  await page.getByLabel('Schedule from').fill(day(0));
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(page.getByLabel(/^The link/)).toBeVisible();
});

test('dates out of range: a last conversation or an exchange after today, and a due date already passed, are kept in the box, said, and save nothing', async ({
  page,
}) => {
  await page.goto('/workbook/network-audit/');
  await page.getByRole('button', { name: /^Cleo/ }).click();
  let before = await stored(page);
  const last = page.getByLabel('When was your last real conversation?');
  await last.fill(day(1));
  await expectRefused(page, last, /This date is after today: enter today or an earlier day/, before);
  await expect(last).toHaveValue(day(1));
  await last.fill(day(-400));
  await expect(last).not.toHaveAttribute('aria-invalid');
  expect(await stored(page)).not.toEqual(before);

  await page.goto('/workbook/give-get-ledger/');
  before = await stored(page);
  const form = page.getByRole('form', { name: /Log an exchange/ });
  await form.getByLabel('With whom (required)').fill('Ben');
  const date = form.getByLabel('Date (required)');
  await date.fill(day(2));
  await expectRefused(page, date, /This date is after today/, before);
  await form.getByRole('button', { name: 'Add to my ledger' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Not added yet: This date is after today' })).toBeVisible();
  expect(await stored(page)).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  await page.getByLabel('Your name (required)').fill('Coach Rivera');
  await page.getByLabel("Client's name or alias (required)").fill('Sam');
  before = await stored(page);
  const due = page.getByLabel(/^Due date for Module 1:/);
  await due.fill(day(-3));
  await expectRefused(page, due, /This date has passed: enter today or a later day/, before);
  await expectNoLink(page, /^Due date for Module 1: This date has passed/);
  await due.fill(day(0));
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(page.getByLabel(/^The link/)).toBeVisible();
});

test('the coach’s clients page: a report link that is refused stays in the box to be checked', async ({ page }) => {
  await page.goto('/coach/clients/');
  const box = page.getByLabel('Paste a report link');
  const link = 'https://example.com/coach/clients/#r=r1.not-a-real-report';
  await box.fill(link);
  await page.getByRole('button', { name: 'Open this report' }).click();
  await expect(page.getByRole('alert')).toContainText('This report was not added');
  await expect(box).toHaveValue(link);
  expect(await axeViolations(page)).toEqual([]);
});

test('the ledger’s chart on a 320-pixel phone: every bar has its number, and no label is under 12 pixels', async ({
  page,
}) => {
  await page.setViewportSize(viewports.narrow);
  await page.goto('/workbook/give-get-ledger/');
  const chart = page.locator('.ledger-chart svg');
  await expect(chart).toBeVisible();
  const drawn = await chart.evaluate((svg: SVGSVGElement) => {
    const scale = svg.getScreenCTM()!.a;
    const texts = [...svg.querySelectorAll('text')];
    return {
      bars: svg.querySelectorAll('rect.bar-gave, rect.bar-got').length,
      values: svg.querySelectorAll('text.chart-value').length,
      smallest: Math.min(...texts.map((text) => Number(text.getAttribute('font-size')) * scale)),
    };
  });
  expect(drawn.bars).toBeGreaterThan(0);
  expect(drawn.values).toBe(drawn.bars);
  // Drawn to be exactly 12 pixels at the narrowest: compared to a tenth of a pixel, below floating-point noise.
  expect(Math.round(drawn.smallest * 10) / 10).toBeGreaterThanOrEqual(12);
});
