/** Accessibility: axe over every built page, in light and dark mode, at phone and desktop width. */
import { axeViolations, builtPages, expect, test, viewports } from './fixtures';

const pages = [...builtPages(), '/no-such-page/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of ['phone', 'desktop'] as const) {
    test(`every page passes axe in ${colorScheme} mode at ${width} width`, async ({ page, expectedConsoleErrors }) => {
      expectedConsoleErrors.push(/no-such-page.*404/);
      await page.setViewportSize(viewports[width]);
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
      }
      expect(failures).toEqual([]);
    });
  }
}
