/**
 * A coach's own copy of the course, built from tests/fixtures/site/coach.config.ts (npm run build:e2e, into
 * dist-coach/): it carries the coach's name, organisation, contact and colours everywhere the site speaks for
 * itself, and "Real Networking" only where the course's content quotes the article it is built on.
 */
import { builtPages, expect, expectAxeCleanInLightAndDark, test, viewports } from './fixtures';

const pages = builtPages('dist-coach');
/** The source article's title: course content, which stays as it is in every copy. */
const articleTitle = /Twitter versus Real Networking/gi;

test('the coach’s copy shows their name, organisation and contact', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Career Compass');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career Compass');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Career Compass' })).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Offered by Jo Rivera Coaching.');
  await expect(footer.getByRole('link', { name: 'Email Jo' })).toHaveAttribute('href', 'mailto:jo@jo-rivera.example');
  await expect(footer.getByRole('link', { name: 'Source code' })).toHaveAttribute(
    'href',
    'https://github.com/jo-rivera/career-compass',
  );

  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: 'Who offers this copy' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Jo Rivera Coaching' })).toHaveAttribute(
    'href',
    'https://jo-rivera.example',
  );
  await page.goto('/lessons/give-before-you-get/');
  await expect(page).toHaveTitle('Give before you get · Career Compass');
});

for (const [scheme, accent] of [
  ['light', 'rgb(154, 52, 18)'], // #9a3412
  ['dark', 'rgb(253, 186, 116)'], // #fdba74
] as const) {
  test(`links and buttons take the coach’s ${scheme} accent`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const colour = (selector: string, property: 'color' | 'backgroundColor') =>
      page
        .locator(selector)
        .first()
        .evaluate((element, name) => getComputedStyle(element)[name], property);
    expect(await colour('main a.button[data-home="start"]', 'backgroundColor')).toBe(accent);
    expect(await colour('footer a', 'color')).toBe(accent);
  });
}

test('no page says "Real Networking" outside the course content', async ({ page, request }) => {
  for (const path of pages) {
    await page.goto(path);
    const said = await page.evaluate(() =>
      [
        document.title,
        document.body.innerText,
        ...[...document.querySelectorAll('meta[content]')].map((meta) => meta.getAttribute('content')),
        ...[...document.querySelectorAll('script[type="application/ld+json"], img[alt]')].map(
          (element) => element.textContent || element.getAttribute('alt'),
        ),
      ].join('\n'),
    );
    // The brand, as the name is written; "real networking", the idea the course teaches, is content.
    expect(said.replace(articleTitle, ''), path).not.toMatch(/Real Networking/);
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Career Compass', short_name: 'Compass' });
});

test.describe('axe with the coach’s colours, light then dark', () => {
  test.use({ viewport: viewports.phone });
  for (const path of ['/', '/lessons/power-outside-the-hierarchy/', '/about/', '/workbook/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectAxeCleanInLightAndDark(page);
    });
  }
});
