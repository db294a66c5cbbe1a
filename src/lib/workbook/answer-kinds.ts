/**
 * Whether saved answers are of the kind their questions keep (text, a number, a list of options, rows), for an
 * import to refuse a file that holds one that is not. Apart from answers.ts, so that the pages that read answers do
 * not load it: only the import does. Pure.
 */
import type { GroupRow } from '~/lib/workbook/answers';
import type { WorksheetField } from '~/schema';

/** The kind of answer each type of question keeps, in words. */
const answerKinds: Record<WorksheetField['type'], string> = {
  'short-text': 'text',
  'long-text': 'text',
  date: 'a date',
  'single-choice': 'one of its options',
  number: 'a number',
  scale: 'a number',
  'multiple-choice': 'a list of its options',
  checklist: 'a list of its options',
  group: 'a list of rows',
};

/**
 * When a saved answer is not the kind of answer its question keeps (text, a number, a list of options, rows), the
 * kind it should be, in words; undefined when it is (whatever its value) or when it is empty. The worksheet's form
 * would show such an answer as blank, so an import refuses a file that holds one (src/lib/workbook/transfer.ts).
 */
export function answerKindProblem(field: WorksheetField, answer: unknown): string | undefined {
  if (answer === undefined || answer === null) return undefined;
  const fits = (() => {
    switch (field.type) {
      case 'short-text':
      case 'long-text':
      case 'date':
      case 'single-choice':
        return typeof answer === 'string';
      case 'number':
      case 'scale':
        return typeof answer === 'number';
      case 'multiple-choice':
      case 'checklist':
        return Array.isArray(answer) && answer.every((value) => typeof value === 'string');
      case 'group':
        return Array.isArray(answer) && answer.every((row) => typeof row === 'object' && row !== null);
    }
  })();
  return fits ? undefined : answerKinds[field.type];
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
