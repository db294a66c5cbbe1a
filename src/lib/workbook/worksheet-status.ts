/**
 * A worksheet's line in the workbook's table: how complete it is, its status in words, and its last change.
 *
 * Answers shared between worksheets (shared-answers.ts) count wherever they are asked, but a shared answer may have
 * been given in the other worksheet. So a worksheet whose only answers so far are shared ones says so ("In progress
 * (so far only the answer it shares with module 2’s worksheet)"), and its last change is the shared answer's.
 */
import type { WorksheetDefinition } from '~/schema';
import { completionOf, type Completion } from '~/lib/workbook/answers';
import {
  SHARED_ANSWERS,
  sharedValue,
  withSharedAnswers,
  type AnswersByWorksheet,
  type FieldRef,
  type SharedAnswer,
} from '~/lib/workbook/shared-answers';

/**
 * The shared answers `worksheet` has (as their home or as a view of one), each with its field there and the other
 * worksheets that ask it ("module 2’s worksheet"). Only answered ones: a blank is no answer. The workbook's status uses
 * this to say when a worksheet's only answers so far are ones it shares, which may have been given elsewhere.
 */
export function sharedAnswersIn(
  worksheet: string,
  answers: AnswersByWorksheet,
): { field: string; home: FieldRef; alsoIn: string[] }[] {
  return (Object.keys(SHARED_ANSWERS) as SharedAnswer[]).flatMap((key) => {
    const { home, views } = SHARED_ANSWERS[key];
    const here = [home, ...views].find((ref) => ref.worksheet === worksheet);
    if (!here || sharedValue(key, answers) === undefined) return [];
    const alsoIn = [home, ...views].filter((ref) => ref.worksheet !== worksheet).map((ref) => ref.place);
    return alsoIn.length > 0 ? [{ field: here.field, home, alsoIn }] : [];
  });
}

export interface WorksheetStatus {
  completion: Completion;
  status: string;
  /** When an answer it shows last changed (ISO time), or undefined with none. */
  updatedAt: string | undefined;
}

/**
 * The status of worksheet `id`, from every worksheet's own stored answers (`answers`) and when each was last saved
 * (`savedAt`). `problem` is true when its stored record cannot be read.
 */
export function worksheetStatus(
  id: string,
  definition: Pick<WorksheetDefinition, 'fields'>,
  answers: AnswersByWorksheet,
  savedAt: Record<string, string | undefined>,
  problem = false,
): WorksheetStatus {
  const shown = withSharedAnswers(answers)[id] ?? {};
  const completion = completionOf(definition, shown);
  const shared = sharedAnswersIn(id, answers);
  const sharedFields = new Set(shared.map((answer) => answer.field));
  const unshared = Object.fromEntries(Object.entries(shown).filter(([field]) => !sharedFields.has(field)));
  const ownAnswered = !completionOf(definition, unshared).empty;
  const alsoIn = [...new Set(shared.flatMap((answer) => answer.alsoIn))].join(' and ');
  const status = problem
    ? 'Needs attention'
    : completion.complete
      ? 'Complete'
      : completion.empty
        ? 'Not started'
        : ownAnswered || shared.length === 0
          ? 'In progress'
          : `In progress (so far only the answer it shares with ${alsoIn})`;
  const changes = [
    ...(ownAnswered && savedAt[id] ? [savedAt[id]] : []),
    ...shared.flatMap((answer) => savedAt[answer.home.worksheet] ?? []),
  ].sort((a, b) => Date.parse(b) - Date.parse(a));
  return { completion, status, updatedAt: completion.empty ? undefined : changes[0] };
}
