/**
 * A worksheet's line in the workbook's table: how complete it is, its status in words, and its last change.
 *
 * Answers shared between worksheets (shared-answers.ts) count wherever they are asked, but a shared answer may have
 * been given in the other worksheet. So a worksheet whose only answers so far are shared ones says so ("In progress
 * (so far only the answer it shares with module 2’s worksheet)"), and its last change is the shared answer's.
 */
import type { WorksheetDefinition } from '~/schema';
import { completionOf, type Completion } from '~/lib/workbook/answers';
import { sharedAnswersIn, withSharedAnswers, type AnswersByWorksheet } from '~/lib/workbook/shared-answers';

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
