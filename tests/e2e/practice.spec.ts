/**
 * The practice tools by keyboard: the give/get ledger, the conversation planner and the 26-week ramp plan, with
 * reload, export and import, the calendar file, and axe in every state.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { axeViolations, expect, test, showTransfer } from './fixtures';

/** Tick a box or choose a radio button by keyboard: focus it, press Space. */
async function tick(control: Locator) {
  await control.focus();
  await control.page().keyboard.press('Space');
  await expect(control).toBeChecked();
}

/** Press a button or open a summary by keyboard: focus it, press Enter. */
async function press(control: Locator) {
  await control.focus();
  await control.page().keyboard.press('Enter');
}

/** YYYY-MM-DD of a day `offset` days from today, in the browser's (and this machine's) local time. */
function day(offset = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function logExchange(
  page: Page,
  entry: {
    date: string;
    who: string;
    what: RegExp;
    kind: string;
    minutes?: string;
    favour?: boolean;
    glad?: boolean;
    followUp?: string;
  },
) {
  const form = page.getByRole('form', { name: /Log an exchange/ });
  await form.getByLabel('Date (required)').fill(entry.date);
  await form.getByLabel('With whom (required)').fill(entry.who);
  await tick(form.getByRole('radio', { name: entry.what }));
  await form.getByLabel('What kind of help?').selectOption({ label: entry.kind });
  if (entry.minutes) await form.getByLabel('Minutes it took').fill(entry.minutes);
  if (entry.favour) await tick(form.getByRole('checkbox', { name: /five-minute favour/ }));
  if (entry.glad !== undefined)
    await tick(form.getByRole('radio', { name: entry.glad ? 'I was glad to' : 'I felt obliged' }));
  if (entry.followUp) await form.getByLabel('Follow up by').fill(entry.followUp);
  await form.getByRole('button', { name: 'Add to my ledger' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Added: ${entry.who}` })).toBeAttached();
}

test('a learner logs a week of gives and gets, reads the figures, reloads, edits and deletes with undo', async ({
  page,
}) => {
  await page.goto('/workbook/give-get-ledger/');
  await expect(page.getByLabel('Date (required)')).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);

  await logExchange(page, {
    date: day(-4),
    who: 'Leila',
    what: /^I gave$/,
    kind: 'An introduction',
    minutes: '10',
    favour: true,
    glad: true,
  });
  await logExchange(page, {
    date: day(-3),
    who: 'Grace',
    what: /^I received$/,
    kind: 'Advice or feedback',
    minutes: '30',
  });
  await logExchange(page, { date: day(-2), who: 'Kofi', what: /^I asked$/, kind: 'Information', minutes: '5' });
  await logExchange(page, {
    date: day(-1),
    who: 'Priya',
    what: /^I gave$/,
    kind: 'Information',
    minutes: '15',
    glad: false,
    followUp: day(0),
  });

  const figures = page.getByRole('region', { name: 'What your ledger shows' });
  await expect(figures.getByRole('heading', { level: 2 })).toBeVisible();
  const readings = figures.locator('[data-reading]');
  await expect(readings.first()).toHaveAttribute('data-reading', 'frequency');
  // Three exchanges and two reasons are too few to read a balance or a share: the ledger says so, not "two-way".
  await expect(
    figures.getByText(/^not enough exchanges yet to read a balance \(3 of 5 in the last (week|two weeks)\)$/),
  ).toBeVisible();
  await expect(
    figures.getByText(/^not enough gives with a reason yet \(2 of 5 in the last (week|two weeks)\)$/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Follow-ups due this week' }).getByText(/Priya/)).toBeVisible();
  await press(page.getByText('The chart as a table'));
  await expect(page.getByRole('table', { name: 'Gives and gets per week' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  const entries = page.getByRole('region', { name: 'Every entry' });
  await expect(entries.getByRole('listitem')).toHaveCount(4);

  await entries.getByRole('button', { name: /Change the entry with Kofi/ }).press('Enter');
  await expect(page.getByLabel('Date (required)')).toBeFocused();
  await page.getByLabel('Minutes it took').fill('20');
  await page.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(entries.getByText(/Kofi · 20 min/)).toBeVisible();

  await entries.getByRole('button', { name: /Delete the entry with Grace/ }).press('Enter');
  await expect(entries.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entries.getByRole('listitem')).toHaveCount(4);
  // Undo goes, and focus lands on the entry it brought back rather than on the page.
  await expect(entries.getByRole('button', { name: /Change the entry with Grace/ })).toBeFocused();

  await page.goto('/workbook/');
  await expect(page.getByRole('region', { name: 'Tools' }).getByText(/Priya: /)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the tools travel with the workbook: export, clear, import gives back identical data', async ({ page }) => {
  const keys = ['ledger', 'audit', 'conversations', 'ramp'].map((name) => `real-networking:${name}`);
  await page.goto('/workbook/give-get-ledger/');
  await expect(page.getByLabel('Date (required)')).toBeEnabled();
  await logExchange(page, { date: day(-1), who: 'Zoë, "Z"', what: /^I gave$/, kind: 'A resource' });
  await page.goto('/workbook/network-audit/');
  await page.getByLabel('Add a person').fill('Zoë Nuñez');
  await page.keyboard.press('Enter');
  await page.goto('/workbook/ramp-plan/');
  await page.getByLabel('First day of week 1').fill(day(-10));
  await page.getByLabel('One thing you learned').fill('Ask before offering');
  await page.goto('/lessons/conversation-craft/');
  const planner = page.getByRole('region', { name: 'Conversation planner' });
  await planner.scrollIntoViewIfNeeded();
  await planner.getByLabel('Plan a conversation with').fill('Leila');
  await page.keyboard.press('Enter');
  await expect(planner.getByRole('button', { name: /^Leila/ })).toBeVisible();
  const before = await page.evaluate((names) => names.map((key) => localStorage.getItem(key)), keys);
  expect(before.every((value) => value !== null)).toBe(true);

  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await showTransfer(page);
  await press(page.getByRole('button', { name: /Download workbook \(\.json/ }));
  const path = (await (await download).path())!;
  expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).entries)).toEqual(
    expect.arrayContaining(['ledger', 'audit', 'conversations', 'ramp']),
  );
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await showTransfer(page);
  await expect(page.getByLabel('Import a workbook file')).toBeEnabled();
  await page.getByLabel('Import a workbook file').setInputFiles(path);
  // The preview takes focus as it opens; the button is pressed after that, as a keyboard user would.
  await expect(page.getByRole('heading', { name: /What importing .* will do/ })).toBeFocused();
  await press(page.getByRole('button', { name: 'Import (merge)' }));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  expect(await page.evaluate((names) => names.map((key) => localStorage.getItem(key)), keys)).toEqual(before);
  // The tools' figures at the top of the page follow the import at once, without a reload.
  const tools = page.getByRole('region', { name: 'Tools' });
  await expect(tools).toContainText('1 person');
  await expect(tools).toContainText('1 entry');
  await expect(tools).toContainText('week 2 of 26');
  // And a delete empties them again.
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(tools).toContainText('0 people');
  await expect(tools).toContainText('0 entries');
  await expect(tools).toContainText('not started');
});

test('a conversation plan: questions with follow-ups, and a promise that becomes a ledger entry', async ({ page }) => {
  await page.goto('/lessons/conversation-craft/');
  const planner = page.getByRole('region', { name: 'Conversation planner' });
  await planner.scrollIntoViewIfNeeded();
  await expect(planner.getByLabel('Plan a conversation with')).toBeEnabled();
  await planner.getByLabel('Plan a conversation with').fill('Leila');
  await page.keyboard.press('Enter');
  await planner.getByLabel('What do you want from this conversation?').fill('Learn how planning decides routes');
  await planner.getByLabel('Question', { exact: true }).fill('How do you plan a new route?');
  await planner.getByLabel('Follow-up', { exact: true }).fill('What made the last one hard?');
  await planner.getByRole('button', { name: 'Add a promise' }).press('Enter');
  await planner.getByLabel('Promise 1').fill('Send the depot loading report');
  await planner.getByLabel('By when').fill(day(0)); // today is always in "this week"
  await planner.getByRole('button', { name: 'Add to my give/get ledger' }).press('Enter');
  await expect(planner.getByText('In your give/get ledger.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await planner.scrollIntoViewIfNeeded();
  await expect(planner.getByRole('button', { name: /^Leila/ })).toBeVisible();
  await page.goto('/workbook/give-get-ledger/');
  await expect(
    page
      .getByRole('region', { name: 'Every entry' })
      .getByText(/Promised in our conversation: Send the depot loading report/),
  ).toBeVisible();
  const due = page.getByRole('region', { name: 'Follow-ups due this week' }).getByText(/Leila/);
  await expect(due).toBeVisible();
  const line = await due.textContent();

  // The workbook page lists the planner among the tools, with its plan, and the same follow-up line as the ledger.
  await page.goto('/workbook/');
  const tools = page.getByRole('region', { name: 'Tools' });
  await expect(tools.getByRole('link', { name: 'Conversation planner' })).toHaveAttribute(
    'href',
    /\/lessons\/conversation-craft\/#planner-title$/,
  );
  await expect(tools).toContainText('1 plan, in module 6');
  await expect(tools.getByText(line!.trim(), { exact: true })).toBeVisible();
});

test('the ramp plan: start on day one, check in, add the calendar, and at week 4 re-audit and compare', async ({
  page,
}) => {
  // Day one of a new job: set up the plan, and check the calendar file.
  await page.goto('/workbook/ramp-plan/');
  await expect(page.getByLabel('First day of week 1')).toBeEnabled();
  await tick(page.getByRole('radio', { name: 'A new job in a new organisation' }));
  await page.getByLabel('First day of week 1').fill(day(0));
  await expect(page.getByRole('heading', { name: /^Week 1 of 26: Orient \(this week\)/ })).toBeVisible();
  await page.getByLabel('If…').fill('it is Tuesday lunchtime');
  await page.getByLabel('…then I will').fill('ask my manager what good work looks like');
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the calendar (.ics)' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe(`real-networking-ramp-plan-${day(0)}.ics`);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await file.path())!, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events).toHaveLength(29);
  expect(events[0]!.summary).toBe('Ramp plan: week 1 check-in (Orient)');
  expect(events[0]!.startDate.toString()).toBe(day(6));

  // Three weeks later, in week 4: the plan asks for a re-audit and shows the change since the first snapshot.
  await page.goto('/workbook/network-audit/');
  await page.getByLabel('Add a person').fill('Grace');
  await page.keyboard.press('Enter');
  await page.getByLabel('Name this snapshot (optional)').fill('Day one');
  await page.keyboard.press('Enter');
  await page.getByLabel('Add a person').fill('Leila');
  await page.keyboard.press('Enter');
  await page.goto('/workbook/ramp-plan/');
  await page.getByLabel('First day of week 1').fill(day(-21));
  await expect(page.getByRole('heading', { name: /^Week 4 of 26: Orient \(this week\)/ })).toBeVisible();
  await expect(page.getByText('Re-audit week')).toBeVisible();
  await expect(page.getByText('Since your first snapshot (Day one):')).toBeVisible();
  await expect(page.getByText(/Came: Leila\. Went: nobody\. Stayed: 1\./)).toBeVisible();
  await expect(page.getByText(/1 person came with nothing answered but a name \(Leila\)/)).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Your network then and now' })
      .getByRole('row', { name: /^People 1 1 listed 2 2 listed Changed\. 1 person came\.$/ }),
  ).toBeVisible();
  await tick(page.getByRole('radio', { name: 'Done', exact: true }));
  await page.getByLabel('Conversations held').fill('4');
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.getByLabel('Conversations held')).toHaveValue('4');
  await page.goto('/');
  await expect(page.getByText('Ramp plan: week 4 of 26')).toBeVisible();
});
