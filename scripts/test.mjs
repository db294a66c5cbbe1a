#!/usr/bin/env node
/**
 * `npm test`: every check and test, stopping at the first stage that fails, with the time each step took and the
 * total at the end (the whole run should stay under 15 minutes on a 2-core machine).
 *
 * The type check and the linters each use one core, so they run side by side, with the search for the end-to-end
 * tests' browser (scripts/browser.mjs), their output held back and printed whole when each ends. The unit and end-to-end tests spread over every core themselves and print as they go.
 */
import { spawn } from 'node:child_process';

/** Stages run one after another; the steps inside a stage run at the same time. */
const stages = [
  [
    ['types', 'check'],
    ['lint and format', 'lint'],
    // First, so that a missing browser stops the run at once rather than after the builds (it is quick when found).
    ['a browser for the end-to-end tests', 'browser'],
  ],
  [['unit, island and build tests', 'test:unit']],
  [['end-to-end tests', 'test:e2e']],
];

const minutes = (ms) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/** Run `npm run <script>`; with `live`, its output goes straight to ours, otherwise it is printed when it ends. */
function run(name, script, live) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status, signal) => {
      if (!live) {
        console.log(`\n── ${name} (npm run ${script}) ──`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, script, status, signal, ms: Date.now() - started });
    });
  });
}

const started = Date.now();
const times = [];
for (const stage of stages) {
  if (stage.length > 1) console.log(`Running ${stage.map(([name]) => name).join(' and ')}, side by side…`);
  const results = await Promise.all(stage.map(([name, script]) => run(name, script, stage.length === 1)));
  times.push(...results);
  const failed = results.filter((result) => result.status !== 0);
  if (failed.length > 0) {
    for (const { name, script, signal } of failed)
      console.error(`\nnpm test: ${name} failed (npm run ${script}${signal ? `, ${signal}` : ''}).`);
    process.exit(failed[0].status ?? 1);
  }
}
console.log('\nnpm test passed:');
for (const { name, ms } of times) console.log(`  ${name.padEnd(30)} ${minutes(ms)}`);
console.log(`  ${'in all'.padEnd(30)} ${minutes(Date.now() - started)}`);
