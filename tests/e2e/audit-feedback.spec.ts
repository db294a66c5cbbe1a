/**
 * The audit tells the learner only what their answers support: four names get no verdict but a list of what to
 * answer next; the map on a 320-pixel phone shows nobody on a line they are not part of, and names at least 12 pixels
 * high; a map of 150 people is laid out off the main thread, and typing stays possible meanwhile; the page loads
 * at most 30 KB of JavaScript without a click; a returning learner's older audit is read without the old defaults.
 */
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { axeViolations, expect, test, viewports } from './fixtures';
import { budgetBytes, budgets, scriptsWithoutAClick } from './page-weight';
import { fourNames, generated, seed, twelveHalfAnswered } from './seed';

/** The map as drawn: circles, lines and name boxes, in the SVG's own units, with the scale to screen pixels. */
async function drawnMap(page: Page) {
  return page.locator('svg.map-svg').evaluate((svg: SVGSVGElement) => {
    const circles = [...svg.querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
    }));
    const lines = [...svg.querySelectorAll('.map-ties line')].map((l) => ({
      x1: Number(l.getAttribute('x1')),
      y1: Number(l.getAttribute('y1')),
      x2: Number(l.getAttribute('x2')),
      y2: Number(l.getAttribute('y2')),
    }));
    const labels = [...svg.querySelectorAll('.map-labels text')].map((t) => {
      const box = (t as SVGTextElement).getBBox();
      return { x: box.x, y: box.y, width: box.width, height: box.height, text: t.textContent ?? '' };
    });
    const fontPixels = [...svg.querySelectorAll('.map-labels text')].map(
      (t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 0),
    );
    return { circles, lines, labels, fontPixels };
  });
}

type Map = Awaited<ReturnType<typeof drawnMap>>;

/** Scroll to the summary, where the map is drawn once it comes into view, and wait for the map. */
async function showMap(page: Page) {
  const map = page.getByRole('img', { name: 'Map of your network' });
  // Until the island has drawn the saved people, the summary sits higher up than it will: scroll to it again until
  // the map is drawn (on a busy machine the people can arrive after the first scroll and push it out of view).
  await expect(async () => {
    await page.getByRole('region', { name: '4. Your network at a glance' }).scrollIntoViewIfNeeded();
    await expect(map).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await map.scrollIntoViewIfNeeded();
  return map;
}

/** Every person within their radius of a line they are not part of, and every name under a line or a person. */
function clashes(map: Map): string[] {
  const found: string[] = [];
  const distance = (p: { x: number; y: number }, l: Map['lines'][number]) => {
    const dx = l.x2 - l.x1;
    const dy = l.y2 - l.y1;
    const t = Math.max(0, Math.min(1, ((p.x - l.x1) * dx + (p.y - l.y1) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(p.x - (l.x1 + t * dx), p.y - (l.y1 + t * dy));
  };
  const isEnd = (c: { x: number; y: number }, l: Map['lines'][number]) =>
    (Math.abs(c.x - l.x1) < 0.01 && Math.abs(c.y - l.y1) < 0.01) ||
    (Math.abs(c.x - l.x2) < 0.01 && Math.abs(c.y - l.y2) < 0.01);
  for (const l of map.lines) {
    for (const c of map.circles) {
      if (!isEnd(c, l) && distance(c, l) < c.r) found.push(`a person at ${c.x},${c.y} lies on a line`);
    }
  }
  for (const label of map.labels) {
    const centre = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
    for (const l of map.lines) {
      // Sample the line: any point inside the name's box means the name sits under it.
      for (let k = 0; k <= 40; k++) {
        const x = l.x1 + ((l.x2 - l.x1) * k) / 40;
        const y = l.y1 + ((l.y2 - l.y1) * k) / 40;
        if (x > label.x && x < label.x + label.width && y > label.y && y < label.y + label.height) {
          found.push(`the name ${label.text} lies under a line`);
          break;
        }
      }
    }
    for (const c of map.circles) {
      const nx = Math.max(label.x, Math.min(c.x, label.x + label.width));
      const ny = Math.max(label.y, Math.min(c.y, label.y + label.height));
      if (Math.hypot(c.x - nx, c.y - ny) < c.r - 0.5 && c.r < 17) found.push(`the name ${label.text} covers a person`);
    }
    void centre;
  }
  return found;
}

test.describe('four names and nothing else', () => {
  for (const [width, colorScheme] of [
    ['phone', 'light'],
    ['desktop', 'dark'],
  ] as const) {
    test(`are told what to answer next, and judged on nothing (${width}, ${colorScheme})`, async ({ page }) => {
      await page.setViewportSize(viewports[width]);
      await page.emulateMedia({ colorScheme });
      await seed(page, fourNames());
      await page.goto('/workbook/network-audit/');
      const glance = page.getByRole('region', { name: '4. Your network at a glance' });
      const next = glance.getByRole('list', { name: 'What to answer next' });
      await expect(next.getByRole('listitem')).toHaveText([
        'Add 1 more person: the measures start at 5, and 10 to 20 is a good size.',
        'Say who knows whom: 6 of 6 pairs still open (section 3).',
        'Answer “How close are you?” for 4 people.',
      ]);
      const key = glance.getByRole('list', { name: 'Three key measures for your situation' });
      await expect(key.getByText('Needs answers')).toHaveCount(3);
      // No verdict anywhere on the page: no share of people met on your own, no density, no "inbred".
      const text = await page.locator('.audit').innerText();
      expect(text).not.toMatch(/100%|\b0%|inbred|people like yourself|of pairs know each other/);
      await page.getByRole('region', { name: '5. Every measure' }).getByText('Where your people come from').click();
      await expect(page.locator('[data-insight="self-introduced"]')).toContainText('Not enough answers yet');
      await showMap(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('twelve people half answered, on a 320-pixel phone: the map joins only people who know each other, names stay readable', async ({
  page,
}) => {
  await page.setViewportSize(viewports.narrow);
  await seed(page, twelveHalfAnswered());
  await page.goto('/workbook/network-audit/');
  await showMap(page);
  const drawn = await drawnMap(page);
  expect(drawn.circles).toHaveLength(13);
  expect(clashes(drawn)).toEqual([]);
  expect(Math.min(...drawn.fontPixels)).toBeGreaterThanOrEqual(12);
  // A key explains colours and lines; the table says the same as the map, pairs still open included.
  const key = page.locator('.map-key');
  await expect(key.getByText('They know each other well')).toBeVisible();
  await expect(key.getByText('Kind not given yet')).toBeVisible();
  const table = page.getByRole('table', { name: 'Your network as a table' });
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(table.getByRole('row', { name: /^Kofi Not given Not answered yet 11 pairs$/ })).toBeVisible();
  // The base of every key measure is stated.
  await expect(page.getByRole('list', { name: 'Three key measures for your situation' })).toContainText('Based on');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

/** The mean brightness (0 to 255) of a 4-pixel band at one side of an element's screenshot. */
async function edgeBrightness(element: Locator, side: 'left' | 'right'): Promise<number> {
  const { data, info } = await sharp(await element.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sum = 0;
  let count = 0;
  const from = side === 'left' ? 0 : info.width - 4;
  for (let y = 0; y < info.height; y++)
    for (let x = from; x < from + 4; x++) {
      const at = (y * info.width + x) * info.channels;
      sum += 0.2126 * data[at]! + 0.7152 * data[at + 1]! + 0.0722 * data[at + 2]!;
      count++;
    }
  return sum / count;
}

test('on a 320-pixel phone, a table wider than the screen shades the edge that has more, in light and dark', async ({
  page,
}) => {
  await page.setViewportSize(viewports.narrow);
  await seed(page, twelveHalfAnswered());
  await page.goto('/workbook/network-audit/');
  await showMap(page);
  const scroller = page.getByRole('group', { name: 'Your network as a table (scrolls sideways)' });
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(20);
  // The same view with and without the shading (set from script, as the page's policy allows): the difference is
  // the shading alone, whatever text the edge cuts through.
  const shading = async (side: 'left' | 'right') => {
    const shaded = await edgeBrightness(scroller, side);
    await scroller.evaluate((el) => el.style.setProperty('background', 'none'));
    const plain = await edgeBrightness(scroller, side);
    await scroller.evaluate((el) => el.style.removeProperty('background'));
    return Math.abs(shaded - plain);
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await scroller.evaluate((el) => (el.scrollLeft = 0));
    expect(await shading('right'), `${colorScheme}: more to the right`).toBeGreaterThan(8);
    expect(await shading('left'), `${colorScheme}: nothing to the left`).toBeLessThan(2);
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect(await shading('left'), `${colorScheme}: more to the left`).toBeGreaterThan(8);
    expect(await shading('right'), `${colorScheme}: nothing more to the right`).toBeLessThan(2);
  }
});

test.describe('the map’s geometry in the browser', () => {
  for (const n of [5, 12, 30]) {
    test(`a generated network of ${n}: nobody on a line they are not part of, no name under anything`, async ({
      page,
    }) => {
      await seed(page, generated(n, 3));
      await page.goto('/workbook/network-audit/');
      await showMap(page);
      const drawn = await drawnMap(page);
      expect(drawn.circles).toHaveLength(n + 1);
      expect(drawn.lines.length).toBeGreaterThan(0);
      expect(clashes(drawn)).toEqual([]);
    });
  }
});

test('150 people: the map is laid out in a worker, and the page takes typing while it is', async ({ page }) => {
  await seed(page, generated(150, 1));
  await page.goto('/workbook/network-audit/');
  // The audit holds 150 people, so the box for another is closed; the goal is a box to type in.
  const goal = page.getByLabel('What do you want your network to help with in the next six months?');
  await expect(goal).toBeEnabled();
  const worker = page.waitForEvent('worker');
  await page.getByRole('region', { name: '4. Your network at a glance' }).scrollIntoViewIfNeeded();
  expect((await worker).url()).toMatch(/layout\.worker/);
  // Type while the layout runs: every character arrives, nothing waits for the map.
  await goal.pressSequentially('Typed while the map is drawn');
  await expect(goal).toHaveValue('Typed while the map is drawn');
  await expect(page.getByRole('img', { name: 'Map of your network' })).toBeVisible();
  const drawn = await drawnMap(page);
  expect(drawn.circles).toHaveLength(151);
  expect(clashes(drawn)).toEqual([]);
  // With 150 people the table is one click away, not 150 rows in the way.
  await expect(page.getByText('The map as a table (150 people)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the audit page loads at most 30 KB of JavaScript without a click, and no map code with nobody to draw', async ({
  page,
}) => {
  // Counted as the budget test counts (tests/e2e/page-weight.ts): gzip bytes until the network is idle.
  const scripts = await scriptsWithoutAClick(page, '/workbook/network-audit/');
  expect(budgetBytes(scripts), scripts.map((script) => script.url).join(', ')).toBeLessThanOrEqual(budgets.other);
  expect(scripts.map((script) => script.url).filter((url) => /layout|NetworkMap|d3/.test(url))).toEqual([]);
});

test('the audit island in module 3 loads the map only once there is somebody and it is in view', async ({ page }) => {
  const scripts = await scriptsWithoutAClick(page, '/lessons/audit-your-network/');
  expect(scripts.map((script) => script.url).filter((url) => /layout|NetworkMap/.test(url))).toEqual([]);
});

test('a returning learner’s version-1 audit: people added by name only are not counted as met on their own', async ({
  page,
}) => {
  const now = new Date().toISOString();
  const v1 = {
    v: 1,
    updatedAt: now,
    setup: {},
    contacts: ['Ama', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'].map((alias, i) => ({
      id: `c${i}`,
      alias,
      introducedBy: 'me',
      alliances: [],
      lines: [],
      access: [],
    })),
    ties: [],
    snapshots: [],
  };
  await seed(page, { 'real-networking:audit': v1 });
  await page.goto('/workbook/network-audit/');
  await expect(page.locator('#toggle-c5')).toContainText('Fay');
  await expect(page.locator('#toggle-c0')).toContainText('0 of 14 answered');
  await page.getByRole('region', { name: '5. Every measure' }).getByText('Where your people come from').click();
  await expect(page.locator('[data-insight="self-introduced"]')).toContainText('0 of 6 people answered');
  expect(await axeViolations(page)).toEqual([]);
});

test('printed, the audit lists its people as one compact table, with blanks left blank', async ({ page }) => {
  await seed(page, twelveHalfAnswered());
  await page.goto('/workbook/network-audit/');
  // On screen the table is not shown (the cards are); in print it is.
  await expect(page.locator('table.audit-print-people')).toBeAttached();
  await expect(page.locator('table.audit-print-people')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const table = page.getByRole('table', { name: /Your people and your answers about them/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(13);
  // Kofi (the seventh person) has nothing answered: his row holds his name and blanks, not "no" or "0".
  await expect(table.getByRole('row', { name: /^Kofi\b/ })).toBeVisible();
  expect((await table.getByRole('row', { name: /^Kofi\b/ }).innerText()).replace(/\s+/g, ' ').trim()).toBe('Kofi');
});
