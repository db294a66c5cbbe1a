/**
 * The report a client will send, built from what they chose: kept apart from progress.ts, which every page that shows
 * assignments loads, since only the report page needs it. Pure.
 */
import { cleanName, cleanText } from '~/lib/coach/clean';
import type { ReportChoices } from '~/lib/coach/progress';
import { initials, type ProgressReport, type ReportWorksheet } from '~/lib/coach/report-shape';

/**
 * The report the client will send: exactly what they chose, with people as initials unless they chose names, and
 * every name and text cleaned as the coach's reader will clean it (clean.ts), so the preview is what the coach sees.
 */
export function buildReport(choices: ReportChoices, now: string): ProgressReport {
  const line = ({ label, text, rows }: ReportWorksheet['lines'][number]): ReportWorksheet['lines'][number] => {
    const cleaned: ReportWorksheet['lines'][number] = { label: cleanText(label), text: cleanText(text) };
    if (rows) {
      cleaned.rows = rows.map((row) => ({
        title: cleanText(row.title),
        lines: row.lines.map((inner) => ({ label: cleanText(inner.label), text: cleanText(inner.text) })),
      }));
    }
    return cleaned;
  };
  const report: ProgressReport = {
    v: 1,
    client: cleanName(choices.client),
    createdAt: now,
    modules: choices.items.map(({ id, title, done, doneAt }) =>
      doneAt ? { id, title: cleanText(title), done, doneAt } : { id, title: cleanText(title), done },
    ),
    worksheets: choices.worksheets.map((worksheet) => ({
      ...worksheet,
      title: cleanText(worksheet.title),
      lines: worksheet.lines.map(line),
    })),
  };
  if (choices.assignmentId) report.assignmentId = choices.assignmentId;
  if (choices.checks && choices.checks.length > 0) {
    report.checks = choices.checks.map((check) => ({ ...check, title: cleanText(check.title) }));
  }
  if (choices.audit) {
    report.audit = {
      people: choices.audit.people.map((name) => ({
        name: choices.audit!.useNames ? cleanName(name) || initials(name) : initials(name),
      })),
      measures: choices.audit.measures.map(({ label, value }) => ({
        label: cleanText(label),
        value: cleanText(value),
      })),
    };
  }
  return report;
}
