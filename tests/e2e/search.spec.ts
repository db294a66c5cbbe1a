/**
 * Site search, as a learner uses it: from a lesson on a phone, by keyboard, it finds a glossary term and a passage in
 * another lesson and opens each at the right place; nothing of it loads before the learner asks; a slash typed into
 * an answer stays in the answer; the dialog passes axe in both colour schemes. (Under a sub-path: sub-path.spec.ts;
 * offline: offline.spec.ts.)
 */
import type { Page, Request } from '@playwright/test';
import { axeViolations, expect, test, viewports } from './fixtures';
import { gotoQuiet } from './network-quiet';

const lesson = '/lessons/give-before-you-get/';

/** Open search with the "/" key and type `words`; the dialog and its results. */
async function searchFor(page: Page, words: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const box = dialog.getByLabel('Words to look for');
  await expect(box).toBeFocused();
  await page.keyboard.type(words);
  await expect(dialog.getByRole('status')).toContainText(`match “${words}”`);
  return { dialog, box, results: dialog.getByRole('list', { name: 'Search results' }) };
}

/** Press the down arrow until `target` has focus (at most once per result). */
async function arrowDownTo(page: Page, target: ReturnType<Page['getByRole']>) {
  await expect(target).toBeVisible();
  const count = await page.getByRole('list', { name: 'Search results' }).getByRole('link').count();
  for (let step = 0; step < count && !(await target.evaluate((link) => link === document.activeElement)); step++)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
}

test.describe('at phone width, by keyboard', () => {
  test.use({ viewport: viewports.phone });

  test('from a lesson, search finds a passage in another lesson and opens it at its section', async ({ page }) => {
    await page.goto(lesson);
    const { results } = await searchFor(page, 'weak tie');
    const passage = results.getByRole('link', {
      name: 'Module 5 · Weak, strong and dormant ties: Why weak ties bring news',
    });
    await arrowDownTo(page, passage);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lessons\/weak-strong-and-dormant-ties\/#why-weak-ties-bring-news$/);
    await expect(page.getByRole('heading', { name: 'Why weak ties bring news' })).toBeInViewport();
  });

  test('from a lesson, search finds a glossary term and opens the glossary at its definition', async ({ page }) => {
    await page.goto(lesson);
    const { results } = await searchFor(page, 'weak tie');
    const term = results.getByRole('link', { name: 'Glossary: weak tie', exact: true });
    await arrowDownTo(page, term);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/#weak-tie$/);
    const entry = page.locator('#weak-tie');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('A relationship with someone you see now and then');
  });

  test('the search dialog passes axe with results, in light and dark', async ({ page }) => {
    await page.goto(lesson);
    await searchFor(page, 'give');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});

test('nothing of search loads until the learner shows they want it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request: Request) => requested.push(new URL(request.url()).pathname));
  const searchFiles = () => requested.filter((path) => /pagefind|searchDialog/.test(path));

  await gotoQuiet(page, lesson);
  expect(searchFiles()).toEqual([]);

  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.focus();
  await expect.poll(() => searchFiles().some((path) => path.includes('searchDialog'))).toBe(true);
  expect(
    searchFiles().filter((path) => path.includes('pagefind')),
    'no index before the dialog opens',
  ).toEqual([]);

  await button.click();
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
  await expect.poll(() => searchFiles().some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('Escape closes search and gives focus back to the search button', async ({ page }) => {
  await page.goto('/about/');
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByLabel('Words to look for')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

for (const [words, why] of [
  ['xylophone', 'a search that finds nothing says so'],
  // Pagefind alone would search for "z", the longest start of the word it has, and find the initial in "Levin, D. Z.".
  ['zzqx', 'a word the course does not have finds nothing, not the pages of its first letter'],
] as const) {
  test(why, async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    await page.keyboard.type(words);
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
      `Nothing found for “${words}”. Try fewer or other words.`,
    );
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
  });
}

test('words like “vs” are not searched for: “mentor vs sponsor” finds the lessons on sponsors, not only a reference', async ({
  page,
}) => {
  await page.goto('/about/');
  const { results } = await searchFor(page, 'mentor vs sponsor');
  await expect(results.getByRole('link', { name: /Earning a sponsor/ }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: /Power outside the hierarchy/ }).first()).toBeVisible();
});

test('a word no page has is named and left out, rather than searched as a stand-in', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  await page.keyboard.type('sponsor xylophone');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('status')).toHaveText(/^No page has “xylophone”\. \d+ pages? match(es)? “sponsor”/);
  await expect(dialog.getByRole('link', { name: /Earning a sponsor/ }).first()).toBeVisible();
});

test('when no page has every word, the pages with some of them are shown, and the status says so', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  // Both words are in the course ("otherish" in the glossary and module 4), never on one page.
  await page.keyboard.type('otherish sponsor');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('status')).toHaveText(
    /^No page has all of “otherish sponsor”; \d+ pages have some of these words/,
  );
  await expect(dialog.getByRole('link', { name: 'Glossary: otherish giver' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /Earning a sponsor/ }).first()).toBeVisible();
});

test('a passage cut short says so with “…”', async ({ page }) => {
  await page.goto('/about/');
  const { results } = await searchFor(page, 'sponsor');
  const passages = await results.locator('.result-excerpt').allTextContents();
  expect(passages.length).toBeGreaterThan(0);
  // Pagefind cuts passages to 24 words: most end mid-sentence, and each that does ends with "…".
  for (const passage of passages) expect(passage.trim()).toMatch(/[.!?…”"’')\]]$/u);
  expect(passages.some((passage) => passage.trim().endsWith('…'))).toBe(true);
});

test('a passage reads as the page does: a term’s card and a reference’s “Cited in” do not run into the text', async ({
  page,
}) => {
  await page.goto('/about/');
  const { results } = await searchFor(page, 'broker');
  await expect(results).toContainText('Each is a broker: someone whose contacts span');
  await page.reload();
  const cited = await searchFor(page, 'Hewlett');
  await expect(cited.results).toContainText(' Cited in: module');
  const passages = await cited.results.locator('.result-excerpt').allTextContents();
  expect(passages.filter((passage) => /\SCited in/.test(passage))).toEqual([]);
});

test('a slash typed into an answer stays in the answer and does not open search', async ({ page }) => {
  await page.goto('/lessons/power-outside-the-hierarchy/');
  const worksheet = page.getByRole('region', { name: 'Map your lines of power' });
  await worksheet.scrollIntoViewIfNeeded();
  const role = worksheet.getByLabel('Your current role, in a few words');
  await expect(role).toBeEnabled();
  await role.click();
  await page.keyboard.type('Analyst / team lead');
  await expect(role).toHaveValue('Analyst / team lead');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeHidden();
});
