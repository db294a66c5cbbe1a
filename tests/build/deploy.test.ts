/**
 * The deploy recipes in README, each backed by a file, checked as far as a machine without GitHub, Netlify,
 * Cloudflare or nginx allows: the GitHub Pages workflow builds with the address and base path that Pages gives it;
 * `_headers` is well formed, sets each header once per address and carries the headers a <meta> tag cannot; the
 * nginx server block sends exactly what `_headers` sends. (tests/e2e/hosting.spec.ts serves a build with those
 * headers and runs the smoke tests through it.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveSiteConfig } from '~/lib/site-config';
import { headersFor, hostDefaultCacheControl, parseHeadersFile } from '../e2e/static-host';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const workflow = parse(readFileSync('.github/workflows/deploy-pages.yml', 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));

describe('the GitHub Pages workflow', () => {
  it('runs when main changes, with the rights Pages needs and no more', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with npm run build, with the address and base path GitHub Pages gives it', () => {
    const pages = action('actions/configure-pages');
    expect(pages?.id).toBeTruthy();
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build, 'a step runs npm run build').toBeDefined();
    expect(build!.env).toEqual({
      SITE_URL: `\${{ steps.${pages!.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages!.id}.outputs.base_path }}/`,
    });
    const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(steps.indexOf(build!));
    expect(action('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
  });

  it.each([
    ['a project site', 'https://jo-rivera.github.io', '/career-compass', '/career-compass/'],
    ['a user site or a custom domain', 'https://course.jo-rivera.example', '', '/'],
  ])('gives the site the right base path for %s', (_kind, origin, basePath, base) => {
    // What the workflow's env lines make of configure-pages' outputs, read by the same code as the build.
    const config = resolveSiteConfig({ name: 'Career Compass' }, { SITE_URL: origin, BASE_PATH: `${basePath}/` });
    expect(config.base).toBe(base);
    expect(config.site).toBe(origin);
  });

  it('uploads dist/ and deploys it after the build', () => {
    expect(action('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    const deploy = Object.values(workflow.jobs).find((job) =>
      job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
    );
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
  });

  it('is the project’s Node version', () => {
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^\d+$/);
  });
});

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const samples = [
  '/',
  '/lessons/give-before-you-get/',
  '/_astro/Base.abc123.css',
  '/sw.js',
  '/manifest.webmanifest',
  '/pagefind/pagefind.js',
];

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it.each(samples)('sets each header once for %s, so both hosts read it alike', (path) => {
    expect(() => headersFor(rules, path)).not.toThrow();
  });

  it.each(samples)('sends the headers a <meta> tag cannot carry with %s', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('never lets the service worker or a page be cached for long, and keeps hashed files a year', () => {
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    for (const page of ['/', '/lessons/give-before-you-get/', '/workbook/'])
      expect(headersFor(rules, page)['cache-control'], page).toBeUndefined(); // the hosts' own: max-age=0
    expect(headersFor(rules, '/_astro/x.js')['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a file that sets a header twice for one address', () => {
    const twice = parseHeadersFile('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(() => headersFor(twice, '/_astro/x.js')).toThrow(
      /Cache-Control for \/_astro\/x\.js in both \/\* and \/_astro\/\*/,
    );
  });

  it('refuses lines that are not rules or headers', () => {
    expect(() => parseHeadersFile('_astro/*\n  X: y\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});

/** The add_header lines of an nginx block, as a name → value map (names in lower case). */
function addHeaders(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [
      name!.toLowerCase(),
      value!,
    ]),
  );
}

/** The headers nginx sends for `path` with this server block: the matching location's, else the server's. */
function nginxHeaders(config: string, path: string): Record<string, string> {
  const locations = [...config.matchAll(/^\s*location\s+(=\s+)?(\S+)\s*\{([^}]*)\}/gm)].map(
    ([, exact, prefix, body]) => ({
      exact: Boolean(exact),
      prefix: prefix!,
      body: body!,
    }),
  );
  const server = config.replace(/^\s*location\s[^{]*\{[^}]*\}/gm, '');
  const match =
    locations.find((location) => location.exact && location.prefix === path) ??
    locations
      .filter((location) => !location.exact && path.startsWith(location.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  const own = match ? addHeaders(match.body) : {};
  return Object.keys(own).length > 0 ? own : addHeaders(server);
}

describe('the nginx server block', () => {
  const config = readFileSync('deploy/nginx.conf', 'utf8');

  it.each(samples.filter((path) => path !== '/manifest.webmanifest'))('sends what _headers sends for %s', (path) => {
    const expected = headersFor(rules, path);
    expected['cache-control'] ??= hostDefaultCacheControl;
    expect(nginxHeaders(config, path)).toEqual(expected);
  });

  it('serves the manifest with its type and keeps _headers to itself', () => {
    expect(headersFor(rules, '/manifest.webmanifest')['content-type']).toBe('application/manifest+json');
    expect(config).toMatch(/types\s*\{\s*application\/manifest\+json\s+webmanifest;\s*\}/);
    expect(config).toMatch(/location = \/_headers\s*\{\s*return 404;\s*\}/);
    expect(config).toMatch(/error_page 404 \/404\.html;/);
  });
});
