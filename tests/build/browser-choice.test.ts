/**
 * Which Chromium the end-to-end tests use (tests/e2e/browser.ts), on the machines a newcomer may have: each case runs
 * the module in a fresh Node process that reports a platform and processor of our choosing, with no browser on the
 * PATH, an empty folder for Playwright's own browsers and no download allowed, so that only the choice is tested.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'real-networking-browser-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A module to preload that makes Node report `platform` and `arch`. */
function as(platform: string, arch: string): string {
  const preload = join(scratch, `as-${platform}-${arch}.mjs`);
  writeFileSync(
    preload,
    `Object.defineProperty(process, 'platform', { value: '${platform}' });\n` +
      `Object.defineProperty(process, 'arch', { value: '${arch}' });\n`,
  );
  return preload;
}

/** A machine with no browser: `which` is found, but this machine's system folders have none, and none is added. */
const noBrowser = (env: Record<string, string> = {}) => ({
  PATH: '/usr/bin:/bin',
  HOME: scratch,
  PLAYWRIGHT_BROWSERS_PATH: join(scratch, 'no-browsers'),
  REAL_NETWORKING_NO_BROWSER_DOWNLOAD: '1',
  ...env,
});

/** Run `chromiumPath()` as on `platform`/`arch`; what it returned, or the message it stopped with. */
function choose(platform: string, arch: string, env: Record<string, string> = {}): string {
  const script =
    "import('./tests/e2e/browser.ts').then((m) => { try { console.log('PATH ' + m.chromiumPath()); } " +
    "catch (error) { console.log('STOP ' + error.message); } });";
  return execFileSync(process.execPath, ['--import', as(platform, arch), '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: noBrowser(env),
  }).trim();
}

describe('the Chromium for the end-to-end tests', () => {
  it('on Linux x64, the one the npm package carries, unpacked into the project’s cache', () => {
    expect(choose('linux', 'x64')).toMatch(
      /^PATH .*node_modules\/\.cache\/real-networking\/chromium-[\d.]+\/chromium$/,
    );
  });

  it.each([
    ['linux', 'arm64'],
    ['darwin', 'arm64'],
    ['win32', 'x64'],
  ])(
    'on %s %s, not the package’s Linux x64 binary: Playwright’s own download, and with none, what to do',
    (platform, arch) => {
      const said = choose(platform, arch);
      expect(said).toMatch(/^STOP No Chromium for the end-to-end tests/);
      expect(said).toContain('npx playwright install chromium');
      expect(said).toContain('PLAYWRIGHT_CHROMIUM_PATH');
    },
  );

  it('`npm test` looks for it first (scripts/browser.mjs): with none to be had it stops at once and says what to do', () => {
    const run = (platform: string, arch: string) =>
      spawnSync(process.execPath, ['--import', as(platform, arch), 'scripts/browser.mjs'], {
        cwd: root,
        encoding: 'utf8',
        env: noBrowser(),
      });
    const arm = run('linux', 'arm64');
    expect(arm.status).toBe(1);
    expect(arm.stderr).toMatch(/^No Chromium for the end-to-end tests, and none could be downloaded/);
    const x64 = run('linux', 'x64');
    expect(x64.status).toBe(0);
    expect(x64.stdout).toMatch(/^Chromium for the end-to-end tests: .*\/chromium\n$/);
  });

  it('a browser named in PLAYWRIGHT_CHROMIUM_PATH comes first; a name with no file there stops with a message', () => {
    const chosen = join(scratch, 'my-chrome');
    writeFileSync(chosen, '');
    expect(choose('linux', 'arm64', { PLAYWRIGHT_CHROMIUM_PATH: chosen })).toBe(`PATH ${chosen}`);
    expect(choose('linux', 'x64', { PLAYWRIGHT_CHROMIUM_PATH: join(scratch, 'gone') })).toBe(
      `STOP PLAYWRIGHT_CHROMIUM_PATH is set to ${join(scratch, 'gone')}, but there is no file there.`,
    );
  });
});
