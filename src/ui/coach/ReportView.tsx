/**
 * A progress report as the coach sees it, and as the client previews it before sending: every part rendered as
 * plain text (Preact escapes it), never as HTML, whatever the report holds; each answer cut to a few hundred
 * characters until the coach asks for all of it, so that no report can make the page slow to draw.
 */
import { scoreSentence } from '~/lib/checks/score';
import type { ProgressReport, ReportLine } from '~/lib/coach/report-shape';
import { dayInWords } from '~/lib/dates';
import { LongList, LongText } from '~/ui/coach/LongText';

function ReportLines({ lines }: { lines: ReportLine[] | { label: string; text: string }[] }) {
  return (
    <dl class="answer-lines">
      {lines.map((line, index) => (
        <div key={index}>
          <dt>
            <LongText text={line.label} limit={300} />
          </dt>
          <dd>
            {'rows' in line && line.rows ? (
              <ol>
                {line.rows.map((row, rowIndex) => (
                  <li key={rowIndex}>
                    <p class="row-title">{row.title.slice(0, 300)}</p>
                    <ReportLines lines={row.lines} />
                  </li>
                ))}
              </ol>
            ) : (
              <LongText text={line.text} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A report, the heading level to start at, and the name to say it is from. */
export interface ReportViewProps {
  report: ProgressReport;
  headingLevel?: 2 | 3;
  /** The name to say it is from (the coach's name for the client); the report's own name when absent. */
  from?: string | undefined;
}

/** A report drawn as plain text: progress, answers worksheet by worksheet, the audit summary. */
export function ReportView({ report, headingLevel = 3, from }: ReportViewProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const done = report.modules.filter((module) => module.done).length;
  return (
    <div class="report-view">
      <p class="meta">
        From <bdi>{from ?? report.client}</bdi>, made {dayInWords(report.createdAt.slice(0, 10))} (on their clock).
      </p>
      <H>Progress</H>
      <p>
        {done} of {report.modules.length} done.
      </p>
      <ul class="client-text">
        {report.modules.map((module) => (
          <li key={module.id}>
            {module.done ? 'Done' : 'Not yet'}: {module.title.slice(0, 300)}
            {module.doneAt && <span class="meta"> ({dayInWords(module.doneAt.slice(0, 10))})</span>}
          </li>
        ))}
      </ul>
      {report.worksheets.map((worksheet) => (
        <section key={worksheet.id}>
          <Sub class="client-text">{worksheet.title.slice(0, 300)}</Sub>
          {worksheet.lines.length === 0 ? <p class="meta">No answers.</p> : <ReportLines lines={worksheet.lines} />}
        </section>
      ))}
      {report.checks && report.checks.length > 0 && (
        <section>
          <Sub>Knowledge checks</Sub>
          <p class="meta">Scored by the first answer to each question.</p>
          <ul class="client-text">
            {report.checks.map((check) => (
              <li key={check.id}>
                {check.title.slice(0, 300)}: {scoreSentence(check)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.audit && (
        <section>
          <Sub>Network audit</Sub>
          <p>{report.audit.people.length} people:</p>
          <LongList names={report.audit.people.map((person) => person.name)} />
          <dl class="answer-lines">
            {report.audit.measures.map((measure, index) => (
              <div key={index}>
                <dt class="client-text">{measure.label}</dt>
                <dd class="client-text">{measure.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
