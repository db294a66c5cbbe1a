/**
 * Finding your way as a learner: the module list with your own ticks, "On this page" following where you read, the
 * lesson bar on a phone, terms explained where they are read, the site menu on a phone, and the glossary's A–Z
 * index. Each by keyboard where a keyboard user would use it, and each with axe in the state it opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, expect, layoutShift, test, viewports } from './fixtures';
import { gotoQuiet } from './network-quiet';

const lesson = '/lessons/power-outside-the-hierarchy/'; // module 2
const progressKey = 'real-networking:progress';
const day = '2026-11-20T19:30:00.000Z';
const glossary: { id: string; term: string; definition: string }[] = parse(
  readFileSync('content/glossary.yaml', 'utf8'),
);
/** How many modules the course has: one lesson file each. */
const moduleCount = readdirSync('content/lessons').filter((file) => file.endsWith('.mdx')).length;
const definitionOf = (id: string) => glossary.find((entry) => entry.id === id)!.definition;

/** Progress as the site stores it, written before any page of the site loads. */
async function storeProgress(page: Page, record: unknown) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(key!, value!);
    },
    [progressKey, typeof record === 'string' ? record : JSON.stringify(record)],
  );
}

const modules = (page: Page) => page.getByRole('navigation', { name: 'The course' });
const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
test.describe('the module list', () => {
  test.use({ viewport: viewports.desktop });

  test('a returning learner sees a tick on each lesson they marked complete, and where they are', async ({ page }) => {
    await storeProgress(page, {
      v: 1,
      updatedAt: day,
      completed: { 'broadcasting-is-not-networking': day, 'give-before-you-get': day },
    });
    await page.goto(lesson);
    const list = modules(page);
    await expect(list.getByRole('link', { name: /^Module 1 .*\(marked complete\)$/ })).toBeVisible();
    await expect(list.getByRole('link', { name: /^Module 4 .*\(marked complete\)$/ })).toBeVisible();
    await expect(list.getByRole('link', { name: /\(marked complete\)$/ })).toHaveCount(2);
    await expect(list.getByRole('link', { name: /^Module 2 Power outside the hierarchy$/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(list.getByText(`2 of ${moduleCount} modules marked complete`, { exact: true })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(moduleCount);
  });

  test('the ticks are drawn before the page is first painted, by the script right after the list', async ({ page }) => {
    await storeProgress(page, { v: 1, updatedAt: day, completed: { 'broadcasting-is-not-networking': day } });
    // Check the list at the moment the parser reaches the end of the lesson frame: the footer, which comes after the
    // list and its script, is not read yet, and nothing can have been drawn later than that.
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('.site-footer')) return;
        observer.disconnect();
        (window as typeof window & { ticksAtFooter?: number }).ticksAtFooter =
          document.querySelectorAll('[data-module][data-done]').length;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(lesson);
    await expect(modules(page).getByRole('link', { name: /^Module 1 .*\(marked complete\)$/ })).toBeVisible();
    expect(await page.evaluate(() => (window as typeof window & { ticksAtFooter?: number }).ticksAtFooter)).toBe(1);
  });

  test('a first visit shows no ticks, and marking the lesson complete ticks it at once', async ({ page }) => {
    await page.goto(lesson);
    await expect(modules(page).getByRole('link', { name: /\(marked complete\)$/ })).toHaveCount(0);
    await expect(modules(page).getByText(`0 of ${moduleCount} modules marked complete`, { exact: true })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
    await expect(modules(page).getByRole('link', { name: /^Module 2 .*\(marked complete\)$/ })).toBeVisible();
    await expect(modules(page).getByText(`1 of ${moduleCount} modules marked complete`, { exact: true })).toBeVisible();
  });

  test('a lesson marked complete in another tab is ticked here too', async ({ page, context }) => {
    await page.goto(lesson);
    const other = await context.newPage();
    await other.goto('/lessons/audit-your-network/');
    await other.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
    await expect(modules(page).getByRole('link', { name: /^Module 3 .*\(marked complete\)$/ })).toBeVisible();
  });

  test('going back to a lesson shows the lessons marked complete meanwhile', async ({ page }) => {
    await page.goto(lesson);
    await modules(page)
      .getByRole('link', { name: /^Module 3 / })
      .click();
    await page.getByRole('checkbox', { name: 'Mark this lesson complete' }).check();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${lesson}$`));
    await expect(modules(page).getByRole('link', { name: /^Module 3 .*\(marked complete\)$/ })).toBeVisible();
    await expect(modules(page).getByText(`1 of ${moduleCount} modules marked complete`, { exact: true })).toBeVisible();
  });

  test('progress that cannot be read shows no ticks, and the lesson says so', async ({ page }) => {
    // Valid JSON of version 1, but a lesson's "completed" time is not a time: the workbook would not read it either.
    await storeProgress(page, { v: 1, updatedAt: day, completed: { 'broadcasting-is-not-networking': 'soon' } });
    await page.goto(lesson);
    await expect(page.getByText(/Your saved progress could not be read/)).toBeVisible();
    await expect(modules(page).getByRole('link', { name: /\(marked complete\)$/ })).toHaveCount(0);
    await expect(modules(page).getByText(`0 of ${moduleCount} modules marked complete`, { exact: true })).toBeVisible();
  });

  for (const [width, size] of [
    ['phone', viewports.phone],
    ['desktop', viewports.desktop],
  ] as const) {
    test(`a lesson does not shift as it loads for a returning learner (${width})`, async ({ page }) => {
      await page.setViewportSize(size);
      await storeProgress(page, { v: 1, updatedAt: day, completed: { 'broadcasting-is-not-networking': day } });
      await gotoQuiet(page, lesson);
      expect(await layoutShift(page)).toBe(0);
    });
  }
});

test.describe('on this page', () => {
  test.use({ viewport: viewports.desktop });

  test('marks the section being read and fills the reading position as the learner scrolls', async ({ page }) => {
    await page.goto(lesson);
    const list = contents(page);
    const reading = list.getByRole('progressbar', { name: 'How far you have read' });
    await expect(list.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'true');
    await expect(reading).toHaveAttribute('value', '0');

    await page.getByRole('heading', { name: 'When the lines are cut' }).evaluate((heading) => heading.scrollIntoView());
    await expect(list.getByRole('link', { name: 'When the lines are cut' })).toHaveAttribute('aria-current', 'true');
    await expect(list.locator('[aria-current]')).toHaveCount(1);
    const partway = Number(await reading.evaluate((bar: HTMLProgressElement) => bar.value));
    expect(partway).toBeGreaterThan(0);
    expect(partway).toBeLessThan(100);

    await list.getByRole('link', { name: 'Key takeaways' }).click();
    await expect(page).toHaveURL(/#takeaways-heading$/);
    await expect(list.getByRole('link', { name: 'Key takeaways' })).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => reading.evaluate((bar: HTMLProgressElement) => bar.value)).toBeGreaterThan(partway);
  });

  test('lists the lesson’s own sections, in order, from its headings', async ({ page }) => {
    await page.goto(lesson);
    const headings = await page
      .locator('.lesson-body > h2')
      .evaluateAll((all) => all.map((heading) => heading.textContent?.trim()));
    const links = await contents(page).getByRole('link').allTextContents();
    expect(links.map((text) => text.trim())).toEqual(['Overview', ...headings, 'Key takeaways', 'References']);
  });
});

test.describe('the lesson bar on a phone', () => {
  test.use({ viewport: viewports.phone });

  test('opens the module list and the contents from the top of the lesson, by keyboard', async ({ page }) => {
    await storeProgress(page, { v: 1, updatedAt: day, completed: { 'broadcasting-is-not-networking': day } });
    await page.goto(lesson);
    const moduleButton = page.getByRole('button', { name: new RegExp(`^Module 2 of ${moduleCount}`) });
    const contentsButton = page.getByRole('button', { name: /^On this page/ });
    await expect(moduleButton).toBeInViewport();
    await expect(contentsButton).toBeInViewport();
    await expect(modules(page)).toBeHidden();

    // Tab from the top of the page: skip link, course name, site menu, then the lesson bar.
    for (let presses = 0; presses < 6 && !(await moduleButton.evaluate((b) => b === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(moduleButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(modules(page)).toBeVisible();
    await expect(modules(page).getByRole('link', { name: /^Module 1 .*\(marked complete\)$/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(modules(page).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(modules(page)).toBeHidden();
    await expect(moduleButton).toBeFocused();

    await contentsButton.focus();
    await page.keyboard.press('Enter');
    await expect(contents(page)).toBeVisible();
    await contents(page).getByRole('link', { name: 'Does it pay?' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#does-it-pay$/);
    await expect(contents(page)).toBeHidden();
    await expect(contentsButton).toContainText('Does it pay?');
    // The section's heading is not hidden under the sticky bar.
    const bar = await page.locator('.lesson-bar').boundingBox();
    const heading = await page.getByRole('heading', { name: 'Does it pay?' }).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  });
});

test.describe('terms in place', () => {
  for (const [width, size] of [
    ['phone', viewports.phone],
    ['desktop', viewports.desktop],
  ] as const) {
    test(`a term opens its definition by keyboard and closes with Escape (${width})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(lesson);
      const term = page.getByRole('button', { name: 'line of supply', exact: true });
      // A screen reader hears the definition with the term, without opening anything.
      await expect(term).toHaveAccessibleDescription(definitionOf('line-of-supply'));
      await term.focus();
      await page.keyboard.press('Enter');
      const card = page.getByRole('dialog', { name: 'Line of supply' });
      await expect(card).toBeVisible();
      await expect(card).toBeInViewport();
      await expect(card.getByRole('link', { name: /in the glossary/ })).toHaveAttribute(
        'href',
        '/glossary/#line-of-supply',
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      await expect(term).toBeFocused();
    });
  }

  test('the glossary link in a term card leads to the entry', async ({ page }) => {
    await page.goto(lesson);
    await page.getByRole('button', { name: 'sponsor', exact: true }).click();
    await page.getByRole('dialog', { name: 'Sponsor' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/glossary\/#sponsor$/);
    await expect(page.locator('#sponsor')).toBeInViewport();
  });
});

test.describe('the site menu', () => {
  test('on a phone: one short line, the menu one tap away, Escape closes it and focus comes back', async ({ page }) => {
    await page.setViewportSize(viewports.phone);
    await page.goto('/about/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(72);
    const menu = page.getByRole('button', { name: 'Menu' });
    const site = page.getByRole('navigation', { name: 'Site' });
    await expect(site).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(site).toBeVisible();
    await expect(site.getByRole('link')).toHaveCount(6);
    await expect(site.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(site.getByRole('link', { name: 'Course' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(site).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await site.getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  });

  test('on a desktop: the six links in one row and no menu button', async ({ page }) => {
    await page.setViewportSize(viewports.desktop);
    await page.goto('/about/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
    await expect(links).toHaveCount(6);
    const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
  });
});

test.describe('the glossary', () => {
  test('an A–Z index leads to each letter, and every term is filed under its letter', async ({ page }) => {
    await page.goto('/glossary/');
    const index = page.getByRole('navigation', { name: 'Glossary from A to Z' });
    const letters = (await index.getByRole('link').allTextContents()).map((text) => text.trim());
    expect(letters.length).toBeGreaterThan(5);
    expect([...letters].sort()).toEqual(letters);

    for (const letter of letters) {
      const section = page.getByRole('region', { name: letter, exact: true });
      const terms = await section.locator('dt').allTextContents();
      expect(terms.length, letter).toBeGreaterThan(0);
      for (const term of terms)
        expect(
          term
            .replace(/^(the|a|an)\s+/i, '')
            .charAt(0)
            .toUpperCase(),
          term,
        ).toBe(letter);
    }

    const last = letters.at(-1)!;
    await index.getByRole('link', { name: last, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#letter-${last.toLowerCase()}$`));
    await expect(page.getByRole('heading', { name: last, exact: true })).toBeInViewport();
  });
});
