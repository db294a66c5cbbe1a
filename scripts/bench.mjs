#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and prints, for each kind of page, the bytes a browser loads (HTML, JS, CSS; raw
 * and gzip) and the build time; then builds 10, 100 and 500 generated lessons in a temporary copy and prints how
 * the build time grows. `npm run bench -- --readme` also writes the figures into README.md's performance section.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astroBin = join(root, 'node_modules', '.bin', 'astro');
const scaleSizes = (process.env.BENCH_SIZES ?? '10,100,500').split(',').map(Number);

/** The pages measured, one per kind. A kind whose page does not exist yet is skipped. */
function pageKinds(dist) {
  const lessons = readdirSync(join(dist, 'lessons')).sort();
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

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * The JS modules reachable from `entries` through static imports of sibling chunks; with `dynamic`, through
 * `import()` as well (code loaded on demand, such as the map's layout library or the CSV writer).
 */
function withImports(entries, dist, dynamic = false) {
  const found = new Set();
  const queue = [];
  const add = (url) => {
    if (!url || url.startsWith('http') || url.startsWith('data:')) return;
    const path = url.replace(/^\//, '');
    if (!found.has(path)) {
      found.add(path);
      queue.push(path);
    }
  };
  entries.forEach(add);
  while (queue.length > 0) {
    const file = queue.shift();
    const code = readFileSync(join(dist, file), 'utf8');
    const pattern = dynamic
      ? /(?:import|from)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g
      : /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g;
    for (const match of code.matchAll(pattern)) add(`${dirname(file)}/${match[1]}`);
  }
  return found;
}

/** Inline <script> bodies: Astro's island loader, present on any page with an island. */
function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
}

/**
 * What a page costs, in [raw, gzip] bytes: its HTML; its own scripts (<script src> and what they import); its islands
 * that hydrate on load or when idle, with Astro's loader; the islands that wait until scrolled into view
 * (client:visible), counted only for what they add; and its CSS.
 */
function measure(dist, file) {
  const html = readFileSync(join(dist, file));
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1].replace(/^\//, ''))),
  );
  const islandUrls = (visible) =>
    [...text.matchAll(/<astro-island\b[^>]*>/g)]
      .filter((island) => /\bclient="visible"/.test(island[0]) === visible)
      .flatMap((island) => [...island[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]));
  const own = withImports(
    [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    dist,
  );
  const eager = withImports(islandUrls(false), dist);
  const visible = withImports(islandUrls(true), dist);
  const everything = withImports([...own, ...eager, ...visible], dist, true);
  const files = (paths, except = []) =>
    [...paths].filter((p) => !except.some((set) => set.has(p))).map((p) => readFileSync(join(dist, p)));
  const sum = (buffers) => [buffers.reduce((t, b) => t + b.length, 0), buffers.reduce((t, b) => t + gzipBytes(b), 0)];
  return {
    html: sum([html]),
    own: sum(files(own)),
    eager: sum([...files(eager, [own]), ...inlineScripts(text)]),
    visible: sum(files(visible, [own, eager])),
    onDemand: sum(files(everything, [own, eager, visible])),
    css: sum(css),
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const cell = ([raw, gz]) => (raw === 0 ? '0' : `${kb(raw)} / ${kb(gz)}`);

function scaleCopy(count) {
  const dir = join(root, '.bench', `lessons-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
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
print('What a browser loads for each kind of page, in KB (raw / gzip):');
print();
print('| page | HTML | page script | islands on load | + islands scrolled into view | + loaded on demand | CSS |');
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, file] of pageKinds(dist)) {
  const { html, own, eager, visible, onDemand, css } = measure(dist, file);
  print(
    `| ${kind} | ${cell(html)} | ${cell(own)} | ${cell(eager)} | ${cell(visible)} | ${cell(onDemand)} | ${cell(css)} |`,
  );
}
print();
print(
  '"page script" is the page\'s own plain script (on a lesson: "Mark this lesson complete"); "islands on load" are',
);
print("the Preact islands that hydrate at once, with Astro's inline loader; the last JS column is what worksheets and");
print('knowledge checks add when the learner scrolls to them; "loaded on demand" is code fetched after the page is');
print("usable or on a click (the audit map's layout library, the CSV writer, the workbook export).");
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
