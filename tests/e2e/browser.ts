/**
 * Which Chromium the end-to-end tests (and the bench and screenshot scripts) drive. A newcomer needs nothing but
 * `npm install`: we look, in this order, for
 *
 * 1. `PLAYWRIGHT_CHROMIUM_PATH`, a Chromium or Chrome binary the person chose;
 * 2. Playwright's own Chromium, if `npx playwright install chromium` was run;
 * 3. a system `chromium`, `chromium-browser` or `google-chrome` on the PATH;
 * 4. on Linux x64, the Chromium that the `@sparticuz/chromium` devDependency carries (a headless shell, compressed
 *    inside the npm package): unpacked once into `node_modules/.cache/real-networking/` and reused;
 * 5. anywhere else (macOS, Windows, Linux arm64), Playwright's own Chromium, downloaded once with
 *    `playwright install chromium` (this needs the internet; a machine without it gets a message saying what to do).
 *
 * This module runs in Playwright's main process and in each of its workers, so unpacking is safe to race: each
 * process unpacks into its own folder and renames it into place; the first rename wins and the others are dropped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
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
  if (process.platform === 'win32') return undefined;
  try {
    return (
      execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The packaged Chromium's version, or undefined when the package is not installed. */
function packagedVersion(): string | undefined {
  // The package's "exports" do not include package.json, so it is read from its folder.
  const manifest = join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Unpack the Chromium that `@sparticuz/chromium` carries into the project's cache, once, and return its path. The
 * package unpacks into the system temporary folder; pointing TMPDIR at a folder of our own keeps projects and
 * versions apart and lets us move the result into place in one step.
 */
function packagedChromium(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const version = packagedVersion();
  if (!version) return undefined;
  const cache = join(root, 'node_modules', '.cache', 'real-networking');
  const folder = join(cache, `chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;

  const unpacking = join(cache, `unpacking-${process.pid}-${Date.now()}`);
  mkdirSync(unpacking, { recursive: true });
  try {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import('@sparticuz/chromium').then((c) => c.default.executablePath())"],
      { cwd: root, env: { ...process.env, TMPDIR: unpacking }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (!existsSync(join(unpacking, 'chromium'))) throw new Error('the package did not unpack a chromium binary');
    try {
      renameSync(unpacking, folder);
    } catch (error) {
      // Another process put its copy in place first: use that one.
      if (!existsSync(binary)) throw error;
    }
  } finally {
    rmSync(unpacking, { recursive: true, force: true });
  }
  return existsSync(binary) ? binary : undefined;
}

/** Download Playwright's own Chromium (macOS, Windows, Linux arm64), once. Returns its path, or undefined. */
function downloadedChromium(): string | undefined {
  if (process.env.REAL_NETWORKING_NO_BROWSER_DOWNLOAD) return undefined;
  console.log('No Chromium found: downloading Playwright’s own with `playwright install chromium` (once).');
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'install', 'chromium'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  } catch {
    return undefined;
  }
  return playwrightsOwn();
}

let chosen: string | undefined;

/** The path of the Chromium to use; throws with instructions when there is none and none can be had. */
export function chromiumPath(): string {
  if (chosen) return chosen;
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return (chosen = fromEnv);
  }
  chosen =
    playwrightsOwn() ??
    systemBrowsers.map(onPath).find((path) => path !== undefined) ??
    packagedChromium() ??
    downloadedChromium();
  if (chosen) return chosen;
  throw new Error(
    'No Chromium for the end-to-end tests, and none could be downloaded. Connect to the internet and run ' +
      '`npx playwright install chromium`, install Chromium or Chrome (on Debian or Ubuntu: `sudo apt-get install ' +
      'chromium`), or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
