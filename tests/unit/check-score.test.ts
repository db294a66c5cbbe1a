/**
 * Scoring a knowledge check by first tries (src/lib/checks/score.ts), and the measures that tell whether a set of
 * checks gives its answers away (src/lib/checks/balance.ts), on small hand-made questions whose answers are known.
 */
import { describe, expect, it } from 'vitest';
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
} from '~/lib/checks/balance';
import { checkScore, scoreSentence, scoredCheck } from '~/lib/checks/score';

const q = (id: string, right: number, count = 4) => ({
  id,
  options: Array.from({ length: count }, (_, index) => ({ correct: index === right })),
});
const questions = [q('a', 0), q('b', 1), q('c', 2), q('d', 3), q('e', 1)];

describe('checkScore and scoreSentence', () => {
  it.each([
    ['nothing answered', null, '5 questions, none answered yet.'],
    [
      'every question answered, some right first time',
      { chosen: { a: 0, b: 1, c: 2, d: 3, e: 1 }, firstTry: { a: 0, b: 0, c: 2, d: 0, e: 1 } },
      '3 of 5 right first time.',
    ],
    [
      'some answered',
      { chosen: { a: 0, b: 3 }, firstTry: { a: 0, b: 3 } },
      '1 of 2 right first time; 3 not answered yet.',
    ],
    [
      'first tries unknown for every answer (kept from before they were recorded)',
      { chosen: { a: 0, b: 3 }, firstTry: { a: null, b: null } },
      'First tries not known: these answers were given before the course kept first tries. 1 of 5 right now.',
    ],
    [
      'one unknown, the rest known',
      { chosen: { a: 0, b: 1, c: 2, d: 3, e: 1 }, firstTry: { a: null, b: 1, c: 0, d: 3, e: 1 } },
      '3 of 4 right first time; 1 answer given before first tries were kept, so not counted.',
    ],
    [
      'an answer to a question no longer in the check, and an option past the end',
      { chosen: { gone: 0, a: 7 }, firstTry: { gone: 0, a: 7 } },
      '0 of 1 right first time; 4 not answered yet.',
    ],
  ])('%s', (_case, answers, words) => {
    expect(scoreSentence(checkScore(questions, answers))).toBe(words);
  });

  it('a question tried again counts its first try, not the answer chosen now', () => {
    const score = checkScore(questions, { chosen: { a: 0 }, firstTry: { a: 2 } });
    expect(score).toEqual({ questions: 5, answered: 1, firstTryKnown: 1, rightFirstTime: 0, rightNow: 1 });
  });

  it('scoredCheck keeps only ids and which option is right, with a title from the lesson', () => {
    const check = scoredCheck({
      id: 'audit-your-network',
      definition: {
        questions: [{ id: 'x', options: [{ correct: false }, { correct: true }] }],
      },
      lesson: { module: 3, title: 'Audit your network' },
    });
    expect(check).toEqual({
      id: 'audit-your-network',
      title: 'Module 3, Audit your network',
      questions: [{ id: 'x', options: [{ correct: false }, { correct: true }] }],
    });
    expect(scoredCheck({ id: 'loose', definition: { questions: [] } }).title).toBe('loose');
  });
});

describe('balance measures', () => {
  const texted = (texts: string[], right: number) => ({
    options: texts.map((text, index) => ({ text, correct: index === right })),
  });
  const set = [
    texted(['aaaa', 'bb', 'ccc', 'dd'], 0), // right is longest
    texted(['a', 'bbbb', 'cc', 'ddd'], 0), // right is shortest
    texted(['aaa', 'bbb', 'c', 'dd'], 1), // tie for longest: not strictly longest
    texted(['aa', 'bb', 'cc', 'dddd'], 3),
  ];

  it('counts correct answers by position', () => {
    expect(correctPositions(set)).toEqual([2, 1, 0, 1]);
  });

  it('says when the right option is strictly the longest or shortest', () => {
    expect(set.map(correctIsLongest)).toEqual([true, false, false, true]);
    expect(set.map(correctIsShortest)).toEqual([false, true, false, false]);
  });

  it('measures how far option lengths differ', () => {
    expect(lengthRatio(set[0]!)).toBe(2);
    expect(lengthRatio(texted(['same', 'size'], 0))).toBe(1);
  });

  it('scores blind habits', () => {
    expect(habitScore(set, alwaysAt(0))).toBe(2);
    expect(habitScore(set, alwaysAt(3))).toBe(1);
    expect(habitScore(set, alwaysLongest)).toBe(2);
    expect(habitScore(set, alwaysShortest)).toBe(1);
  });

  it('gives chance as the expected score and its deviation', () => {
    const { expected, deviation } = chance([...set, texted(['x', 'y'], 0)]);
    expect(expected).toBeCloseTo(4 * 0.25 + 0.5);
    expect(deviation).toBeCloseTo(Math.sqrt(4 * 0.25 * 0.75 + 0.25));
  });
});
