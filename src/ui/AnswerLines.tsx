/** Answered questions as a definition list, with a repeating group's rows nested: the printable workbook and reports. */
import type { AnswerLine } from '~/lib/workbook/answer-outline';

export function AnswerLines({ lines }: { lines: AnswerLine[] }) {
  return (
    <dl class="answer-lines">
      {lines.map((line, index) => (
        <div key={index}>
          <dt>{line.label}</dt>
          <dd>
            {/* A line with rows can have words of its own too (a conversation's purpose, how many entries in all). */}
            {(!line.rows || line.text) && line.text.split('\n').map((paragraph, i) => <p key={i}>{paragraph}</p>)}
            {line.rows && (
              <ol class="answer-rows">
                {line.rows.map((row, rowIndex) => (
                  <li key={rowIndex}>
                    <p class="row-title">{row.title}</p>
                    <AnswerLines lines={row.lines} />
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
