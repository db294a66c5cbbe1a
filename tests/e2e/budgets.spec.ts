/**
 * Page weight budgets, read off the built site in a real browser: the JavaScript each page runs without a click
 * (tests/e2e/page-weight.ts says exactly what counts). Home 8 KB, a lesson 3 KB (and the list of modules at /lessons/), every other page 30 KB, all gzip.
 * One test per page, so a failure names the page and its bytes; `npm run bench` prints the same figures.
 */
import { builtPages, expect, test } from './fixtures';
import { budgetBytes, budgets, loaderBytes, scriptsWithoutAClick } from './page-weight';

const budgetOf = (path: string) =>
  path === '/' ? budgets.home : path.startsWith('/lessons/') ? budgets.lesson : budgets.other;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of builtPages()) {
  test(`${path} runs at most ${kb(budgetOf(path))} of JavaScript without a click`, async ({ page }) => {
    const scripts = await scriptsWithoutAClick(page, path);
    const bytes = budgetBytes(scripts);
    const detail = scripts
      .filter((script) => !script.astroLoader)
      .sort((a, b) => b.gzip - a.gzip)
      .map((script) => `${script.url} ${kb(script.gzip)}`)
      .join(', ');
    expect(
      bytes,
      `${path}: ${kb(bytes)} gzip (budget ${kb(budgetOf(path))}; Astro's loader ${kb(loaderBytes(scripts))} not counted): ${detail}`,
    ).toBeLessThanOrEqual(budgetOf(path));
  });
}
