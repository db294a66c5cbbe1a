/**
 * Plain language: every lesson's prose stays readable (Flesch–Kincaid grade, measured by src/lib/readability.ts; the
 * house aim is about grade 7 to 9, and `npm run readability` prints the figures). A lesson above grade 10 fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonReadability } from '~/lib/readability';

const folder = resolve(import.meta.dirname, '../../content/lessons');
const lessons = readdirSync(folder).filter((file) => file.endsWith('.mdx'));

describe.each(lessons.map((file) => [file]))('%s', (file) => {
  it('reads at about grade 10 or below', () => {
    const { grade } = lessonReadability(readFileSync(join(folder, file), 'utf8'));
    expect(grade).toBeLessThanOrEqual(10);
  });
});
