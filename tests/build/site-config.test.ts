/**
 * A coach's configuration that would make the site hard to read, or that cannot work, stops the build with a message
 * saying what to change. Runs the real `astro build` with SITE_CONFIG pointing at a fixture; the configuration is
 * checked before anything is built, so each run takes seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'real-networking-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Build with the configuration file `config` (relative to the project); what it printed and whether it failed. */
function buildWith(config: string): { failed: boolean; output: string } {
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, SITE_CONFIG: config, OUT_DIR: join(scratch, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { failed: false, output };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  }
}

describe('a configuration the build must refuse', () => {
  it('a low-contrast accent colour fails the build, saying why and what would pass', () => {
    const result = buildWith('tests/fixtures/site/low-contrast.config.ts');
    expect(result.failed).toBe(true);
    expect(result.output).toContain(
      'tests/fixtures/site/low-contrast.config.ts needs a change before the site can be built',
    );
    expect(result.output).toContain("accent.light '#7fb3d5' is too pale to read in the light colour scheme");
    expect(result.output).toContain('WCAG AA needs a contrast of at least 4.5:1 for text');
    expect(result.output).toContain('links on the page background (#fbfaf7): 2.1:1');
    expect(result.output).toMatch(/A darker shade such as '#[0-9a-f]{6}' passes\./);
    expect(result.output).not.toMatch(/\[build\] Complete/);
  }, 120_000);

  it('a logo that is not in public/ fails the build, naming it', () => {
    const config = join(scratch, 'missing-logo.config.ts');
    writeFileSync(config, "export default { name: 'No Logo', logo: 'not-there.svg' };\n");
    const result = buildWith(config);
    expect(result.failed).toBe(true);
    expect(result.output).toContain("logo 'not-there.svg' is not in the public/ folder");
  }, 120_000);

  it('a configuration file with a syntax error fails the build with a hint', () => {
    const config = join(scratch, 'broken.config.ts');
    writeFileSync(config, "export default { name: 'Broken' \n");
    const result = buildWith(config);
    expect(result.failed).toBe(true);
    expect(result.output).toContain('it could not be read');
  }, 120_000);
});
