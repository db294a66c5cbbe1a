#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves it, and prints for each kind of page what a browser loads: the JavaScript
 * it runs without a click, measured in Chromium exactly as the budget test does (tests/e2e/page-weight.ts), against
 * the page's budget; its HTML and CSS; and Lighthouse's mobile scores (performance, accessibility, best practices,
 * SEO) with Total Blocking Time and Cumulative Layout Shift; what search adds once the learner asks for it; and what
 * the service worker precaches for offline use. Then it builds 10, 100 and 500 generated lessons in a temporary copy
 * and prints how the build time grows, and runs the vitest benchmarks of the tools' figures.
 * `npm run bench -- --readme` also writes the figures into README.md's performance section; `-- --no-lighthouse`
 * skips Lighthouse (about ten seconds a page).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import prettier from 'prettier';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.ts';
import { budgetBytes, budgets, loaderBytes, scriptsWithoutAClick } from '../tests/e2e/page-weight.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astroBin = join(root, 'node_modules', '.bin', 'astro');
const scaleSizes = (process.env.BENCH_SIZES ?? '10,100,500').split(',').map(Number);

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
const withLighthouse = !process.argv.includes('--no-lighthouse');
const port = Number(process.env.BENCH_PORT ?? 4399);

/** The pages measured, one per kind. A kind whose page does not exist yet is skipped. */
function pageKinds(dist) {
  const lessons = readdirSync(join(dist, 'lessons'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const kinds = [
    ['home', 'index.html'],
    ['lesson', `lessons/${lessons[0]}/index.html`],
    ['workbook', 'workbook/index.html'],
    ['workbook, print', 'workbook/print/index.html'],
    ['network audit', 'workbook/network-audit/index.html'],
    ['give/get ledger', 'workbook/give-get-ledger/index.html'],
    ['ramp plan', 'workbook/ramp-plan/index.html'],
    ['coach: assign', 'coach/index.html'],
    ['coach: clients', 'coach/clients/index.html'],
    ['client: accept assignment', 'assignment/index.html'],
    ['client: progress report', 'workbook/report/index.html'],
    ['about', 'about/index.html'],
    ['glossary', 'glossary/index.html'],
    ['references', 'references/index.html'],
    ['404', '404.html'],
  ];
  return kinds.filter(([, file]) => existsSync(join(dist, file)));
}

function build(cwd, env = {}) {
  const started = performance.now();
  execFileSync(astroBin, ['build', '--silent'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - started) / 1000;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** A page's HTML and CSS in gzip bytes, read from the build. */
function staticWeight(dist, file) {
  const html = readFileSync(join(dist, file));
  const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1].replace(/^\//, ''))),
  );
  return { html: gzipBytes(html), css: css.reduce((sum, sheet) => sum + gzipBytes(sheet), 0) };
}

/** The address of a built file, as served. */
const pathOf = (file) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
const budgetOf = (kind) => (kind === 'home' ? budgets.home : kind === 'lesson' ? budgets.lesson : budgets.other);

/** Serve the build with Astro's preview server, started directly so that it can be stopped by its own process id. */
async function serve() {
  const server = spawn(astroBin, ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 120; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error('astro preview did not start');
}

/**
 * What search costs once the learner asks for it: on a lesson page, everything fetched from the "/" key until the
 * results of one search are shown (the dialog's code, Pagefind's script, worker and WebAssembly, the index chunks and
 * the passages), in bytes as sent and gzip. Before that, search costs nothing but its button.
 */
async function searchOnIntent(context, path, words) {
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'networkidle' });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.keyboard.press('/');
  await page.keyboard.type(words);
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(responses.map((response) => response.body().catch(() => Buffer.alloc(0))));
  await page.close();
  return {
    files: bodies.length,
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipBytes(body), 0),
  };
}

/** The files the service worker precaches (read from its precache list in dist/sw.js) and their total size. */
function precacheWeight(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]);
  const bodies = files.map((file) => readFileSync(join(dist, file)));
  return {
    files: files.length,
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipBytes(body), 0),
  };
}

/** Lighthouse's mobile scores for a page, through the browser Playwright started (its debugging port). */
async function lighthouseOf(url, debuggingPort) {
  const { lhr } = await lighthouse(url, {
    port: debuggingPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    scores: `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
}

function scaleCopy(count) {
  const dir = join(root, '.bench', `lessons-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of [
    'src',
    'public',
    'content',
    'astro.config.mjs',
    'site.config.ts',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const lessonsDir = join(dir, 'content', 'lessons');
  // A published lesson, with its worksheet and knowledge check, stands for a typical one.
  const template = readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .find((f) => /^draft: false$/m.test(readFileSync(join(lessonsDir, f), 'utf8')));
  const source = readFileSync(join(lessonsDir, template), 'utf8');
  rmSync(lessonsDir, { recursive: true });
  mkdirSync(lessonsDir);
  for (let i = 1; i <= count; i++) {
    const lesson = source
      .replace(/^module: \d+$/m, `module: ${i}`)
      .replace(/^title: (.*)$/m, `title: $1 (copy ${i})`)
      .replace(/^draft: true$/m, 'draft: false');
    writeFileSync(join(lessonsDir, `lesson-${String(i).padStart(3, '0')}.mdx`), lesson);
  }
  return dir;
}

const lines = [];
const print = (line = '') => {
  lines.push(line);
  console.log(line);
};

const buildSeconds = build(root);
const dist = join(root, 'dist');
print(
  `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.version}, on ${process.platform} ${process.arch}.`,
);
print();
print(`Build of the course: ${buildSeconds.toFixed(1)} s.`);
print();
print('What each kind of page costs a browser, in KB gzip, and Lighthouse (mobile) for it:');
print();
print(
  '| page | JS without a click | budget | Astro loader | HTML | CSS | Lighthouse perf / a11y / best pr. / SEO | TBT | CLS |',
);
print('| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |');
let search;
const server = await serve();
const debuggingPort = port + 1;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...chromiumArgs, `--remote-debugging-port=${debuggingPort}`],
});
try {
  for (const [kind, file] of pageKinds(dist)) {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    const scripts = await scriptsWithoutAClick(page, pathOf(file));
    await context.close();
    const js = budgetBytes(scripts);
    const { html, css } = staticWeight(dist, file);
    const lh = withLighthouse
      ? await lighthouseOf(`http://127.0.0.1:${port}${pathOf(file)}`, debuggingPort)
      : undefined;
    const over = js > budgetOf(kind) ? ' (over)' : '';
    print(
      `| ${kind} | ${kb(js)}${over} | ${kb(budgetOf(kind))} | ${kb(loaderBytes(scripts))} | ${kb(html)} | ${kb(css)} | ${lh?.scores ?? '–'} | ${lh ? `${Math.round(lh.tbt)} ms` : '–'} | ${lh ? lh.cls.toFixed(3) : '–'} |`,
    );
  }
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, serviceWorkers: 'block' });
  const lesson = pageKinds(dist).find(([kind]) => kind === 'lesson')[1];
  search = await searchOnIntent(context, pathOf(lesson), 'weak tie');
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
print();
print(
  '"JS without a click" is every script a page runs from load until the network is idle, with no click or scroll, as',
);
print(
  "gzip bytes (tests/e2e/budgets.spec.ts fails the tests when a page is over); Astro's inline island loader is shown",
);
print(
  'apart and not counted. Lighthouse runs its mobile preset (simulated slow 4G and a 4x slower CPU) against the local',
);
print('preview server; its timings vary a little from run to run, so they are figures here, never a test.');
print();
print(
  `Search, once asked for ("/" on a lesson, then one search): ${search.files} files, ${kb(search.raw)} KB as sent, ${kb(search.gzip)} KB gzip`,
);
print("(its dialog, Pagefind's script, worker and WebAssembly, the index and the passages); nothing before that.");
const precache = precacheWeight(dist);
print(
  `Offline copy: the service worker precaches ${precache.files} files, ${kb(precache.raw)} KB (${kb(precache.gzip)} KB gzip),`,
);
print('downloaded in the background after the first visit.');
print();
print('Build time as the course grows (generated copies of a real lesson):');
print();
print('| lessons | build time | per lesson |');
print('| ---: | ---: | ---: |');
for (const count of scaleSizes) {
  const dir = scaleCopy(count);
  const seconds = build(dir);
  print(`| ${count} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / count).toFixed(0)} ms |`);
  rmSync(dir, { recursive: true, force: true });
}

print();
print('Computed figures at the largest sizes the tools allow (vitest bench, tests/bench/; times in ms):');
print();
print('| what | mean | p99 |');
print('| --- | ---: | ---: |');
const benchOutput = execFileSync(join(root, 'node_modules', '.bin', 'vitest'), ['bench', '--run'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
let header;
for (const line of benchOutput.split('\n')) {
  const cells = line.trim().split(/\s{2,}/);
  if (cells[0] === 'name') header = cells;
  else if (header && cells.length >= header.length - 1 && /^[\d,.]+$/.test(cells[1] ?? '')) {
    const at = (column) => cells[header.indexOf(column)];
    print(`| ${cells[0]} | ${at('mean')} | ${at('p99')} |`);
  }
}

if (process.argv.includes('--readme')) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const updated = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${lines.join('\n')}\n${end}`);
  // Keep README in the project's one format (the bench tables are written unaligned).
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  writeFileSync(readmePath, await prettier.format(updated, { ...options, filepath: readmePath }));
  console.log('\nREADME.md updated.');
}
