#!/usr/bin/env node
/**
 * `npm test`: every check and test, in order, stopping at the first failure, with the time each step took and the
 * total at the end (the whole run should stay under 15 minutes on a 2-core machine, busy or not).
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['types', 'check'],
  ['lint and format', 'lint'],
  ['unit, island and build tests', 'test:unit'],
  ['end-to-end tests', 'test:e2e'],
];

const minutes = (ms) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const started = Date.now();
const times = [];
for (const [name, script] of steps) {
  const stepStarted = Date.now();
  const { status, signal } = spawnSync('npm', ['run', '--silent', script], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  times.push([name, Date.now() - stepStarted]);
  if (status !== 0) {
    console.error(`\nnpm test: ${name} failed (npm run ${script}${signal ? `, ${signal}` : ''}).`);
    process.exit(status ?? 1);
  }
}
console.log('\nnpm test passed:');
for (const [name, ms] of times) console.log(`  ${name.padEnd(30)} ${minutes(ms)}`);
console.log(`  ${'in all'.padEnd(30)} ${minutes(Date.now() - started)}`);
