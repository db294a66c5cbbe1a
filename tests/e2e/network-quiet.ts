/**
 * Waiting until a page's network has gone quiet. Playwright's own `networkidle` waits for a lifecycle event of
 * Chromium's that, on a busy machine, can fail to come at all: lesson pages once waited out the whole 3-minute test
 * limit with every request long finished. So the tests count the page's requests themselves: quiet is no request in
 * flight for half a second.
 */
import type { Page, Request } from '@playwright/test';

export interface NetworkWatch {
  /** Resolves once no request has been in flight for `quietMs`. */
  quiet: () => Promise<void>;
  /** Stop watching. */
  stop: () => void;
}

/** Start counting the page's requests (before it navigates, so that none is missed). */
export function watchNetwork(page: Page, quietMs = 500): NetworkWatch {
  const inFlight = new Set<Request>();
  let changed = Date.now();
  const start = (request: Request) => {
    inFlight.add(request);
    changed = Date.now();
  };
  const end = (request: Request) => {
    inFlight.delete(request);
    changed = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    quiet: async () => {
      while (inFlight.size > 0 || Date.now() - changed < quietMs) await new Promise((done) => setTimeout(done, 100));
    },
    stop: () => {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}

/** Go to `path` and wait until its network is quiet. */
export async function gotoQuiet(page: Page, path: string) {
  const network = watchNetwork(page);
  try {
    const document = await page.goto(path);
    await network.quiet();
    return document;
  } finally {
    network.stop();
  }
}
