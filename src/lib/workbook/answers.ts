/**
 * Answers to worksheet fields: what a field's answer looks like, whether it is answered, what is wrong with it,
 * and whether a worksheet is complete. Pure, over the definitions in content/worksheets/.
 */
import { dayInWords, isCalendarDate } from '~/lib/dates';
import type { WorksheetDefinition, WorksheetField } from '~/schema';

/** One row of a repeating group: a stable id (so rows can be reordered) and the answers to its fields. */
export interface GroupRow {
  id: string;
  values: Record<string, SimpleAnswer>;
}

/** The answer to a field that is not a group: text, a number, a date (YYYY-MM-DD), or chosen option values. */
export type SimpleAnswer = string | number | string[] | null;

/** The answer to any field. */
export type Answer = SimpleAnswer | GroupRow[];

/** A field that is not a group. */
export type SimpleField = Exclude<WorksheetField, { type: 'group' }>;

/** Whether a field's answer counts as given (for required fields and completion). */
export function isAnswered(field: WorksheetField, answer: Answer | undefined): boolean {
  if (answer === undefined || answer === null) return false;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
    case 'date':
      return typeof answer === 'string' && answer.trim() !== '';
    case 'number':
    case 'scale':
      return typeof answer === 'number' && Number.isFinite(answer);
    case 'single-choice':
      return typeof answer === 'string' && field.options.some((option) => option.value === answer);
    case 'multiple-choice':
      return Array.isArray(answer) && answer.some((value) => field.options.some((option) => option.value === value));
    case 'checklist':
      // A checklist is done when every item is ticked.
      return Array.isArray(answer) && field.options.every((option) => (answer as string[]).includes(option.value));
    case 'group': {
      if (!Array.isArray(answer)) return false;
      const rows = answer as GroupRow[];
      if (rows.length < Math.max(1, field.minRows)) return false;
      return rows.every((row) =>
        field.fields.every((inner) => !inner.required || isAnswered(inner, row.values[inner.id])),
      );
    }
  }
}

/** A message saying what is wrong with an answer, or undefined when it is acceptable (empty is acceptable here). */
export function answerProblem(field: WorksheetField, answer: Answer | undefined): string | undefined {
  if (answer === undefined || answer === null || answer === '') return undefined;
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return typeof answer === 'string' && answer.length > field.maxLength
        ? `Keep this under ${field.maxLength.toLocaleString('en')} characters (it has ${answer.length.toLocaleString('en')}).`
        : undefined;
    case 'number':
    case 'scale': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return 'Enter a number.';
      const { min, max } = field;
      if (min !== undefined && max !== undefined && (answer < min || answer > max)) {
        return `Enter a number from ${min} to ${max}.`;
      }
      if (min !== undefined && answer < min) return `Enter ${min} or more.`;
      if (max !== undefined && answer > max) return `Enter ${max} or less.`;
      return undefined;
    }
    case 'date':
      return typeof answer === 'string' && isCalendarDate(answer) ? undefined : 'Enter a date, for example 2026-03-31.';
    case 'group':
      return Array.isArray(answer) && answer.length > field.maxRows
        ? `This list holds at most ${field.maxRows} rows.`
        : undefined;
    default:
      return undefined;
  }
}

/** How far a worksheet is answered. */
export interface Completion {
  /** Required fields answered. */
  requiredAnswered: number;
  /** Required fields in all. */
  requiredTotal: number;
  /** Fields with any answer, required or not. */
  answered: number;
  /** True when every required field is answered (and, for a worksheet with none required, anything is). */
  complete: boolean;
  /** True when nothing at all is answered. */
  empty: boolean;
}

/** How complete a worksheet's answers are. */
export function completionOf(
  definition: Pick<WorksheetDefinition, 'fields'>,
  answers: Record<string, Answer>,
): Completion {
  const required = definition.fields.filter((field) => field.required);
  const requiredAnswered = required.filter((field) => isAnswered(field, answers[field.id])).length;
  const answered = definition.fields.filter((field) => isAnswered(field, answers[field.id])).length;
  const complete = required.length > 0 ? requiredAnswered === required.length : answered > 0;
  return { requiredAnswered, requiredTotal: required.length, answered, complete, empty: answered === 0 };
}

/** The answer as readable text, for exports, print and the coach: option labels, not values. */
export function answerText(field: WorksheetField, answer: Answer | undefined): string {
  if (!isAnswered(field, answer) && field.type !== 'checklist' && field.type !== 'multiple-choice') {
    return typeof answer === 'string' ? answer : '';
  }
  switch (field.type) {
    case 'single-choice':
      return field.options.find((option) => option.value === answer)?.label ?? '';
    case 'multiple-choice':
    case 'checklist': {
      const chosen = Array.isArray(answer) ? (answer as string[]) : [];
      return field.options
        .filter((option) => chosen.includes(option.value))
        .map((option) => option.label)
        .join('; ');
    }
    case 'scale':
      return `${answer} on a scale from ${field.min} (${field.minLabel}) to ${field.max} (${field.maxLabel})`;
    case 'number':
      return field.unit ? `${answer} ${field.unit}` : String(answer);
    case 'group':
      // Nothing of its own: its rows follow, each numbered ("Dormant tie 2"), which says how many there are.
      return '';
    case 'date':
      return dayInWords(String(answer));
    default:
      return String(answer);
  }
}

export { isCalendarDate };

/** A field made smaller for a page's props: it keeps its type, so the pure functions take it as they are. */
type Slim = <F extends { label: string; help: string }>(field: F) => F;

/** The definition with each field (and each field of a group) made smaller by `slim`, and no intro. */
function slimmed(definition: WorksheetDefinition, slim: Slim): WorksheetDefinition {
  return {
    title: definition.title,
    intro: '',
    fields: definition.fields.map((field) =>
      field.type === 'group' ? { ...slim(field), fields: field.fields.map(slim) } : slim(field),
    ),
  };
}

/**
 * A definition with only what completion needs (types, required marks, option values, rows): the labels of questions
 * and options, the words at the ends of scales, units, help and intro dropped. Pages that only show progress send
 * this to the browser instead of the whole worksheet.
 */
export function completionOnly(definition: WorksheetDefinition): WorksheetDefinition {
  return slimmed(definition, (field) => {
    const slim: Record<string, unknown> = { ...field, label: '', help: '' };
    if ('options' in field && Array.isArray(field.options)) {
      slim['options'] = field.options.map(({ value }: { value: string }) => ({ value, label: '' }));
    }
    if ('minLabel' in field) Object.assign(slim, { minLabel: '', maxLabel: '' });
    if ('itemLabel' in field) slim['itemLabel'] = '';
    delete slim['unit'];
    return slim as typeof field;
  });
}

/**
 * A definition with what showing answers needs (labels, options, units, rows, types): the help under each question
 * and the intro dropped, as only the worksheet's own form shows them. The workbook, print and report pages send this
 * to the browser, which keeps their HTML small and quick to read at load.
 */
export function withoutHelp(definition: WorksheetDefinition): WorksheetDefinition {
  return slimmed(definition, (field) => ({ ...field, help: '' }));
}
