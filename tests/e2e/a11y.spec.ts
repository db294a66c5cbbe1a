/**
 * Accessibility: axe over every built page, at phone and desktop width, in light and dark mode. One test per page and
 * width, so that a slow machine never runs into a time limit and a failure names the page at once. Each test loads
 * its page once and checks both colour schemes (`expectAxeCleanInLightAndDark`).
 */
import { builtPages, expectAxeCleanInLightAndDark, test, viewports } from './fixtures';

const pages = [...builtPages(), '/no-such-page/'];

for (const width of ['phone', 'desktop'] as const) {
  test.describe(`axe at ${width} width, light then dark`, () => {
    test.use({ viewport: viewports[width] });
    for (const path of pages) {
      test(path, async ({ page, expectedConsoleErrors }) => {
        expectedConsoleErrors.push(/no-such-page.*404/);
        await page.goto(path);
        await expectAxeCleanInLightAndDark(page);
      });
    }
  });
}
