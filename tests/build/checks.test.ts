/**
 * The knowledge checks measure understanding, not test-taking habits (issue 12, "Knowledge checks measure"):
 *
 * - no position holds more than 40% of the course's correct answers, so "always pick the first option" cannot work;
 * - the correct option is the longest option in no more questions than chance would make it (the sum, question by
 *   question, of one in the number of options: a fair share), and likewise the shortest. The threshold is the
 *   expected count itself, not a margin above it, because the course controls every option's wording: a writer can
 *   always meet chance, and any excess is a cue a test-wise learner can learn to use;
 * - in every question the longest option is at most twice as long as the shortest, so no option stands out by length;
 * - a learner who never reads the questions and always picks the first option, the last, the longest or the shortest
 *   scores within two standard deviations of what blind guessing gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  alwaysAt,
  alwaysLongest,
  alwaysShortest,
  chance,
  correctIsLongest,
  correctIsShortest,
  correctPositions,
  habitScore,
  lengthRatio,
  type Habit,
} from '~/lib/checks/balance';
import { knowledgeCheckSchema } from '~/schema';

const folder = resolve(import.meta.dirname, '../../content/checks');
const checks = readdirSync(folder)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, check: knowledgeCheckSchema.parse(parse(readFileSync(join(folder, file), 'utf8'))) }));
const questions = checks.flatMap(({ file, check }) => check.questions.map((question) => ({ ...question, file })));

describe('the course’s knowledge checks', () => {
  it('has questions to measure', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
  });

  it('no position holds more than 40% of the correct answers', () => {
    const counts = correctPositions(questions);
    const shares = counts.map((count) => count / questions.length);
    expect(Math.max(...shares), `correct answers by position: ${counts.join(', ')}`).toBeLessThanOrEqual(0.4);
  });

  it('the correct option is the longest in no more than a fair share of questions', () => {
    const longest = questions.filter(correctIsLongest);
    const fair = chance(questions).expected;
    expect(
      longest.length,
      `longest and correct in ${longest.length} of ${questions.length}; chance gives ${fair.toFixed(1)}`,
    ).toBeLessThanOrEqual(fair);
  });

  it('the correct option is the shortest in no more than a fair share of questions', () => {
    const shortest = questions.filter(correctIsShortest);
    expect(shortest.length).toBeLessThanOrEqual(chance(questions).expected);
  });

  it.each(questions.map((question) => [`${question.file}: ${question.id}`, question] as const))(
    '%s has options of similar length (the longest at most twice the shortest)',
    (_name, question) => {
      expect(lengthRatio(question)).toBeLessThanOrEqual(2);
    },
  );

  const habits: [string, Habit][] = [
    ['always the first option', alwaysAt(0)],
    ['always the second option', alwaysAt(1)],
    ['always the last option', (question) => question.options.length - 1],
    ['always the longest option', alwaysLongest],
    ['always the shortest option', alwaysShortest],
  ];
  it.each(habits)('a learner who picks %s scores about what chance gives', (_habit, habit) => {
    const { expected, deviation } = chance(questions);
    const score = habitScore(questions, habit);
    expect(
      Math.abs(score - expected),
      `${score} of ${questions.length}; chance gives ${expected.toFixed(1)} ± ${deviation.toFixed(1)}`,
    ).toBeLessThanOrEqual(2 * deviation);
  });
});
