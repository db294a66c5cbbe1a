/**
 * Which Chromium the end-to-end tests drive. Playwright cannot download browsers on these machines, so we look for
 * one in this order: PLAYWRIGHT_CHROMIUM_PATH, a system Chromium or Chrome, then Playwright's own if installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemBrowsers = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that keep Chromium from phoning home: this machine's network is closed, and tests must not leave the site. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

function onPath(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The path of the Chromium to use; throws with instructions when there is none. */
export function chromiumPath(): string {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  for (const command of systemBrowsers) {
    const found = onPath(command);
    if (found) return found;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install chromium` (Debian/Ubuntu) ' +
      'or `npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
