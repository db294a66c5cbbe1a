#!/usr/bin/env node
/**
 * `npm run browser`: find the Chromium the end-to-end tests use (unpacking or downloading it if need be, see
 * tests/e2e/browser.ts) and say which. `npm test` runs it first, beside the type check, so that a machine with no
 * browser and no way to get one hears so at once, not after the unit tests and the builds.
 */
import { chromiumPath } from '../tests/e2e/browser.ts';

try {
  console.log(`Chromium for the end-to-end tests: ${chromiumPath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
