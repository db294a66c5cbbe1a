/**
 * The generated hostile links, files and stored values (tests/fixtures/hostile.ts), opened in a real browser: every
 * assignment link and report link, the report files, and the stored values. For each: the page answers with a message
 * (or shows the report, with whether it is verified), no script runs (no `window.__pwned`, no dialog), and nothing
 * stored changes (an unreadable stored value is kept aside whole). Any console error fails the test, as everywhere.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HOSTILE_ASSIGNMENT, hostileCases, type HostileCase } from '../fixtures/hostile';
import { expect, test } from './fixtures';

/** The coach's data the hostile reports meet: the assignment whose key they hold, and a report already kept. */
const coach = JSON.stringify({
  v: 2,
  updatedAt: '2026-03-05T10:00:00.000Z',
  coachName: 'Coach Rivera',
  clients: {
    [HOSTILE_ASSIGNMENT.id]: {
      name: 'Ama',
      assignment: {
        id: HOSTILE_ASSIGNMENT.id,
        coach: 'Coach Rivera',
        client: 'Ama',
        items: [{ kind: 'module', id: 'give-before-you-get' }],
        issuedAt: '2026-03-02T19:04:11.532Z',
        key: HOSTILE_ASSIGNMENT.key,
      },
      reports: [
        {
          receivedAt: '2026-03-04T10:00:00.000Z',
          verified: true,
          report: {
            v: 1,
            client: 'Ama',
            assignmentId: HOSTILE_ASSIGNMENT.id,
            createdAt: '2026-03-04T09:00:00.000Z',
            modules: [],
            worksheets: [],
          },
        },
      ],
    },
  },
});

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

/** No script ran: nothing set the marker, and no dialog opened. */
async function expectNoScript(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

/** The page's answer: a message, or the report or assignment shown. */
const answer = (page: Page) =>
  page
    .getByRole('alert')
    .or(page.getByRole('region', { name: /^Report from / }))
    .or(page.getByText('This report is sealed'))
    .or(page.getByRole('heading', { name: /^From .+, for / }))
    .or(page.getByText('No assignment in this address'))
    .or(page.getByText(/^Your assignments? (is|are) in your workbook$/))
    .first();

let cases: HostileCase[] = [];
test.beforeAll(async () => {
  cases = await hostileCases();
});

/** The many links are checked in parts, each its own test, so that no test runs long on a busy machine. */
const parts = 4;
const part = (all: HostileCase[], index: number) => all.filter((_, position) => position % parts === index);
const partName = (index: number) => `(part ${index + 1} of ${parts})`;

test.describe('hostile inputs in the browser', () => {
  test.describe.configure({ timeout: 400_000 });

  for (let index = 0; index < parts; index++) {
    test(`every hostile assignment link ${partName(index)}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
      await page.goto('/assignment/');
      const before = await stored(page);
      // A link longer than a browser's address bar takes is for the unit tests.
      const links = cases.filter((c) => c.target === 'assignment-link' && c.input.length < 100_000);
      expect(links.length).toBeGreaterThan(parts);
      for (const hostile of part(links, index)) {
        await test.step(hostile.name, async () => {
          // A fresh page for each link: from another address, so that the link is a load and not a change of hash.
          await page.goto('about:blank');
          await page.goto(`/assignment/${hostile.input.slice(hostile.input.indexOf('#'))}`);
          await expect(answer(page)).toBeVisible();
          await expectNoScript(page, dialogs);
          expect(
            await page.locator('.accept img, .accept script, .accept svg, .accept a[href^="javascript"]').count(),
          ).toBe(0);
          expect(await stored(page)).toEqual(before);
        });
      }
    });
  }

  for (let index = 0; index < parts; index++) {
    test(`every hostile report link, and each pasted ${partName(index)}`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
      await page.goto('/coach/clients/');
      await page.evaluate((value) => localStorage.setItem('real-networking:coach', value), coach);
      const before = await stored(page);
      const reports = cases.filter((c) => c.target === 'report-text');
      expect(reports.length).toBeGreaterThan(parts);
      for (const hostile of part(reports, index)) {
        await test.step(hostile.name, async () => {
          const link = hostile.input.includes('/coach/clients/#') && hostile.input.length < 500_000;
          if (link) {
            await page.goto('about:blank');
            await page.goto(`/coach/clients/${hostile.input.slice(hostile.input.indexOf('#'))}`);
          } else {
            // Pasted, as a coach would paste what a client sent.
            await page.goto('/coach/clients/');
            await page.getByLabel('Paste a report link').evaluate((element, text) => {
              const data = new DataTransfer();
              data.setData('text/plain', text);
              element.dispatchEvent(
                new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
              );
            }, hostile.input);
            if ((await page.getByRole('alert').count()) === 0) {
              await page.getByLabel('Paste a report link').fill(hostile.input);
              const open = page.getByRole('button', { name: 'Open this report' });
              // Nothing but spaces: there is nothing to open, and the button says so by being off.
              if (hostile.input.trim() === '') {
                await expect(open).toBeDisabled();
                return;
              }
              await open.click();
            }
          }
          await expect(answer(page)).toBeVisible();
          await expectNoScript(page, dialogs);
          expect(
            await page.locator('.coach-dashboard img, .coach-dashboard script, .coach-dashboard iframe').count(),
          ).toBe(0);
          expect(await stored(page)).toEqual(before);
        });
      }
    });
  }

  test('every hostile report file', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    await page.goto('/coach/clients/');
    await page.evaluate((value) => localStorage.setItem('real-networking:coach', value), coach);
    // A file's size can only be its own here: the cases that claim another size are for the unit tests.
    for (const [index, hostile] of cases.filter((c) => c.target === 'report-file' && c.size === undefined).entries()) {
      await test.step(hostile.name, async () => {
        await page.goto('/coach/clients/');
        const before = await stored(page);
        const path = join(tmpdir(), `hostile-report-${process.pid}-${index}.json`);
        writeFileSync(path, hostile.input);
        await page.getByLabel('Or choose a report file').setInputFiles(path);
        await expect(answer(page)).toBeVisible();
        await expectNoScript(page, dialogs);
        expect(await stored(page)).toEqual(before);
      });
    }
  });

  test('every hostile stored value: kept aside whole or left alone, and said so', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    for (const hostile of cases.filter((c) => c.target === 'stored-coach' || c.target === 'stored-assignments')) {
      await test.step(hostile.name, async () => {
        const key = `real-networking:${hostile.target === 'stored-coach' ? 'coach' : 'assignments'}`;
        await page.goto('/');
        await page.evaluate(
          (value) => {
            localStorage.clear();
            localStorage.setItem(value.key, value.input);
          },
          { key, input: hostile.input },
        );
        await page.goto(hostile.target === 'stored-coach' ? '/coach/clients/' : '/workbook/report/');
        // Said so, or (for a value that reads) shown: the client's or the coach's name, as text.
        await expect(
          page
            .getByRole('alert')
            .filter({ hasText: /could not be read|newer version/ })
            .or(page.getByRole('row', { name: /^From Coach/ }))
            .or(page.getByLabel('Your name, as your coach knows you (required)'))
            .first(),
        ).toBeVisible();
        await expectNoScript(page, dialogs);
        const after = await stored(page);
        // Nothing lost: the value is where it was, or kept aside whole.
        const kept = Object.entries(after).some(([name, value]) =>
          name === key
            ? value === hostile.input
            : name.startsWith('real-networking:recovery:') &&
              value?.includes(JSON.stringify(hostile.input).slice(1, 40)),
        );
        expect(kept).toBe(true);
      });
    }
  });
});
