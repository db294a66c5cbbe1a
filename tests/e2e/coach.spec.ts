/**
 * Coach mode, in separate browser contexts for coach and client: the coach assigns, the client opens the link and
 * accepts, does a module, sends a sealed report, and the coach opens it and sees the right status. Names and notes
 * made of HTML and script show as plain text. Tampered, truncated and oversized links save nothing. Axe throughout.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const hostileName = '<img src=x onerror="window.__pwned=1">Sam';
const hostileNote = 'Start here <script>window.__pwned=1</script> & enjoy';

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

async function makeAssignment(page: Page, client: string, note: string): Promise<string> {
  await page.goto('/coach/');
  await expect(page.getByLabel('Your name (required)')).toBeEnabled();
  await page.getByLabel('Your name (required)').fill('Coach Rivera');
  await page.getByLabel("Client's name or alias (required)").fill(client);
  // Modules 1 and 2 only, and the module 2 worksheet, one a week.
  for (const module of [3, 4, 5, 6, 7, 8, 9, 10])
    await page.getByRole('checkbox', { name: new RegExp(`^Module ${module}:`) }).uncheck();
  await page.getByRole('checkbox', { name: /^Worksheet: Map your lines of power/ }).check();
  await page.getByRole('button', { name: 'One item a week from this date' }).click();
  await page.getByLabel('A note for your client').fill(note);
  await page.getByRole('button', { name: 'Make the assignment link' }).click();
  const link = await page.getByLabel(/^The link/).inputValue();
  expect(link).toMatch(/\/assignment\/#a=a1\./);
  return link;
}

test('coach assigns, client accepts and reports back sealed, coach sees the right status', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
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

  // The course page shows the assignment; the client does module 2 and its worksheet.
  await client.page.goto('/');
  const assigned = client.page.getByRole('region', { name: 'Assigned by Coach Rivera' });
  await expect(assigned.getByRole('listitem')).toHaveCount(3);
  await expect(assigned.getByText('0 of 3 done')).toBeVisible();
  await client.page.goto('/lessons/power-outside-the-hierarchy/');
  await client.page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
  const worksheet = client.page.getByRole('region', { name: 'Map your lines of power' });
  await worksheet.scrollIntoViewIfNeeded();
  await worksheet.getByLabel('Your current role, in a few words').fill('Junior analyst');
  await client.page.goto('/workbook/');
  await expect(
    client.page.getByRole('region', { name: 'Assigned by Coach Rivera' }).getByText('1 of 3 done'),
  ).toBeVisible();

  // A newer link from the same coach updates the assignment rather than adding a second.
  const newer = await makeAssignment(page, hostileName, 'Updated note');
  await client.page.goto(newer);
  await client.page.getByRole('button', { name: 'Update my assignment' }).click();
  await client.page.goto('/workbook/');
  await expect(client.page.getByRole('region', { name: /^Assigned by / })).toHaveCount(1);
  await expect(client.page.getByText('Updated note')).toBeVisible();

  // The report: choose what goes in, preview, seal.
  await client.page.goto('/workbook/report/');
  await expect(client.page.getByLabel('Your name, as your coach knows you (required)')).toHaveValue(hostileName);
  await client.page.getByRole('checkbox', { name: /My answers to "Map your lines of power"/ }).check();
  const preview = client.page.getByRole('region', { name: 'Exactly what your coach will see' });
  await expect(preview.getByText('Junior analyst')).toBeVisible();
  await client.page.getByRole('checkbox', { name: /Lock the report/ }).check();
  await client.page.getByLabel('Passphrase', { exact: true }).fill('blue heron 42');
  await client.page.getByLabel('The same passphrase again').fill('blue heron 42');
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.getByRole('button', { name: 'Make a link to send' }).click();
  const reportLink = await client.page.getByLabel(/Your report as a link \(sealed\)/).inputValue({ timeout: 30_000 });
  expect(reportLink).toMatch(/\/coach\/clients\/#r=s1\./);
  expect(reportLink).not.toContain('Junior');
  // Changing what goes in takes the old link away, so it cannot be sent by mistake.
  await client.page.getByRole('checkbox', { name: /My answers to "Map your lines of power"/ }).uncheck();
  await expect(client.page.getByLabel(/Your report as a link/)).toBeHidden();
  expect(client.errors).toEqual([]);
  await client.context.close();

  // The coach opens it: a wrong passphrase is refused, the right one adds the report.
  await page.goto(reportLink);
  await expect(page.getByText('This report is sealed')).toBeVisible();
  // Sealed, it stays in the address until opened, so a reload asks for the passphrase again.
  await page.reload();
  await expect(page.getByText('This report is sealed')).toBeVisible();
  await page.getByLabel('The passphrase your client gave you').fill('wrong words');
  await page.getByRole('button', { name: 'Open the report' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('The passphrase your client gave you').fill('blue heron 42');
  await page.getByRole('button', { name: 'Open the report' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Report from ${hostileName} added.` })).toBeVisible();
  // Once opened, the report is taken out of the address, so it is not left in the address bar or history.
  expect(new URL(page.url()).hash).toBe('');
  const row = page.getByRole('row', { name: new RegExp(`^${hostileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  // The first cells after the client's name are modules 1 and 2.
  await expect(row.getByRole('cell').nth(0)).toHaveText(/To do|Due soon|Overdue/);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Done');
  await row.getByRole('button', { name: hostileName }).click();
  await expect(page.getByRole('region', { name: hostileName }).getByText('Junior analyst')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);
});

test('a report sent as a file is added to the coach’s dashboard, and coach data moves by file', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await makeAssignment(page, 'Ama', 'Welcome');
  const client = await clientContext(browser, baseURL!);
  await client.page.goto(link);
  await client.page.getByRole('button', { name: 'Accept this assignment' }).click();
  await client.page.goto('/workbook/report/');
  const download = client.page.waitForEvent('download');
  await client.page.getByRole('button', { name: 'Download the report file' }).click();
  // Keep the file: the client's downloads go when its browser context closes.
  const reportPath = join(tmpdir(), `real-networking-report-${Date.now()}.json`);
  await (await download).saveAs(reportPath);
  expect(JSON.parse(readFileSync(reportPath, 'utf8')).format).toBe('real-networking-report');
  await client.context.close();

  await page.goto('/coach/clients/');
  await page.getByLabel('Or choose a report file').setInputFiles(reportPath);
  await expect(page.getByRole('status').filter({ hasText: 'Report from Ama added.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ama / })).toBeVisible();

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my coach data' }).click();
  const coachPath = (await (await exported).path())!;
  await page.getByRole('button', { name: 'Delete all coach data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete all coach data' }).click();
  await expect(page.getByText('No clients yet.')).toBeVisible();
  await page.getByLabel('Import coach data').setInputFiles(coachPath);
  await expect(page.getByText(/^Imported 1 clients\./)).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ama / })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a second link opened in the same tab can be accepted too, and an assignment can be removed', async ({
  page,
  browser,
  baseURL,
}) => {
  const first = await makeAssignment(page, 'Ama', 'First steps');
  const second = await makeAssignment(page, 'Kofi', 'Second steps');
  const client = await clientContext(browser, baseURL!);
  await client.page.goto(first);
  await client.page.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(client.page.getByRole('status').filter({ hasText: 'Accepted.' })).toBeVisible();

  // Only the fragment changes: the page reads the new link and offers to accept it.
  await client.page.evaluate((hash) => (window.location.hash = hash), new URL(second).hash);
  await expect(client.page.getByRole('heading', { name: 'From Coach Rivera, for Kofi' })).toBeVisible();
  await client.page.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(client.page.getByRole('status').filter({ hasText: 'Accepted.' })).toBeVisible();

  await client.page.goto('/workbook/');
  // Two assignments from one coach are told apart by whom they are for.
  const assigned = client.page.getByRole('region', { name: /^Assigned by Coach Rivera/ });
  await expect(assigned).toHaveCount(2);
  const forAma = client.page.getByRole('region', { name: 'Assigned by Coach Rivera, for Ama' });
  const remove = forAma.getByRole('button', { name: 'Remove this assignment…' });
  await remove.click();
  await expect(forAma.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await axeViolations(client.page)).toEqual([]);
  await client.page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await remove.click();
  await forAma.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(
    client.page.getByText('The assignment from Coach Rivera was removed. Your answers are as they were.'),
  ).toBeFocused();
  // One left, from the same coach: its heading no longer needs the name.
  await expect(client.page.getByRole('region', { name: 'Assigned by Coach Rivera' })).toHaveCount(1);
  await client.page.reload();
  await expect(client.page.getByRole('region', { name: 'Assigned by Coach Rivera' })).toHaveCount(1);
  await expect(client.page.getByText('Second steps')).toBeVisible();
  expect(client.errors).toEqual([]);
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
    ['oversized', `${base}#a=a1.${'A'.repeat(5000)}`, /too (long|large)|larger/i],
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
  await page.getByRole('button', { name: 'Add this report' }).click();
  await expect(page.getByRole('alert')).toContainText('This report was not added');
});
