/**
 * Whether saved answers are ones their questions' forms can show (text, a date, a number, one of the options, rows),
 * for an import to refuse a file that holds one that is not. Apart from answers.ts, so that the pages that read answers do
 * not load it: only the import does. Pure.
 */
import { isCalendarDate } from '~/lib/dates';
import type { GroupRow } from '~/lib/workbook/answers';
import type { WorksheetField } from '~/schema';

/**
 * When a saved answer is not one its question's form can show, what it should be, in words; undefined when it can,
 * or when it is empty. The form writes text for text, a calendar date (YYYY-MM-DD) for a date, one of the options'
 * values for a choice, a whole number within the ends for a scale, a number for a number (any number: the form keeps
 * one out of range and says so), and rows for a list. Anything else came from a file changed by hand or damaged; the
 * worksheet would show it as blank, or count it as answered when it shows nothing, so an import refuses a file that
 * holds one (src/lib/workbook/transfer.ts).
 */
export function answerKindProblem(field: WorksheetField, answer: unknown): string | undefined {
  if (answer === undefined || answer === null) return undefined;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return typeof answer === 'string' ? undefined : 'text';
    case 'date':
      return answer === '' || (typeof answer === 'string' && isCalendarDate(answer))
        ? undefined
        : 'a date, written like 2026-03-31';
    case 'number':
      return typeof answer === 'number' ? undefined : 'a number';
    case 'scale':
      return typeof answer === 'number' && Number.isInteger(answer) && answer >= field.min && answer <= field.max
        ? undefined
        : `a whole number from ${field.min} to ${field.max}`;
    case 'single-choice': {
      const values = field.options.map((option) => option.value);
      return answer === '' || (typeof answer === 'string' && values.includes(answer))
        ? undefined
        : 'one of its options';
    }
    case 'multiple-choice':
    case 'checklist': {
      const values: unknown[] = field.options.map((option) => option.value);
      return Array.isArray(answer) && answer.every((value) => values.includes(value))
        ? undefined
        : 'a list of its options';
    }
    case 'group':
      return Array.isArray(answer) && answer.every((row) => typeof row === 'object' && row !== null)
        ? undefined
        : 'a list of rows';
  }
}

/**
 * The first answer among a worksheet's answers (rows of groups included) that is not of its question's kind: the
 * question's words and the kind it should be. Answers to questions the worksheet no longer asks are not looked at.
 */
export function misfitAnswer(
  fields: readonly WorksheetField[],
  answers: Readonly<Record<string, unknown>>,
): { question: string; kind: string } | undefined {
  for (const field of fields) {
    const answer = answers[field.id];
    const kind = answerKindProblem(field, answer);
    if (kind) return { question: `“${field.label}”`, kind };
    if (field.type !== 'group' || !Array.isArray(answer)) continue;
    for (const [index, row] of (answer as Partial<GroupRow>[]).entries()) {
      const inner = misfitAnswer(field.fields, row.values ?? {});
      if (inner) {
        return {
          question: `${inner.question} (${field.itemLabel} ${index + 1}, under “${field.label}”)`,
          kind: inner.kind,
        };
      }
    }
  }
  return undefined;
}
