#!/usr/bin/env node
/**
 * `npm run readability`: the Flesch–Kincaid grade level of every lesson's prose, and of the knowledge checks and the
 * notes for learners between jobs or changing field, as a table. The house aim is about grade 7 to 9; the build test
 * (tests/build/readability.test.ts) fails a lesson above grade 10.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lessonReadability, readabilityOf } from '../src/lib/readability.ts';

const content = new URL('../content/', import.meta.url).pathname;
const rows = [];
for (const file of readdirSync(join(content, 'lessons')).sort()) {
  if (!file.endsWith('.mdx')) continue;
  rows.push([`lessons/${file}`, lessonReadability(readFileSync(join(content, 'lessons', file), 'utf8'))]);
}
const checkLines = [];
for (const file of readdirSync(join(content, 'checks')).sort()) {
  const check = parse(readFileSync(join(content, 'checks', file), 'utf8'));
  for (const question of check.questions) {
    checkLines.push(question.prompt);
    for (const option of question.options) checkLines.push(option.text, option.explanation);
  }
}
rows.push(['checks/*.yaml (all questions, options, explanations)', readabilityOf(checkLines)]);
try {
  const situations = parse(readFileSync(join(content, 'situations.yaml'), 'utf8'));
  const lines = situations.flatMap((entry) => [entry['between-jobs'], entry['changing-field']]);
  rows.push(['situations.yaml (between jobs, changing field)', readabilityOf(lines)]);
} catch {
  // No situations file yet.
}
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'text'.padEnd(width)}  grade  words  sentences  words/sentence`);
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(width)}  ${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}  ${(r.words / r.sentences).toFixed(1).padStart(14)}`,
  );
}
