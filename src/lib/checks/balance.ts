/**
 * Whether a course's knowledge checks give their answers away: where the correct option sits, whether it tends to be
 * the longest (or shortest) option, and what a learner who never reads the questions would score with a fixed habit
 * ("always the first option", "always the longest"). tests/build/checks.test.ts holds the course to these, and the
 * build itself stops when one position holds too many correct answers (`positionProblem`, called from src/routes.ts).
 */

/** A question as the balance checks see it: its options' texts and which is right. */
export interface BalancedQuestion {
  options: readonly { text: string; correct?: boolean | undefined }[];
}

/** A habit that picks an option without reading the question: the index it picks. */
export type Habit = (question: BalancedQuestion) => number;

/** The index of the correct option (-1 when none is marked). */
export function correctIndex(question: BalancedQuestion): number {
  return question.options.findIndex((option) => option.correct === true);
}

/** How many questions have their correct option at each position (index 0 is the first option). */
export function correctPositions(questions: readonly BalancedQuestion[]): number[] {
  const counts: number[] = [];
  for (const question of questions) {
    const index = correctIndex(question);
    if (index < 0) continue;
    while (counts.length <= index) counts.push(0);
    counts[index]! += 1;
  }
  return counts;
}

const lengths = (question: BalancedQuestion) => question.options.map((option) => option.text.trim().length);

/** Whether the correct option is strictly longer than every other option. */
export function correctIsLongest(question: BalancedQuestion): boolean {
  const all = lengths(question);
  const right = all[correctIndex(question)] ?? -1;
  return all.every((length, index) => index === correctIndex(question) || length < right);
}

/** Whether the correct option is strictly shorter than every other option. */
export function correctIsShortest(question: BalancedQuestion): boolean {
  const all = lengths(question);
  const right = all[correctIndex(question)] ?? Infinity;
  return all.every((length, index) => index === correctIndex(question) || length > right);
}

/** Longest option over shortest, in characters: 1 when all are the same length. */
export function lengthRatio(question: BalancedQuestion): number {
  const all = lengths(question);
  return Math.max(...all) / Math.max(1, Math.min(...all));
}

/** Always the option at `index` (the last one when a question has fewer options). */
export const alwaysAt =
  (index: number): Habit =>
  (question) =>
    Math.min(index, question.options.length - 1);

/** Always the longest option (the first of equals). */
export const alwaysLongest: Habit = (question) => {
  const all = lengths(question);
  return all.indexOf(Math.max(...all));
};

/** Always the shortest option (the first of equals). */
export const alwaysShortest: Habit = (question) => {
  const all = lengths(question);
  return all.indexOf(Math.min(...all));
};

/** How many questions a habit gets right. */
export function habitScore(questions: readonly BalancedQuestion[], habit: Habit): number {
  return questions.filter((question) => question.options[habit(question)]?.correct === true).length;
}

/**
 * What blind guessing scores: the expected number right (one chance in the number of options, question by question)
 * and its standard deviation (a sum of independent yes/no outcomes).
 */
export function chance(questions: readonly BalancedQuestion[]): { expected: number; deviation: number } {
  let expected = 0;
  let variance = 0;
  for (const question of questions) {
    const p = 1 / question.options.length;
    expected += p;
    variance += p * (1 - p);
  }
  return { expected, deviation: Math.sqrt(variance) };
}

/** The largest share of the course's correct answers one position may hold. */
export const MAX_POSITION_SHARE = 0.4;

/**
 * Why the course's checks give their answers away by position, or undefined when they do not: a message for the
 * author, naming the position and the counts, when any position holds more than 40% of the correct answers.
 */
export function positionProblem(questions: readonly BalancedQuestion[]): string | undefined {
  const counts = correctPositions(questions);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const worst = counts.findIndex((count) => count / total > MAX_POSITION_SHARE);
  if (total === 0 || worst < 0) return undefined;
  return (
    `The knowledge checks give their answers away: option ${worst + 1} is the correct one in ${counts[worst]} of ` +
    `${total} questions (more than ${MAX_POSITION_SHARE * 100}%). Correct answers by position: ` +
    `${counts.join(', ')}. Move some correct options to other positions in content/checks/.`
  );
}
