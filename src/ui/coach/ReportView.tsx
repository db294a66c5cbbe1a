/**
 * A progress report as the coach sees it, and as the client previews it before sending: every part rendered as
 * plain text (Preact escapes it), never as HTML, whatever the report holds.
 */
import type { ProgressReport } from '~/lib/coach/report';
import { dateInWords } from '~/lib/dates';
import { AnswerLines } from '~/ui/AnswerLines';

export function ReportView({ report, headingLevel = 3 }: { report: ProgressReport; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const done = report.modules.filter((module) => module.done).length;
  return (
    <div class="report-view">
      <p class="meta">
        From {report.client}, made {dateInWords(report.createdAt)}.
      </p>
      <H>Progress</H>
      <p>
        {done} of {report.modules.length} done.
      </p>
      <ul>
        {report.modules.map((module) => (
          <li key={module.id}>
            {module.done ? 'Done' : 'Not yet'}: {module.title}
            {module.doneAt && <span class="meta"> ({dateInWords(module.doneAt)})</span>}
          </li>
        ))}
      </ul>
      {report.worksheets.map((worksheet) => (
        <section key={worksheet.id}>
          <Sub>{worksheet.title}</Sub>
          {worksheet.lines.length === 0 ? <p class="meta">No answers.</p> : <AnswerLines lines={worksheet.lines} />}
        </section>
      ))}
      {report.audit && (
        <section>
          <Sub>Network audit</Sub>
          <p>
            {report.audit.people.length} people: {report.audit.people.map((person) => person.name).join(', ')}
          </p>
          <dl class="answer-lines">
            {report.audit.measures.map((measure) => (
              <div key={measure.label}>
                <dt>{measure.label}</dt>
                <dd>{measure.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
