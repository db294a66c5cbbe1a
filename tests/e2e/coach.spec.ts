/**
 * Coach mode, in separate browser contexts for coach and client: the coach assigns, the client opens the link and
 * accepts, does a module, sends a report with no passphrase (locked with the assignment's key), and the coach sees it
 * verified and adds it. Reports with no assignment are sealed with a passphrase and open unverified. Forged reports,
 * a report replayed under another client's assignment, and reports for assignments made elsewhere are refused. A
 * second link in the same tab is read; links leave the address once read. Long answers are drawn a little at a time;
 * oversized reports and pastes are refused; coach data that cannot be read, or is newer, is kept and said so. Names
 * and notes made of HTML and script show as plain text. Axe throughout.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { decodeAssignment, encodeAssignment } from '../../src/lib/coach/assignment';
import { lockForAssignment } from '../../src/lib/coach/keyed';
import { encodeReport, lockReport, type ProgressReport } from '../../src/lib/coach/report';
import { axeViolations, expect, test, viewports } from './fixtures';

const hostileName = '<img src=x onerror="window.__pwned=1">Sam';
const hostileNote = 'Start here <script>window.__pwned=1</script> & enjoy';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A second browser profile (the client's), failing the test on any console error, like the main one. */
async function clientContext(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL });
  const errors: string[] = [];
  context.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  context.on('weberror', (error) => errors.push(error.error().message));
  return { context, page: await context.newPage(), errors };
}

async function makeAssignment(page: Page, client: string, note: string, coach = 'Coach Rivera'): Promise<string> {
  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  await page.getByLabel('Your name (required)').fill(coach);
  await page.getByLabel("Client's name or alias (required)").fill(client);
  // Modules 1 and 2 only, and the module 2 worksheet, one a week.
  for (const module of [3, 4, 5, 6, 7, 8, 9, 10])
    await page.getByRole('checkbox', { name: new RegExp(`^Module ${module}:`) }).uncheck();
  await page.getByRole('checkbox', { name: /^Worksheet: Map your lines of power/ }).check();
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  await page.getByLabel('A note for your client').fill(note);
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  const link = await page.getByLabel(/^The link/).inputValue();
  expect(link).toMatch(/\/assignment\/#a=a2\./);
  return link;
}

async function accept(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('status').filter({ hasText: /Accepted\.|updated/ })).toBeVisible();
}

/** The client makes a report link on /workbook/report/ (with their assignment, it is locked: no passphrase). */
async function reportLinkFrom(page: Page): Promise<string> {
  await page.goto('/workbook/report/');
  await expect(page.getByRole('heading', { name: 'Locked for your coach' })).toBeVisible();
  await page.getByRole('button', { name: 'Make a link to send' }).click();
  const link = await page.getByLabel(/Your report as a link \(locked for your coach\)/).inputValue();
  expect(link).toMatch(/\/coach\/clients\/#r=r2\./);
  return link;
}

/** The coach's stored data, as the page keeps it. */
async function coachData(
  page: Page,
): Promise<{ clients: Record<string, { assignment?: { key?: string }; reports: unknown[] }> }> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem('real-networking:coach'))) ?? '{"clients":{}}');
}

test('a worksheet ticked beside all ten modules is scheduled the week after its module, not after module 10', async ({
  page,
}) => {
  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  await page.getByRole('checkbox', { name: /^Worksheet: Map your lines of power/ }).check();
  await page.getByLabel('Schedule from').fill('2030-01-07');
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  const due = (name: RegExp) => page.getByLabel(name).inputValue();
  // Module 2 is due at the end of week 2, its worksheet a week later, and module 3 a week after that.
  expect(await due(/^Due date for Module 2:/)).toBe('2030-01-20');
  expect(await due(/^Due date for Worksheet: Map your lines of power/)).toBe('2030-01-27');
  expect(await due(/^Due date for Module 3:/)).toBe('2030-02-03');
  expect(await due(/^Due date for Module 10:/)).toBe('2030-03-24');
});

test('the assignment form names every problem at once, drops each as it is fixed, and never needs “Schedule from”', async ({
  page,
}) => {
  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  for (let module = 1; module <= 10; module++)
    await page.getByRole('checkbox', { name: new RegExp(`^Module ${module}:`) }).uncheck();
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  // All three at once, at the top, with focus on the list; each box is marked and says what is wrong under it.
  const problems = page.getByRole('alert').filter({ hasText: 'No link yet: 3 things to fix' });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('link')).toHaveText([
    'Give your name, as your client will see it (with at least one letter or digit).',
    "Give your client's name or an alias (with at least one letter or digit).",
    'Choose at least one module or worksheet.',
  ]);
  await expect(page.getByLabel('Your name (required)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Your name (required)')).toHaveAccessibleDescription(/Give your name/);
  expect(await axeViolations(page)).toEqual([]);
  // A link in the list leads into its box; a fixed box's problem goes at once, without pressing the button again.
  await problems.getByRole('link', { name: /^Give your client's name/ }).click();
  await expect(page.getByLabel("Client's name or alias (required)")).toBeFocused();
  await page.keyboard.type('Sam');
  await expect(page.getByRole('alert').filter({ hasText: 'No link yet: 2 things to fix' })).toBeVisible();
  await expect(page.getByLabel("Client's name or alias (required)")).not.toHaveAttribute('aria-invalid');
  await page.getByRole('link', { name: 'Choose at least one module or worksheet.' }).click();
  await expect(page.getByRole('checkbox', { name: /^Module 1:/ })).toBeFocused();
  await page.getByLabel('Your name (required)').fill('Coach Rivera');
  await page.getByRole('checkbox', { name: /^Module 1:/ }).check();
  await page.getByRole('checkbox', { name: /^Module 2:/ }).check();
  await page.getByRole('checkbox', { name: /^Worksheet: Map your lines of power/ }).check();
  await expect(page.getByText(/^No link yet/)).toHaveCount(0);

  // "Schedule from" emptied: its button asks for a date (and schedules nothing); the link does not need it.
  await page.getByLabel('Schedule from').fill('');
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  await expect(page.getByText('Give the date to schedule from: today or a later day.')).toBeVisible();
  await expect(page.getByLabel('Schedule from')).toBeFocused();
  await expect(page.getByLabel(/^Due date for Module 1:/)).toHaveValue('');
  // A date already passed is said under the box, and the button leaves the dates alone rather than using today.
  await page.getByLabel('Schedule from').fill('2020-01-06');
  await expect(page.getByText(/This date has passed/)).toBeVisible();
  await expect(page.getByText('Give the date to schedule from: today or a later day.')).toHaveCount(0);
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  await expect(page.getByLabel(/^Due date for Module 1:/)).toHaveValue('');
  await page.getByLabel('Schedule from').fill('2030-01-07');
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  await expect(page.getByLabel(/^Due date for Module 1:/)).toHaveValue('2030-01-13');

  // Moved after scheduling, the order and the dates disagree: said, and the link can still be made. Focus stays on
  // the button pressed, by keyboard too, as the row moves.
  const up = page.getByRole('button', { name: /^Move Worksheet: Map your lines of power .* up$/ });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();

  const notes = page.locator('.order-notes');
  await expect(notes).toContainText(
    'Worksheet: Map your lines of power comes before Module 2, the lesson it practises.',
  );
  await expect(notes).toContainText(
    'Module 2 is due on Sun 20 Jan 2030, before Worksheet: Map your lines of power above it (due on Sun 27 Jan 2030).',
  );
  expect(await axeViolations(page)).toEqual([]);
  // At the top, "Up" can go no further: focus moves to the same item's "Down".
  const moduleOneUp = page.getByRole('button', { name: /^Move Module 1: .* up$/ });
  await page.getByRole('button', { name: /^Move Module 1: .* down$/ }).focus();
  await page.keyboard.press('Enter');
  await moduleOneUp.focus();
  await page.keyboard.press('Enter');
  await expect(moduleOneUp).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Move Module 1: .* down$/ })).toBeFocused();
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(page.getByLabel(/^The link/)).toBeVisible();
  // A change to the form after the link is made is pointed out: the link on screen no longer holds it.
  await expect(page.getByText(/You have changed the form since this link was made/)).toHaveCount(0);
  await page.getByLabel("Client's name or alias (required)").fill('Jordan');
  await expect(page.getByText(/You have changed the form since this link was made/)).toBeVisible();
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(page.getByRole('heading', { name: 'Assignment for Jordan' })).toBeFocused();
  await expect(page.getByText(/You have changed the form since this link was made/)).toHaveCount(0);
});

test('coach assigns, client accepts and reports back with no passphrase, coach sees it verified and adds it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const link = await makeAssignment(page, hostileName, hostileNote);
  await expect(page.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Assignment for ${hostileName}` })).toBeVisible();
  // Copying says what happened (copied, or how to copy the selected link where the browser refuses).
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^(Copied\.|This browser did not allow copying)/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const client = await clientContext(browser, baseURL!);
  await client.page.goto(link);
  await expect(client.page.getByRole('heading', { name: `From Coach Rivera, for ${hostileName}` })).toBeVisible();
  await expect(client.page.getByText(hostileNote)).toBeVisible();
  expect(await client.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await client.page.locator('.accept img, .accept script').count()).toBe(0);
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(client.page.getByRole('status').filter({ hasText: 'Accepted.' })).toBeVisible();
  // Once accepted, the link (names, note, key) is out of the address and history.
  expect(new URL(client.page.url()).hash).toBe('');
  expect(await axeViolations(client.page)).toEqual([]);
  // Coming back to the page, now with no link in the address, leads to the assignment in the workbook.
  await client.page.reload();
  const kept = client.page.locator('.notice').filter({ hasText: 'Your assignment is in your workbook' });
  await expect(kept).toContainText('The assignment you accepted in this browser is on your workbook page');
  await expect(kept.getByRole('link', { name: 'your workbook page' })).toHaveAttribute('href', '/workbook/');

  // The course page shows the assignment; the client does module 2 and its worksheet.
  await client.page.goto('/');
  await expect(client.page.getByText(/^Assigned by Coach Rivera: 0 of 3 done/)).toBeVisible();
  await client.page.goto('/lessons/power-outside-the-hierarchy/');
  await client.page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
  const worksheet = client.page.getByRole('region', { name: 'Map your lines of power' });
  await worksheet.scrollIntoViewIfNeeded();
  await worksheet.getByLabel('Your current role, in a few words').fill('Junior analyst');
  await client.page.goto('/workbook/');
  await expect(
    client.page.getByRole('region', { name: 'Assigned by Coach Rivera' }).getByText('1 of 3 done'),
  ).toBeVisible();

  // A newer link from the same coach updates the assignment rather than adding a second, with nothing pointed out.
  const newer = await makeAssignment(page, hostileName, 'Updated note');
  await client.page.goto(newer);
  await expect(client.page.getByText('Check this link before you accept it')).toHaveCount(0);
  await client.page.getByRole('button', { name: 'Update my assignment' }).click();
  await client.page.goto('/workbook/');
  await expect(client.page.getByRole('region', { name: /^Assigned by / })).toHaveCount(1);
  await expect(client.page.getByText('Updated note')).toBeVisible();

  // The report: choose what goes in, preview, and send: locked with the assignment's key, no passphrase asked.
  await client.page.goto('/workbook/report/');
  await expect(client.page.getByLabel('Your name, as your coach knows you (required)')).toHaveValue(hostileName);
  await client.page.getByRole('checkbox', { name: /My answers to "Map your lines of power"/ }).check();
  const preview = client.page.getByRole('region', { name: 'Exactly what your coach will see' });
  await expect(preview.getByText('Junior analyst')).toBeVisible();
  // The report counts what the coach assigned (modules 1 and 2 and one worksheet), as the client's workbook does.
  await expect(preview.getByText('1 of 3 done.')).toBeVisible();
  await expect(preview.getByText(/Module 3:/)).toHaveCount(0);
  await expect(client.page.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.getByRole('button', { name: 'Make a link to send' }).click();
  const reportLink = await client.page.getByLabel(/Your report as a link \(locked for your coach\)/).inputValue();
  expect(reportLink).toMatch(/\/coach\/clients\/#r=r2\./);
  expect(reportLink).not.toMatch(/Junior|analyst|Sam/);
  // Changing what goes in takes the old link away, so it cannot be sent by mistake.
  await client.page.getByRole('checkbox', { name: /My answers to "Map your lines of power"/ }).uncheck();
  await expect(client.page.getByLabel(/Your report as a link/)).toBeHidden();
  expect(client.errors).toEqual([]);
  await client.context.close();

  // The coach opens it: shown first, verified, and kept only when added.
  await page.goto(reportLink);
  const received = page.getByRole('region', { name: `Report from ${hostileName}` });
  await expect(received.getByText(/^Verified: it opened with the key of the assignment you made for/)).toBeVisible();
  await expect(received.getByText('Junior analyst')).toBeVisible();
  // Read, so out of the address; and nothing kept yet.
  expect(new URL(page.url()).hash).toBe('');
  expect((await coachData(page)).clients[Object.keys((await coachData(page)).clients)[0]!]?.reports).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await received.getByRole('button', { name: `Add to ${hostileName}’s reports` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Report from ${hostileName} added.` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`^${escape(hostileName)}`) });
  // The first cells after the client's name are modules 1 and 2; module 2's holds its worksheet too, with its own
  // status: the module is marked complete, the worksheet is not (one required answer of several).
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^(To do|Due soon|Overdue)$/);
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^Done\s*Worksheet\s*(To do|Due soon)$/);
  await expect(row).not.toContainText('not verified');
  await expect(page.getByRole('region', { name: hostileName }).getByText('Latest report verified')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);

  // A returning visit: the client and the report are still there.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(`^${escape(hostileName)}`) })).toBeVisible();
});

test('a report with no assignment is sealed with a passphrase and opens unverified', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const client = await clientContext(browser, baseURL!);
  await client.page.goto('/workbook/report/');
  await client.page.getByLabel('Your name, as your coach knows you (required)').fill('Ama');
  await client.page.getByLabel('Passphrase', { exact: true }).fill('too short');
  await client.page.getByLabel('The same passphrase again').fill('too short');
  await client.page.getByRole('button', { name: 'Make a link to send' }).click();
  await expect(client.page.getByRole('alert')).toContainText('at least 16 characters');
  await client.page.getByRole('button', { name: 'Suggest a passphrase' }).click();
  const passphrase = client.page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toHaveValue(/^[a-z]+(-[a-z]+){4}$/);
  await expect(client.page.getByLabel('The same passphrase again')).toHaveValue(await passphrase.inputValue());
  const words = await passphrase.inputValue();
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.getByRole('button', { name: 'Make a link to send' }).click();
  const link = await client.page.getByLabel(/Your report as a link \(sealed\)/).inputValue({ timeout: 60_000 });
  expect(link).toMatch(/#r=s1\./);
  await client.context.close();

  await page.goto(link);
  await expect(page.getByText('This report is sealed')).toBeVisible();
  // Sealed, it stays in the address until opened, so a reload asks for the passphrase again.
  await page.reload();
  await expect(page.getByText('This report is sealed')).toBeVisible();
  await page.getByLabel('The passphrase your client gave you').fill('wrong words, wrong words');
  await page.getByRole('button', { name: 'Open the report' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('The passphrase your client gave you').fill(words);
  await page.getByRole('button', { name: 'Open the report' }).click();
  const received = page.getByRole('region', { name: 'Report from Ama' });
  await expect(received.getByText(/^Not verified: it was sealed with a passphrase/)).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  expect(await axeViolations(page)).toEqual([]);
  await received.getByRole('button', { name: 'Add to Ama’s reports' }).click();
  await expect(page.getByRole('row', { name: /^Ama / })).toContainText('(not verified)');
  // Told apart from an assigned Ama in the column that stays on screen.
  await expect(page.getByRole('row', { name: /^Ama / }).getByRole('rowheader')).toContainText('no assignment');
  // On a phone, the name stays in view while the table scrolls sideways.
  await page.setViewportSize(viewports.phone);
  const table = page.getByRole('group', { name: 'Your clients (scrolls sideways)' });
  await table.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
  const [tableBox, nameBox] = [
    await table.boundingBox(),
    await page.getByRole('row', { name: /^Ama / }).getByRole('rowheader').boundingBox(),
  ];
  expect(nameBox!.x).toBeGreaterThanOrEqual(tableBox!.x - 1);
});

test('a report file is added after a look, and coach data moves by file', async ({ page, browser, baseURL }) => {
  const link = await makeAssignment(page, 'Ama', 'Welcome');
  const client = await clientContext(browser, baseURL!);
  await accept(client.page, link, 'Accept this assignment');
  await client.page.goto('/workbook/report/');
  const download = client.page.waitForEvent('download');
  await client.page.getByRole('button', { name: 'Download the report file' }).click();
  // Keep the file: the client's downloads go when its browser context closes.
  const reportPath = join(tmpdir(), `real-networking-report-${Date.now()}.json`);
  await (await download).saveAs(reportPath);
  const file = JSON.parse(readFileSync(reportPath, 'utf8')) as { format: string; version: number; token: string };
  expect(file).toMatchObject({ format: 'real-networking-report', version: 2 });
  expect(file.token).toMatch(/^r2\./);
  await client.context.close();

  await page.goto('/coach/clients/');
  await page.getByLabel('Or choose a report file').setInputFiles(reportPath);
  const received = page.getByRole('region', { name: 'Report from Ama' });
  await expect(received.getByText(/^Verified/)).toBeVisible();
  // Discarding keeps nothing.
  await received.getByRole('button', { name: 'Discard' }).click();
  expect(Object.values((await coachData(page)).clients)[0]?.reports).toEqual([]);
  // The panel and its button have gone: focus is back on the paste box, not on the page.
  await expect(page.getByLabel('Paste a report link')).toBeFocused();
  await page.getByLabel('Or choose a report file').setInputFiles(reportPath);
  await page.getByRole('button', { name: 'Add to Ama’s reports' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Report from Ama added.' })).toBeVisible();
  // And after adding, focus is on what happened.
  await expect(page.locator(':focus')).toContainText('Report from Ama added.');
  await expect(page.getByRole('row', { name: /^Ama / })).toBeVisible();

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my coach data' }).click();
  const coachPath = (await (await exported).path())!;
  await page.getByRole('button', { name: 'Delete all coach data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete all coach data' }).click();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await page.getByLabel('Import coach data').setInputFiles(coachPath);
  await expect(page.getByText(/^Imported 1 client\./)).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ama / })).toBeVisible();
  // The imported data holds the assignment's key: the same file opens again.
  await page.getByLabel('Or choose a report file').setInputFiles(reportPath);
  await expect(page.getByRole('region', { name: 'Report from Ama' }).getByText(/^Verified/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a forged report, a report replayed under another client, and reports from elsewhere are refused', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const forAma = await makeAssignment(page, 'Ama', 'One');
  const forKofi = await makeAssignment(page, 'Kofi', 'Two');
  const ama = await clientContext(browser, baseURL!);
  await accept(ama.page, forAma, 'Accept this assignment');
  const amaLink = await reportLinkFrom(ama.page);
  const kofi = await clientContext(browser, baseURL!);
  await accept(kofi.page, forKofi, 'Accept this assignment');
  const kofiLink = await reportLinkFrom(kofi.page);
  await kofi.context.close();
  const amaId = /#r=r2\.([^.]+)\./.exec(amaLink)![1]!;
  const kofiId = /#r=r2\.([^.]+)\./.exec(kofiLink)![1]!;

  // From another coach's assignment: this browser has no key for it.
  const elsewhere = await clientContext(browser, baseURL!);
  const otherCoach = await clientContext(browser, baseURL!);
  const foreign = await makeAssignment(otherCoach.page, 'Ama', 'Elsewhere', 'Coach Elsewhere');
  await otherCoach.context.close();
  await accept(elsewhere.page, foreign, 'Accept this assignment');
  const foreignLink = await reportLinkFrom(elsewhere.page);
  await elsewhere.context.close();

  // An old unlocked report claiming Ama's assignment: "From Mallory" in Ama's row, as before.
  const mallory: ProgressReport = {
    v: 1,
    client: 'Mallory',
    assignmentId: amaId,
    createdAt: new Date().toISOString(),
    modules: [],
    worksheets: [],
  };
  const [base] = amaLink.split('#');
  const middle = amaLink.length - 20;
  const cases: [string, string, RegExp][] = [
    [
      'a forged one (a character changed)',
      amaLink.slice(0, middle) + (amaLink[middle] === 'A' ? 'B' : 'A') + amaLink.slice(middle + 1),
      /not locked with that assignment’s key|damaged/,
    ],
    [
      'Kofi’s replayed under Ama’s assignment',
      kofiLink.replace(`r2.${kofiId}.`, `r2.${amaId}.`),
      /not locked with that assignment’s key/,
    ],
    ['one for an assignment made elsewhere', foreignLink, /not made in this browser/],
    [
      'an old unlocked one naming Ama’s assignment',
      `${base}#r=${encodeReport(mallory)}`,
      /not locked with that assignment’s key/,
    ],
  ];
  for (const [what, url, message] of cases) {
    await test.step(what, async () => {
      await page.goto('/');
      await page.goto(url);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('button', { name: /^Add to/ })).toHaveCount(0);
      expect(Object.values((await coachData(page)).clients).every((client) => client.reports.length === 0)).toBe(true);
      expect(new URL(page.url()).hash).toBe('');
    });
  }
  expect(await axeViolations(page)).toEqual([]);

  // Ama's genuine report still opens, verified.
  await page.goto(amaLink);
  await expect(page.getByRole('region', { name: 'Report from Ama' }).getByText(/^Verified/)).toBeVisible();
  await ama.context.close();
});

test('a second link in the same tab is read too, on the coach’s page and the report page', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const forAma = await makeAssignment(page, 'Ama', 'One');
  const forKofi = await makeAssignment(page, 'Kofi', 'Two');
  const client = await clientContext(browser, baseURL!);
  await accept(client.page, forAma, 'Accept this assignment');
  const amaLink = await reportLinkFrom(client.page);
  // The same tab, a second assignment link: only the fragment changes.
  await client.page.goto(forAma);
  await client.page.evaluate((hash) => (window.location.hash = hash), new URL(forKofi).hash);
  await expect(client.page.getByRole('heading', { name: 'From Coach Rivera, for Kofi' })).toBeVisible();
  await client.page.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(client.page.getByRole('status').filter({ hasText: 'Accepted.' })).toBeVisible();
  expect(new URL(client.page.url()).hash).toBe('');

  // The report page follows #for=… to the assignment, reads it once, and again when it changes.
  const ids = await client.page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('real-networking:assignments') ?? '{}').accepted ?? {}),
  );
  expect(ids).toHaveLength(2);
  await client.page.getByRole('link', { name: 'send your coach a report' }).click();
  const choice = client.page.getByLabel('For which assignment?');
  await expect(choice.locator('option:checked')).toHaveText('From Coach Rivera, for Kofi');
  expect(new URL(client.page.url()).hash).toBe('');
  const amaId = ids.find((id) => amaLink.includes(`r2.${id}.`))!;
  await client.page.evaluate((id) => (window.location.hash = `for=${id}`), amaId);
  await expect(choice.locator('option:checked')).toHaveText('From Coach Rivera, for Ama');
  await expect.poll(() => new URL(client.page.url()).hash).toBe('');
  await client.page.getByRole('button', { name: 'Make a link to send' }).click();
  const secondAma = await client.page.getByLabel(/Your report as a link/).inputValue();
  await client.page.evaluate(() => (window.location.hash = 'for=not-here'));
  await expect(client.page.getByText('That assignment is not in this browser')).toBeVisible();
  expect(client.errors).toEqual([]);
  await client.context.close();

  // The coach's page: one report link, then another in the same tab.
  await page.goto(amaLink);
  await expect(page.getByRole('region', { name: 'Report from Ama' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to Ama’s reports' }).click();
  await page.evaluate((hash) => (window.location.hash = hash), new URL(secondAma).hash);
  await expect(page.getByRole('region', { name: 'Report from Ama' }).getByText(/^Verified/)).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await page.getByRole('button', { name: 'Add to Ama’s reports' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Report from Ama added.' })).toBeVisible();
  expect(Object.values((await coachData(page)).clients).find((c) => c.reports.length > 0)?.reports).toHaveLength(2);
});

test('long answers are drawn a little at a time; an oversized report or paste is refused and nothing is kept', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await makeAssignment(page, 'Ama', 'One');
  const [id, client] = Object.entries((await coachData(page)).clients)[0]!;
  const key = client.assignment!.key!;
  const base = new URL('/coach/clients/', page.url()).href;
  const unbroken = 'x'.repeat(50_000);
  const report = (lines: number): ProgressReport => ({
    v: 1,
    client: 'Ama',
    assignmentId: id,
    createdAt: new Date().toISOString(),
    modules: [],
    worksheets: [
      {
        id: 'power-lines-map',
        title: 'Map your lines of power',
        lines: Array.from({ length: lines }, (_, i) => ({ label: `Line ${i + 1}`, text: unbroken })),
      },
    ],
  });

  // Three lines of 50,000 unbroken characters, from a client who holds the key: shown cut, the rest on request.
  await page.goto(`${base}#r=${await lockReport(report(3), key)}`);
  const received = page.getByRole('region', { name: 'Report from Ama' });
  const showAll = received.getByRole('button', { name: 'Show all (50,000 characters)' });
  await expect(showAll).toHaveCount(3);
  const drawn = await received
    .locator('.client-text')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent?.length ?? 0));
  expect(Math.max(...drawn)).toBeLessThan(1000);
  await showAll.first().click();
  await expect(received.getByRole('button', { name: 'Show less' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await received.getByRole('button', { name: 'Discard' }).click();

  // 98 such lines (4.9 MB, a link of a few kilobytes): larger than a report may be, so not opened and not kept.
  const { token } = await lockForAssignment(report(98), id, key);
  expect(token.length).toBeLessThan(20_000);
  await page.goto(`${base}#r=${token}`);
  await expect(page.getByRole('alert')).toContainText('larger than a progress report may be');
  expect(Object.values((await coachData(page)).clients)[0]?.reports).toEqual([]);

  // Ten megabytes pasted: answered from its length, without being read or put in the box.
  await page.goto('/coach/clients/');
  const box = page.getByLabel('Paste a report link');
  await box.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'r2.'.padEnd(10 * 1024 * 1024, 'A'));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('far longer than any report link');
  await expect(box).toHaveValue('');
  expect(await axeViolations(page)).toEqual([]);
});

test('coach data that cannot be read is kept aside and offered; newer coach data is left alone', async ({ page }) => {
  await page.goto('/coach/clients/');
  await page.evaluate(() => localStorage.setItem('real-networking:coach', '{"v":2,"clients":{"broken'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved coach data could not be read' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('No clients can be shown: see the notice above.')).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable coach data' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toBe('{"v":2,"clients":{"broken');
  expect(await axeViolations(page)).toEqual([]);

  // The assignment page says so too, and the coach can go on: the copy stays.
  await makeAssignment(page, 'Ama', 'Fresh start');
  await page.goto('/coach/clients/');
  await expect(
    page.getByText('A copy of coach data that could not be read is kept aside in this browser.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Delete all coach data…' }).click();
  await expect(page.getByRole('checkbox', { name: /Also delete the copy of unreadable coach data/ })).not.toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Yes, delete all coach data' }).click();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('real-networking:recovery:coach:')),
  );
  expect(kept).toHaveLength(1);

  // Newer: left as it is, said so, and nothing is added over it.
  const newer = JSON.stringify({ v: 3, updatedAt: '2030-01-01T00:00:00.000Z', clients: {} });
  await page.evaluate((value) => localStorage.setItem('real-networking:coach', value), newer);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of the course' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/coach/');
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of the course' })).toBeVisible();
  await page.getByLabel('Your name (required)').fill('Coach Rivera');
  await page.getByLabel("Client's name or alias (required)").fill('Kofi');
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no link was made' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('real-networking:coach'))).toBe(newer);
});

test('an update link with another coach’s name, another key or a date far ahead is pointed out first', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await makeAssignment(page, 'Ama', 'One');
  const client = await clientContext(browser, baseURL!);
  await accept(client.page, link, 'Accept this assignment');
  const [base, token] = link.split('#a=') as [string, string];
  const real = decodeAssignment(token);
  if (!real.ok) throw new Error(real.error.message);
  const forged = encodeAssignment({
    ...real.value,
    coach: 'Coach \u202Egnp.exe\u202C',
    key: 'M'.repeat(43),
    issuedAt: '9999-12-31T00:00:00.000Z',
  });
  await client.page.goto(`${base}#a=${forged}`);
  const warning = client.page.getByRole('status').filter({ hasText: 'Check this link before you accept it' });
  await expect(warning).toContainText('you accepted it from Coach Rivera, and this link says Coach gnp.exe');
  await expect(warning).toContainText('does not carry the key of the assignment you have');
  await expect(warning).toContainText('more than a day from now');
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.getByRole('button', { name: 'Not now' }).click();
  await expect(client.page.getByText('Nothing was saved')).toBeVisible();
  expect(new URL(client.page.url()).hash).toBe('');
  const stored = await client.page.evaluate(() => localStorage.getItem('real-networking:assignments'));
  expect(stored).toContain('Coach Rivera');
  expect(stored).not.toContain('gnp');
  await client.context.close();
});

test('tampered, truncated and oversized links give a clear error and save nothing', async ({ page }) => {
  const link = await makeAssignment(page, 'Dev', 'Hello');
  const [base, token] = link.split('#a=') as [string, string];
  const middle = Math.floor(token.length / 2);
  const tampered = `${token.slice(0, middle)}${token[middle] === 'A' ? 'B' : 'A'}${token.slice(middle + 1)}`;
  const cases: [string, string, RegExp][] = [
    ['tampered', `${base}#a=${tampered}`, /./],
    ['truncated', `${base}#a=${token.slice(0, -10)}`, /incomplete|cut off|damaged/i],
    ['oversized', `${base}#a=a2.${'A'.repeat(5000)}`, /too (long|large)|larger/i],
    ['from somewhere else', `${base}#a=hello-world`, /not|recogn/i],
  ];
  for (const [, url, message] of cases) {
    await page.goto('/');
    await page.evaluate(() => localStorage.removeItem('real-networking:assignments'));
    await page.goto(url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This assignment link cannot be opened');
    await expect(alert).toContainText(message);
    await expect(page.getByRole('button', { name: /Accept/ })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('real-networking:assignments'))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  }

  await page.goto('/coach/clients/');
  await page.getByLabel('Paste a report link').fill('https://example.com/coach/clients/#r=r1.not-a-real-report');
  await page.getByRole('button', { name: 'Open this report' }).click();
  await expect(page.getByRole('alert')).toContainText('This report was not added');
});
