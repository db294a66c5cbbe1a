/**
 * The network audit, by keyboard only: a learner adds 12 people and who knows whom, reads the measures, insights
 * and map, reloads, takes a snapshot, changes two people, compares, and downloads a CSV; axe in every state.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const people = [
  'Grace',
  'Leila',
  'Priya',
  'Kofi',
  'Marta',
  'Sam',
  'Jo',
  'Ben',
  'Inés, "Nessa"',
  'Tom',
  'Ade',
  'Zoë Nuñez',
];

async function typeAndEnter(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Move focus to the control labelled `label` by pressing Tab (keyboard only), at most `limit` times. */
async function tabTo(page: Page, label: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active) return '';
      const labelled = active.getAttribute('aria-label') ?? '';
      const byFor = active.id ? (document.querySelector(`label[for="${active.id}"]`)?.textContent ?? '') : '';
      const wrapping = active.closest('label')?.textContent ?? '';
      return `${labelled} ${byFor} ${wrapping} ${active.textContent ?? ''}`.trim();
    });
    if (label.test(name)) return;
  }
  throw new Error(`Could not reach ${label} by keyboard`);
}

test('a learner audits 12 people by keyboard, reloads, re-audits and compares', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/workbook/network-audit/');
  const addBox = page.getByLabel('Add a person');
  await expect(addBox).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);

  // Add everyone from the one box: type, Enter, repeat (focus comes back to the box).
  await addBox.focus();
  for (const name of people) {
    await typeAndEnter(page, name);
    await expect(addBox).toBeFocused();
  }
  await expect(page.getByText(/^12 people\. Open someone/)).toBeVisible();

  // Answer a few questions for the last person, who is open after being added.
  const zoe = page.getByRole('button', { name: /^Zoë Nuñez/ });
  await expect(zoe).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, /What kind of contact are they for you/);
  await page.keyboard.press('ArrowDown'); // operational
  await tabTo(page, /Inside or outside/i, 20).catch(() => undefined);
  expect(await axeViolations(page)).toEqual([]);

  // Open Grace and say Leila introduced her... by keyboard: the toggle, then the select.
  await page.getByRole('button', { name: /^Grace/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Grace/ })).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, /Who introduced you/);
  await page.keyboard.press('ArrowDown'); // Nobody → first other contact
  await tabTo(page, /Their function or field/);
  await page.keyboard.type('Operations');

  // Who knows whom: the first person, three pairs.
  const ties = page.getByRole('region', { name: '3. Who knows whom' });
  await ties.getByLabel('Person').focus();
  await expect(ties.getByRole('heading', { name: 'Whom among these does Grace know?' })).toBeVisible();
  for (const other of ['Leila', 'Priya', 'Kofi']) {
    const row = ties.getByRole('group', { name: `Grace and ${other}` });
    await row.getByRole('radio', { name: 'Yes' }).focus();
    await page.keyboard.press('Space');
    await expect(row.getByRole('radio', { name: 'Yes' })).toBeChecked();
  }
  // One more person by the "Next" button, by keyboard.
  await ties.getByRole('button', { name: 'Next person' }).focus();
  await page.keyboard.press('Enter');
  await expect(ties.getByRole('heading', { name: 'Whom among these does Leila know?' })).toBeVisible();
  await expect(ties.getByRole('group', { name: 'Leila and Grace' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  const priya = ties.getByRole('group', { name: 'Leila and Priya' });
  await priya.getByRole('radio', { name: 'Well' }).focus();
  await page.keyboard.press('Space');
  expect(await axeViolations(page)).toEqual([]);

  // The summary first: what to answer next (most pairs are still open), then the map; every measure in groups.
  const glance = page.getByRole('region', { name: '4. Your network at a glance' });
  await expect(glance.getByRole('heading', { name: 'What to answer next' })).toBeVisible();
  await expect(glance.getByText(/Say who knows whom: \d+ of 66 pairs still open/)).toBeVisible();
  // The map is laid out once it comes into view.
  await glance.scrollIntoViewIfNeeded();
  const map = page.getByRole('img', { name: 'Map of your network' });
  await expect(map).toBeVisible();
  await expect(page.getByRole('table', { name: 'Your network as a table' }).getByRole('row')).toHaveCount(13);
  const details = page.getByRole('region', { name: '5. Every measure' });
  await details.getByText('The shape of your network').click();
  await expect(details.getByRole('heading', { name: 'Effective size' })).toBeVisible();
  await expect(details.getByText(/^To see it:/).first()).toBeVisible();

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByText(/^12 people\. Open someone/)).toBeVisible();
  await page.getByRole('region', { name: '4. Your network at a glance' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('row', { name: /^Grace .*Leila, Priya, Kofi/ })).toBeVisible();

  // Snapshot, change two people, compare.
  await page.getByLabel('Name this snapshot (optional)').focus();
  await typeAndEnter(page, 'Week 0');
  await expect(page.getByText(/^Week 0 · /)).toBeVisible();
  await page.getByRole('button', { name: 'Remove Tom' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await addBox.focus();
  await typeAndEnter(page, 'Rosa');
  const compare = page.getByRole('region', { name: 'Compare' });
  await expect(compare.getByText(/Came:\s*Rosa\./)).toBeVisible();
  await expect(compare.getByText(/Went:\s*Tom\./)).toBeVisible();
  await expect(
    compare.getByRole('row', { name: /^People 12 12 listed 12 12 listed Changed\. 1 person came, 1 person went\.$/ }),
  ).toBeVisible();
  // Change two people: they become strategic contacts, and the comparison shows it.
  for (const name of ['Grace', 'Leila']) {
    const toggle = page.getByRole('button', { name: new RegExp(`^${name}`) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.press('Enter');
    await page.getByRole('combobox', { name: 'What kind of contact are they for you?' }).selectOption('strategic');
    await page.getByRole('button', { name: `Done with ${name}` }).press('Enter');
  }
  // Three people have a kind now: too few to compare, and the row says so rather than reading a change into it.
  await expect(compare.getByRole('row', { name: /^Strategic contacts/ })).toContainText(
    'Needs answers. Too few answers to compare',
  );
  expect(await axeViolations(page)).toEqual([]);

  // CSV: opens with every name intact, commas, quotes and accents included.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my people as CSV' }).focus();
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^real-networking-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]![0]).toBe('Name or alias');
  expect(rows.slice(1).map((row) => row[0])).toEqual([...people.filter((name) => name !== 'Tom'), 'Rosa']);
  expect(rows.find((row) => row[0] === 'Grace')![4]).toBe('Operations');
});

test('the audit in module 3 is the same audit as on its own page', async ({ page }) => {
  await page.goto('/workbook/network-audit/');
  await page.getByLabel('Add a person').fill('Kwame');
  await page.keyboard.press('Enter');
  await page.goto('/lessons/audit-your-network/');
  const audit = page.getByRole('region', { name: 'Your network audit' });
  await audit.scrollIntoViewIfNeeded();
  await expect(audit.getByRole('button', { name: /^Kwame/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a corrupted audit is kept aside with a plain message, and the learner can start again', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('real-networking:audit', '{"v":1,"contacts":[{"id":'));
  await page.goto('/workbook/network-audit/');
  await expect(page.getByRole('alert')).toContainText('The saved network audit could not be read');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Add a person').fill('Ama');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Ama/ })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('real-networking:recovery:audit:'))
      .map((key) => JSON.parse(localStorage.getItem(key)!).raw),
  );
  expect(kept).toEqual(['{"v":1,"contacts":[{"id":']);
});
