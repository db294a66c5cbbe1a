/**
 * The scripts that plain Node runs (npm run bench, npm run screenshot, npm test, and the static host the end-to-end
 * tests start) load the test helpers they import without Playwright's or vitest's loaders: each relative import they
 * make, and each import those make in turn, is loaded in a fresh Node process. (Node strips the types from a .ts file,
 * but finds it only by its full name, extension included.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scripts = ['scripts/bench.mjs', 'scripts/screenshot.mjs', 'scripts/test.mjs', 'scripts/browser.mjs'];

/** The relative imports in a file's source, as paths from the project's root (type-only imports left out). */
function relativeImports(file: string): string[] {
  const source = readFileSync(resolve(root, file), 'utf8');
  return [...source.matchAll(/^import (?!type )[^;]*? from '(\.{1,2}\/[^']+)';/gm)].map((match) =>
    relative(root, resolve(dirname(resolve(root, file)), match[1]!)),
  );
}

/** Every module the scripts load, followed through the modules they load. */
function modulesLoaded(): string[] {
  const seen = new Set<string>();
  const follow = (file: string) => {
    for (const found of relativeImports(file)) {
      if (seen.has(found)) continue;
      seen.add(found);
      if (/\.(ts|mjs|js)$/.test(found)) follow(found);
    }
  };
  for (const script of scripts) follow(script);
  return [...seen];
}

describe('modules that plain Node loads', () => {
  const modules = modulesLoaded();

  it('include the test helpers the bench and the screenshots use', () => {
    expect(modules).toEqual(expect.arrayContaining(['tests/e2e/browser.ts', 'tests/e2e/page-weight.ts']));
  });

  it.each(modules)('%s loads in plain Node', (file) => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('./${file}');`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr, `${file} does not load in plain Node`).not.toMatch(/Error/);
    expect(result.status).toBe(0);
  });
});
