/**
 * Accessibility: axe over every built page, in light and dark mode, at phone and desktop width. One test per page and
 * state, so that a slow machine never runs into a time limit and a failure names the page at once.
 */
import { axeViolations, builtPages, expect, test, viewports } from './fixtures';

const pages = [...builtPages(), '/no-such-page/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of ['phone', 'desktop'] as const) {
    test.describe(`axe, ${colorScheme} mode, ${width} width`, () => {
      test.use({ viewport: viewports[width], colorScheme });
      for (const path of pages) {
        test(path, async ({ page, expectedConsoleErrors }) => {
          expectedConsoleErrors.push(/no-such-page.*404/);
          await page.goto(path);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
