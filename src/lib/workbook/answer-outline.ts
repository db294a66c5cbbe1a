/**
 * A worksheet's answers as readable lines (question and answer, with group rows nested), for the printable workbook,
 * the Markdown export and the coach's view. Unanswered fields are left out.
 */
import { answerText, isAnswered, type Answer, type GroupRow } from '~/lib/workbook/answers';
import type { WorksheetDefinition } from '~/schema';

/** One answered question. */
export interface AnswerLine {
  label: string;
  text: string;
  /** For a repeating group: each row's answered questions. */
  rows?: { title: string; lines: AnswerLine[] }[];
}

/** The answered questions of a worksheet, in the definition's order. */
export function answerOutline(
  definition: Pick<WorksheetDefinition, 'fields'>,
  answers: Record<string, Answer>,
): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const field of definition.fields) {
    const answer = answers[field.id];
    if (field.type === 'group') {
      const rows = Array.isArray(answer) ? (answer as GroupRow[]).filter((row) => typeof row === 'object') : [];
      if (rows.length === 0) continue;
      lines.push({
        label: field.label,
        text: answerText(field, rows),
        rows: rows.map((row, index) => ({
          title: `${field.itemLabel} ${index + 1}`,
          lines: field.fields
            .filter(
              (inner) => isAnswered(inner, row.values[inner.id]) || String(row.values[inner.id] ?? '').trim() !== '',
            )
            .map((inner) => ({ label: inner.label, text: answerText(inner, row.values[inner.id]) })),
        })),
      });
    } else {
      const text = answerText(field, answer);
      if (text.trim() !== '') lines.push({ label: field.label, text });
    }
  }
  return lines;
}
