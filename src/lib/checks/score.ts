/**
 * A knowledge check's score: how many questions were answered right the first time (src/lib/workbook/records.ts keeps
 * each question's first try), said honestly when some first tries are not known (answered before they were kept).
 * The check itself, the workbook's Markdown and print, and the coach's report all use these words.
 */

/** The parts of a question the score needs: its id and which option is right. */
export interface ScoredQuestion {
  id: string;
  options: readonly { correct?: boolean | undefined }[];
}

/** What a learner has answered: the options chosen now and the first tries. */
export interface CheckAnswers {
  chosen: Record<string, number>;
  firstTry: Record<string, number | null>;
}

/** A knowledge check's score. */
export interface CheckScore {
  /** Questions in the check. */
  questions: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions whose first try is known. */
  firstTryKnown: number;
  /** Of those, the ones right the first time. */
  rightFirstTime: number;
  /** Questions whose chosen option is right now (after any tries). */
  rightNow: number;
}

/** The score of one check's answers (no answers: nothing answered). Answers to questions no longer in it are ignored. */
export function checkScore(questions: readonly ScoredQuestion[], answers: CheckAnswers | null): CheckScore {
  const isRight = (question: ScoredQuestion, option: number | null | undefined) =>
    option !== null && option !== undefined && question.options[option]?.correct === true;
  let answered = 0;
  let firstTryKnown = 0;
  let rightFirstTime = 0;
  let rightNow = 0;
  for (const question of questions) {
    const first = answers?.firstTry[question.id];
    const now = answers?.chosen[question.id];
    if (first !== undefined || now !== undefined) answered += 1;
    if (typeof first === 'number') {
      firstTryKnown += 1;
      if (isRight(question, first)) rightFirstTime += 1;
    }
    if (isRight(question, now)) rightNow += 1;
  }
  return { questions: questions.length, answered, firstTryKnown, rightFirstTime, rightNow };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The score in words: "3 of 5 right first time." while some are unanswered "2 of 3 right first time; 2 not answered
 * yet."; first tries that are not known are named as such, never counted as right or wrong.
 */
export function scoreSentence(score: CheckScore): string {
  const unanswered = score.questions - score.answered;
  const unknown = score.answered - score.firstTryKnown;
  if (score.answered === 0) return `${plural(score.questions, 'question', 'questions')}, none answered yet.`;
  if (score.firstTryKnown === 0) {
    return (
      `First tries not known: ${unknown === 1 ? 'this answer was' : 'these answers were'} given before the course ` +
      `kept first tries. ${score.rightNow} of ${score.questions} right now.`
    );
  }
  const notes = [
    unknown > 0 ? `${plural(unknown, 'answer', 'answers')} given before first tries were kept, so not counted` : '',
    unanswered > 0 ? `${unanswered} not answered yet` : '',
  ].filter(Boolean);
  return `${score.rightFirstTime} of ${score.firstTryKnown} right first time${notes.length ? `; ${notes.join('; ')}` : ''}.`;
}

/** A check reduced to what scoring needs (which option is right), with its title: small enough for a page's props. */
export interface ScoredCheck {
  id: string;
  /** "Module 3, Audit your network", or the check's id when no lesson holds it. */
  title: string;
  questions: ScoredQuestion[];
}

/** The scoring key of a check as the workbook lists it (src/routes.ts): ids and right options, no wording. */
export function scoredCheck(check: {
  id: string;
  definition: { questions: readonly { id: string; options: readonly { correct?: boolean | undefined }[] }[] };
  lesson?: { module: number; title: string } | undefined;
}): ScoredCheck {
  return {
    id: check.id,
    title: check.lesson ? `Module ${check.lesson.module}, ${check.lesson.title}` : check.id,
    questions: check.definition.questions.map((question) => ({
      id: question.id,
      options: question.options.map((option) => ({ correct: option.correct === true })),
    })),
  };
}
