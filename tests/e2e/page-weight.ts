/**
 * What a page costs in JavaScript "without a click": every script it fetches from load until the network is idle,
 * with no click or scroll, counted as gzip bytes (what the wire carries from a host that compresses), and our own
 * inline scripts (the home page draws a returning learner's progress with one before first paint). Astro's inline
 * island loader (about 1.7 KB, on every page with an island) is measured and reported but, as in the issue that set
 * the budgets, not counted against them. Code fetched on a click or on scrolling is not counted. Shared by the budget
 * test (tests/e2e/budgets.spec.ts) and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { watchNetwork } from './network-quiet.ts';

/** One script a page ran without a click: its address (or "inline") and its size in bytes, raw and gzip. */
export interface LoadedScript {
  url: string;
  raw: number;
  gzip: number;
  /** Astro's inline island loader, reported but not counted against a budget. */
  astroLoader?: boolean;
}

/** Page types and their budgets, in gzip bytes of JavaScript without a click. */
export const budgets = {
  home: 8 * 1024,
  lesson: 3 * 1024,
  other: 30 * 1024,
} as const;

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Load `path` and return every script it ran before the network went quiet, inline ones included. */
export async function scriptsWithoutAClick(page: Page, path: string): Promise<LoadedScript[]> {
  const responses: Response[] = [];
  const collect = (response: Response) => {
    const redirect = response.status() >= 300 && response.status() < 400;
    if (!redirect && ['script', 'worker'].includes(response.request().resourceType())) responses.push(response);
  };
  page.on('response', collect);
  const network = watchNetwork(page);
  const document = await page.goto(path);
  await network.quiet();
  // Islands that hydrate when the browser is idle ask for their code then: give them the chance, then wait again.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
  await network.quiet();
  network.stop();
  page.off('response', collect);
  const html = (await document?.text()) ?? '';
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((body) => body.trim() !== '' && !/^\s*\{/.test(body)) // JSON-LD and other data blocks are not code
    .map((body) => ({
      url: 'inline',
      raw: Buffer.byteLength(body),
      gzip: gzip(body),
      astroLoader: /astro-island|self\.Astro/.test(body),
    }));
  const fetched = await Promise.all(
    responses.map(async (response) => {
      const body = await response.body();
      return { url: new URL(response.url()).pathname, raw: body.length, gzip: gzip(body) };
    }),
  );
  return [...inline, ...fetched];
}

/** The gzip bytes of `scripts` that count against a budget (all but Astro's island loader). */
export const budgetBytes = (scripts: LoadedScript[]) =>
  scripts.filter((script) => !script.astroLoader).reduce((sum, script) => sum + script.gzip, 0);

/** The gzip bytes of Astro's inline island loader in `scripts`. */
export const loaderBytes = (scripts: LoadedScript[]) =>
  scripts.filter((script) => script.astroLoader).reduce((sum, script) => sum + script.gzip, 0);
