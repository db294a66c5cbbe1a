/**
 * The workbook keeps a learner's answers: through reloads, across tabs, through bad stored data, a full disk,
 * no storage at all, and export and import. Nothing a test throws at it may lose or change a saved answer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, expect, layoutShift, showTransfer, test, viewports } from './fixtures';
import { seed, twelveHalfAnswered } from './seed';
import { gotoQuiet } from './network-quiet';

const lesson = '/lessons/power-outside-the-hierarchy/';
const worksheetKey = 'real-networking:worksheet:power-lines-map';
const checkKey = 'real-networking:check:power-outside-the-hierarchy';
const roleLabel = 'Your current role, in a few words';

/** The worksheet on the lesson page, once its island has read the saved answers. */
async function openWorksheet(page: Page) {
  await page.goto(lesson);
  const worksheet = page.getByRole('region', { name: 'Map your lines of power' });
  await worksheet.scrollIntoViewIfNeeded();
  await expect(worksheet.getByLabel(roleLabel)).toBeEnabled();
  return worksheet;
}

/** Two tabs of one browser, each showing the worksheet. */
async function twoTabs(context: BrowserContext) {
  const [first, second] = [await context.newPage(), await context.newPage()];
  return { first, second, a: await openWorksheet(first), b: await openWorksheet(second) };
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test('an answer typed in a worksheet is saved and still there after a reload', async ({ page }) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Junior analyst, hospital finance');
  await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
  await page.reload();
  const again = page.getByRole('region', { name: 'Map your lines of power' });
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByLabel(roleLabel)).toHaveValue('Junior analyst, hospital finance');
  expect(JSON.parse((await stored(page, worksheetKey))!).answers.role).toBe('Junior analyst, hospital finance');
});

test('two tabs: a change in one shows in the other, and an older tab never overwrites newer answers', async ({
  context,
}) => {
  const { first, a, b } = await twoTabs(context);

  await a.getByLabel(roleLabel).fill('Analyst');
  await expect(b.getByLabel(roleLabel)).toHaveValue('Analyst');

  // The second tab answers another question; the first tab, which has not touched it, must not wipe it out.
  await b.getByLabel('How long have you been in this role?').fill('5');
  await a.getByLabel(roleLabel).fill('Analyst, finance');
  const record = JSON.parse((await stored(first, worksheetKey))!);
  expect(record.answers).toMatchObject({ role: 'Analyst, finance', 'months-in-role': 5 });
  await expect(b.getByLabel(roleLabel)).toHaveValue('Analyst, finance');
});

test('a corrupted worksheet is kept aside with a plain message, and the rest of the workbook still works', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(
    ({ key, check }) => {
      localStorage.setItem(key, '{"v":1,"answers": this is not JSON');
      localStorage.setItem(check, JSON.stringify({ v: 1, updatedAt: new Date().toISOString(), chosen: { q: 0 } }));
    },
    { key: worksheetKey, check: checkKey },
  );
  const worksheet = await openWorksheet(page);
  await expect(worksheet.getByRole('alert')).toContainText('could not be read');
  const download = page.waitForEvent('download');
  await worksheet.getByRole('button', { name: 'Download the saved text' }).click();
  const file = await download;
  expect(readFileSync((await file.path())!, 'utf8')).toBe('{"v":1,"answers": this is not JSON');

  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('real-networking:recovery:'))
      .map((key) => JSON.parse(localStorage.getItem(key)!).raw),
  );
  expect(kept).toEqual(['{"v":1,"answers": this is not JSON']);
  expect(JSON.parse((await stored(page, checkKey))!).chosen).toEqual({ q: 0 });

  // The learner can start again; the kept copy stays.
  await worksheet.getByLabel(roleLabel).fill('Starting again');
  await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
  await page.goto('/workbook/');
  await expect(page.getByText('Saved answers that could not be read', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Deleting everything would take the kept copy too, and the workbook file does not hold it: the learner is told.
  await showTransfer(page);
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.getByText('a kept-aside copy of unreadable answers.')).toBeVisible();
  await expect(
    page.getByText(/^Your workbook file does not hold the unreadable answers: to keep that copy/),
  ).toBeVisible();
});

test('two tabs: a change one tab could not store is never written later over what the other saved', async ({
  context,
}) => {
  const { first, a, b } = await twoTabs(context);

  // The first tab cannot store for a while; what it types is held on screen.
  await first.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { restoreStorage: () => void }).restoreStorage = () => (Storage.prototype.setItem = original);
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await a.getByLabel(roleLabel).fill('Held in the first tab');
  await expect(a.getByRole('status').filter({ hasText: /^Not saved: / })).toBeVisible();

  // The second tab saves the same answer later: it is newer, and the first tab shows it.
  await b.getByLabel(roleLabel).fill('Saved in the second tab');
  await expect(a.getByLabel(roleLabel)).toHaveValue('Saved in the second tab');

  // Room again: the first tab's next change does not bring its stale answer back.
  await first.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
  await a.getByLabel('How long have you been in this role?').fill('7');
  await expect(a.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
  const record = JSON.parse((await stored(first, worksheetKey))!);
  expect(record.answers).toMatchObject({ role: 'Saved in the second tab', 'months-in-role': 7 });
  await expect(b.getByLabel(roleLabel)).toHaveValue('Saved in the second tab');
});

test('a full disk: the learner is told, the change stays on screen, export is offered, nothing saved is lost', async ({
  page,
}) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Saved before the disk filled');
  await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();

  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await worksheet.getByLabel(roleLabel).fill('Typed while the disk was full');
  await expect(
    worksheet.getByRole('status').filter({ hasText: /^Not saved: .*storage for this site is full/ }),
  ).toBeVisible();
  await expect(worksheet.getByLabel(roleLabel)).toHaveValue('Typed while the disk was full');
  expect(JSON.parse((await stored(page, worksheetKey))!).answers.role).toBe('Saved before the disk filled');

  const download = page.waitForEvent('download');
  await worksheet.getByRole('button', { name: 'Download my workbook now' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported.entries['worksheet:power-lines-map'].answers.role).toBe('Typed while the disk was full');
  expect(await axeViolations(page)).toEqual([]);
});

test('no storage at all (private browsing): the workbook works for the visit and says nothing will be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const worksheet = await openWorksheet(page);
  await expect(worksheet.getByText('This browser is not keeping your answers')).toBeVisible();
  await worksheet.getByLabel(roleLabel).fill('Only for this visit');
  await expect(worksheet.getByLabel(roleLabel)).toHaveValue('Only for this visit');
  await page.goto('/workbook/');
  await expect(page.getByText('This browser is not keeping your answers')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('export, clear storage, import gives back identical answers', async ({ page }) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Team lead');
  await worksheet.getByLabel('How long have you been in this role?').fill('2');
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer to question 1' }).click();
  await expect(check.getByText(/^(Right\.|Not quite\.)$/).first()).toBeVisible();
  const before = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => /:(worksheet|check):/.test(k))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await showTransfer(page);
  await page.getByRole('button', { name: /Download workbook \(\.json/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^real-networking-workbook-\d{4}-\d{2}-\d{2}\.json$/);
  const path = (await file.path())!;

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await showTransfer(page);
  await expect(page.getByLabel('Import a workbook file')).toBeEnabled();
  await page.getByLabel('Import a workbook file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: /What importing .* will do/ })).toBeFocused();
  // While its preview is open, the picker still names the file (not "No file chosen"); once imported, it is empty.
  const chosenFiles = () =>
    page.getByLabel('Import a workbook file').evaluate((input: HTMLInputElement) => input.files?.length);
  expect(await chosenFiles()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import (merge)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(page.getByLabel('Import a workbook file')).toBeFocused();
  expect(await chosenFiles()).toBe(0);

  const after = await page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => /:(worksheet|check):/.test(k))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
  expect(after).toEqual(before);
  await expect(page.getByRole('row', { name: /Map your lines of power.*In progress/ })).toBeVisible();
});

test('the workbook downloads as a document, with each question and answer in words from the course it fetches', async ({
  page,
}) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Team lead');
  await worksheet.getByLabel('How long have you been in this role?').fill('2');
  await expect(worksheet.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
  const courseFetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/workbook/course.json')) courseFetches.push(request.url());
  });

  // On a phone, export is out of view: the page has not fetched the course's questions, which it does not show.
  await page.setViewportSize(viewports.phone);
  await gotoQuiet(page, '/workbook/');
  expect(courseFetches).toEqual([]);
  const html = await (await page.request.get('/workbook/')).text();
  expect(html).not.toContain(roleLabel);
  await showTransfer(page);
  expect(courseFetches).toHaveLength(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a document (.md)' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  // The question's words and the number's unit come only from the fetched course.
  expect(text).toContain(roleLabel);
  expect(text).toContain('Team lead');
  expect(text).toContain('2 months');
});

test('when the course cannot be fetched, export, import and delete say so, stay off, and work after “Try again”', async ({
  page,
  expectedConsoleErrors,
}) => {
  expectedConsoleErrors.push(/Failed to load resource: net::ERR_FAILED/);
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Kept');
  await page.route('**/workbook/course.json', (route) => route.abort());
  await page.goto('/workbook/');
  const section = page.getByRole('region', { name: 'Export and import' });
  await section.scrollIntoViewIfNeeded();
  const notice = page.getByRole('alert').filter({ hasText: 'Export, import and delete are not ready' });
  await expect(notice).toBeVisible();
  await expect(section.getByRole('button', { name: /^Download workbook/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete all my data…' })).toBeDisabled();
  expect(await stored(page, worksheetKey)).toContain('Kept');

  await expect(section.getByText('Not ready: see the notice above.')).toBeVisible();

  // Still failing: the notice and its button stay, with the focus.
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice.getByRole('button', { name: 'Try again' })).toBeFocused();
  await expect(notice).toBeVisible();

  await page.unroute('**/workbook/course.json');
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(notice).toHaveCount(0);
  await expect(section.getByText('Not exported yet.')).toBeVisible();
  await expect(section.getByRole('button', { name: /^Download workbook/ })).toBeEnabled();
  await expect(section.getByRole('button', { name: /^Download workbook/ })).toBeFocused();
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(page.getByRole('group', { name: 'Delete your whole workbook from this browser?' })).toContainText(
    'your answers to 1 worksheet',
  );
});

test('importing a file of what is already here lists it in the workbook’s order and says nothing would change', async ({
  page,
}) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Team lead');
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer to question 1' }).click();
  await expect(check.getByText(/^(Right\.|Not quite\.)$/).first()).toBeVisible();

  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await showTransfer(page);
  await page.getByRole('button', { name: /Download workbook \(\.json/ }).click();
  const path = (await (await download).path())!;
  const before = await stored(page, worksheetKey);
  await page.getByLabel('Import a workbook file').setInputFiles(path);
  const preview = page.getByRole('region', { name: /What importing .* will do/ });
  await expect(preview.getByRole('heading', { name: /What importing/ })).toBeFocused();

  // Worksheets before knowledge checks, as the workbook page lists them (by storage name, the check came first).
  const items = await preview.locator('tbody tr td:first-child').allTextContents();
  const worksheetRow = items.indexOf('Worksheet: Map your lines of power');
  expect(worksheetRow).toBeGreaterThanOrEqual(0);
  expect(worksheetRow).toBeLessThan(items.findIndex((item) => item.startsWith('Knowledge check: ')));
  expect(new Set(await preview.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(
    new Set(['Already the same']),
  );

  for (const mode of ['Merge', 'Replace']) {
    await preview.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    await expect(preview.getByText(/this file would change nothing here/)).toBeVisible();
    await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  }
  expect(await axeViolations(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByLabel('Import a workbook file')).toBeFocused();
  expect(await stored(page, worksheetKey)).toBe(before);
});

const badFiles: [string, string, RegExp][] = [
  ['a file that is not JSON', 'this is { not json', /not readable JSON/],
  ['an empty file', '', /This file is empty, so it is not a workbook\./],
  [
    'a JSON file of another program',
    JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} }),
    /another program/,
  ],
  [
    'a workbook from a newer version',
    JSON.stringify({
      format: 'real-networking-workbook',
      version: 99,
      exportedAt: new Date().toISOString(),
      entries: {},
    }),
    /newer version of the course \(file version 99\)/,
  ],
  [
    'a workbook with a damaged worksheet',
    JSON.stringify({
      format: 'real-networking-workbook',
      version: 1,
      exportedAt: new Date().toISOString(),
      entries: { 'worksheet:power-lines-map': { v: 1, updatedAt: 'yesterday', answers: {} } },
    }),
    /damaged/,
  ],
  [
    'a workbook changed by hand, with words where a rating belongs',
    JSON.stringify({
      format: 'real-networking-workbook',
      version: 1,
      exportedAt: new Date().toISOString(),
      entries: {
        'worksheet:power-lines-map': {
          v: 1,
          updatedAt: new Date().toISOString(),
          answers: { role: 'Team lead', 'job-contact': 'lots' },
        },
      },
    }),
    /the answer to “In a normal week, .*” should be a whole number from 1 to 5\. The file may have been changed by hand\. Nothing was changed\./,
  ],
  [
    'a workbook changed by hand, with a date the form cannot show',
    JSON.stringify({
      format: 'real-networking-workbook',
      version: 1,
      exportedAt: new Date().toISOString(),
      entries: {
        'worksheet:ramp-readiness': {
          v: 1,
          updatedAt: new Date().toISOString(),
          answers: { 'start-date': '31/02/2026' },
        },
      },
    }),
    /should be a date, written like 2026-03-31\./,
  ],
  ['a 50 MB file', 'FIFTY_MEGABYTES', /larger than any workbook/],
];

/** A file of `size` bytes on disk (Playwright takes buffers only up to 50 MB). */
function bigFile(size: number): string {
  const path = join(tmpdir(), `real-networking-${size}.json`);
  writeFileSync(path, Buffer.alloc(size, 32));
  return path;
}

for (const [name, contents, message] of badFiles) {
  test(`importing ${name} gives a clear error and changes nothing`, async ({ page }) => {
    const worksheet = await openWorksheet(page);
    await worksheet.getByLabel(roleLabel).fill('Keep me');
    const before = await stored(page, worksheetKey);

    await page.goto('/workbook/');
    await showTransfer(page);
    const input = page.getByLabel('Import a workbook file');
    await expect(input).toBeEnabled();
    if (contents === 'FIFTY_MEGABYTES') await input.setInputFiles(bigFile(50 * 1024 * 1024));
    else
      await input.setInputFiles({ name: 'workbook.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('This file was not imported');
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    // Focus is on the file picker, to choose another file.
    await expect(input).toBeFocused();
    expect(await stored(page, worksheetKey)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a knowledge check explains each answer, is saved, scores first tries, and can be tried again', async ({
  page,
}) => {
  await page.goto(lesson);
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  const firstQuestion = check.getByRole('group').first();
  await expect(firstQuestion.getByRole('radio').first()).toBeEnabled();
  await firstQuestion.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  // Selecting is not answering: the answer counts once it is checked.
  await expect(check.getByText(/^(Right\.|Not quite\.)$/)).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(check.getByRole('button', { name: 'Check answer to question 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(check.getByText(/^(Right\.|Not quite\.)$/).first()).toBeVisible();
  await expect(check.getByText(/^[01] of 1 right first time; \d+ not answered yet\.$/)).toBeVisible();
  // One status line reads out the verdict of the learner's own choice.
  await expect(check.getByRole('status')).toHaveText(/^Question 1: (Right\.|Not quite\.) \S/);
  await page.reload();
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('group').first().getByRole('radio').first()).toBeEnabled();
  await expect(check.getByRole('group').first().getByRole('radio').first()).toBeChecked();
  // Answers loaded from storage are shown, not read out.
  await expect(check.getByRole('status')).toHaveText('');
  await check.getByRole('button', { name: 'Try this question again' }).first().click();
  await expect(check.getByRole('group').first().getByRole('radio').first()).not.toBeChecked();
  await expect(check.getByRole('group').first().getByRole('radio').first()).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('marking a lesson complete shows on the home page and the workbook, with where to continue', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
  await expect(page.getByText('Marked complete. Saved in this browser.')).toBeVisible();
  await page.goto('/');
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress.getByText(/^1 of \d+ lessons marked complete$/)).toBeVisible();
  await expect(progress.getByRole('progressbar').first()).toHaveJSProperty('value', 1);
  // Module 2 was read last and is done, so the course suggests the next one not done: module 3.
  await expect(page.getByRole('link', { name: /^Continue with module 3: / })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start with module 1/ })).toBeHidden();
  const outline = page.getByRole('region', { name: 'The modules' });
  await expect(outline.getByRole('listitem').nth(1)).toContainText('Done');
  await page.goto('/workbook/');
  await expect(page.getByText(/^1 of \d+ lessons marked complete$/)).toBeVisible();
});

test('delete all my data: a confirmation names what will be lost, cancel keeps it, confirm removes it', async ({
  page,
}) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('To be deleted');
  await page.goto('/workbook/');
  await showTransfer(page);
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByRole('group', { name: 'Delete your whole workbook from this browser?' });
  await expect(confirm).toContainText('your answers to 1 worksheet');
  // Only what is there is listed, and the list ends as a sentence does.
  await expect(confirm).not.toContainText('knowledge check');
  await expect(confirm.getByRole('listitem').last()).toHaveText(/[^;]\.$/);
  await expect(confirm.getByRole('heading')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete all my data…' })).toBeFocused();
  expect(await stored(page, worksheetKey)).not.toBeNull();

  // A coach's own data in the same browser is not the learner's, and stays.
  const coachData = JSON.stringify({ v: 1, updatedAt: '2026-03-01T10:00:00.000Z', clients: {} });
  await page.evaluate((value) => localStorage.setItem('real-networking:coach', value), coachData);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Your workbook has been deleted from this browser.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete all my data…' })).toBeFocused();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('real-networking:')));
  expect(left).toEqual(['real-networking:coach']);
  expect(await stored(page, 'real-networking:coach')).toBe(coachData);
});

test('with nothing saved, “Delete all my data” says there is nothing to lose', async ({ page }) => {
  await page.goto('/workbook/');
  await showTransfer(page);
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByRole('group', { name: 'Delete your whole workbook from this browser?' });
  await expect(confirm).toContainText('Nothing you have written or marked is saved in this browser');
  await expect(confirm.getByRole('listitem')).toHaveCount(0);
  // Nothing to keep, so no "download first".
  await expect(confirm.getByRole('button', { name: 'Download my workbook first' })).toHaveCount(0);
});

test('a gentle backup reminder after a week of unexported changes', async ({ page }) => {
  await page.goto('/');
  const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
  await page.evaluate((at) => {
    localStorage.setItem('real-networking:meta', JSON.stringify({ v: 1, updatedAt: at, lastChangeAt: at }));
  }, eightDaysAgo);
  await page.goto('/workbook/');
  const reminder = page.getByRole('status').filter({ hasText: 'Time for a backup' });
  await expect(reminder).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Download my workbook' }).click();
  await download;
  await expect(reminder).toBeHidden();
});

test('the printable workbook shows the learner’s own answers, not blank forms', async ({ page }) => {
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Printed answer');
  await page.goto('/workbook/print/');
  await expect(page.getByRole('heading', { name: 'Map your lines of power' })).toBeVisible();
  await expect(page.getByText('Printed answer')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test('the printable workbook loads the tools’ sections only for a learner who used a tool, and says when it cannot', async ({
  page,
  expectedConsoleErrors,
}) => {
  const toolCode = (url: string | URL) => /\/_astro\/tool-outline\./.test(String(url));
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  // Worksheets only: the audit's analysis is not fetched.
  const worksheet = await openWorksheet(page);
  await worksheet.getByLabel(roleLabel).fill('Printed answer');
  await gotoQuiet(page, '/workbook/print/');
  await expect(page.getByText('Printed answer')).toBeVisible();
  expect(fetched.filter(toolCode)).toEqual([]);
  // With an audit: the tools' code loads, and the audit prints with its people and the base of its measures.
  await seed(page, twelveHalfAnswered());
  await page.goto('/workbook/print/');
  const audit = page.getByRole('region', { name: 'Network audit' });
  await expect(audit).toBeVisible();
  await expect(audit).toContainText('12');
  // Every answer about a person prints, not only their kind and field.
  await expect(audit.getByText('1 (1 an acquaintance, 5 very close)').first()).toBeVisible();
  await expect(audit.getByText('−2 (−2 usually drains me, +2 usually energises me)')).toBeVisible();
  expect(fetched.filter(toolCode)).toHaveLength(1);
  await expect(page.getByText('Loading your tools’ answers…')).toBeHidden();
  // The tools' sections came in after the page had loaded, and nothing in view moved for them.
  expect(await layoutShift(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  // The code cannot be fetched (offline, or the site changed since): the page says so rather than print without it.
  expectedConsoleErrors.push(/Failed to load resource: net::ERR_FAILED/);
  await page.route(toolCode, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('region', { name: 'Network audit' })).toHaveCount(0);
});

test('the workbook page says whether the browser agreed to keep the data', async ({ page }) => {
  await page.goto('/workbook/');
  await expect(page.getByText(/Your browser has (agreed|not promised)|does not say whether/)).toBeVisible();
});

for (const width of ['phone', 'desktop'] as const) {
  test(`a client's assignment at the top of the workbook does not push the page down as it loads (${width})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewports[width]);
    const assignments = readFileSync(new URL('../fixtures/storage/v2/assignments.json', import.meta.url), 'utf8');
    await page.goto('/');
    await page.evaluate((value) => localStorage.setItem('real-networking:assignments', value), assignments);
    await page.goto('/workbook/');
    await expect(page.getByRole('region', { name: 'Assigned by Dr. Amara Okafor' })).toBeVisible();
    expect(await layoutShift(page)).toBe(0);
  });
}

test('a client’s assigned worksheet, once started, says “In progress” in the assignment as in the table', async ({
  page,
}) => {
  const assignments = readFileSync(new URL('../fixtures/storage/v2/assignments.json', import.meta.url), 'utf8');
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('real-networking:assignments', value), assignments);
  await page.goto('/workbook/');
  const assigned = page.getByRole('region', { name: 'Assigned by Dr. Amara Okafor' });
  const item = assigned.getByRole('listitem').filter({ hasText: 'Worksheet: How you give' });
  await expect(item.locator('.status-badge')).toHaveText('To do');
  await page.goto('/lessons/give-before-you-get/');
  const worksheet = page.getByRole('region', { name: 'How you give' });
  await worksheet.scrollIntoViewIfNeeded();
  await worksheet.getByRole('radio', { name: /^I help people who help me/ }).check();
  await expect(worksheet.getByText(/Saved/).first()).toBeVisible();
  await page.goto('/workbook/');
  await expect(item.locator('.status-badge')).toHaveText('In progress');
  await expect(page.getByRole('row', { name: /How you give/ })).toContainText('In progress');
});

test('the worksheets table is a stop for the Tab key, named as scrolling, only while it is wider than its box', async ({
  page,
}) => {
  await page.setViewportSize(viewports.phone);
  await page.goto('/workbook/');
  const box = page.locator('.workbook .table-scroll').first();
  await expect(box.getByRole('columnheader').first()).toBeVisible();
  // It fits, even on a phone: no stop that scrolls nothing, no name that says it scrolls.
  await expect(box).not.toHaveAttribute('tabindex');
  await expect(page.getByRole('group', { name: 'Worksheets (scrolls sideways)' })).toHaveCount(0);
  // Made wider than the screen (a long word in a cell, say), it becomes one, as a table that scrolls must be.
  await box
    .locator('th')
    .first()
    .evaluate((cell) => cell.style.setProperty('min-width', '1200px'));
  await expect(page.getByRole('group', { name: 'Worksheets (scrolls sideways)' })).toHaveAttribute('tabindex', '0');
  expect(await axeViolations(page)).toEqual([]);
});
