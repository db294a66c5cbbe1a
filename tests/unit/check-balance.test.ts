/** The build's own check on the knowledge checks (called from src/routes.ts, so `astro build` stops on it). */
import { describe, expect, it } from 'vitest';
import { MAX_POSITION_SHARE, positionProblem, type BalancedQuestion } from '~/lib/checks/balance';

/** `n` questions of four options whose correct option is at `at`. */
const questionsAt = (at: number, n: number): BalancedQuestion[] =>
  Array.from({ length: n }, () => ({
    options: [0, 1, 2, 3].map((index) => ({ text: `Option ${index}`, correct: index === at })),
  }));

describe('positionProblem', () => {
  it('passes a course whose correct answers are spread evenly', () => {
    expect(positionProblem([0, 1, 2, 3].flatMap((at) => questionsAt(at, 10)))).toBeUndefined();
  });

  it('passes a position at exactly 40%', () => {
    expect(positionProblem([...questionsAt(0, 4), ...questionsAt(1, 3), ...questionsAt(2, 3)])).toBeUndefined();
  });

  it('stops a course where the first option is right more than 40% of the time, naming it and the counts', () => {
    const problem = positionProblem([...questionsAt(0, 36), ...questionsAt(1, 2), ...questionsAt(2, 2)]);
    expect(problem).toContain('option 1 is the correct one in 36 of 40 questions');
    expect(problem).toContain(`more than ${MAX_POSITION_SHARE * 100}%`);
    expect(problem).toContain('36, 2, 2');
  });

  it('names the position that is over, not the first one', () => {
    expect(positionProblem([...questionsAt(0, 2), ...questionsAt(3, 5)])).toContain('option 4 is the correct one');
  });

  it('has nothing to say about no questions', () => {
    expect(positionProblem([])).toBeUndefined();
  });
});
