/**
 * The coach's clients by module: each module's status from the client's latest report (by when the coach added it)
 * and the coach's due dates (src/lib/coach/clients-table.ts), when that report was added, whether it is verified,
 * and what is due or overdue.
 */
import { dueOrOverdue, moduleCell, moduleDone, type TableCourse } from '~/lib/coach/clients-table';
import { STATUS_WORDS } from '~/lib/coach/due';
import { shownName, type CoachClient } from '~/lib/coach/dashboard';
import { dayInWords } from '~/lib/dates';
import { TableScroll } from '~/ui/TableScroll';

/** The clients to list, the course's modules and worksheets, today, and which client is open. */
export interface ClientsTableProps extends TableCourse {
  clients: [string, CoachClient][];
  /** Today, YYYY-MM-DD. */
  day: string;
  openKey: string | null;
  onToggle: (key: string) => void;
}

/** The table of clients by module; a client's name opens their answers. */
export function ClientsTable({ clients, lessons, worksheets, day, openKey, onToggle }: ClientsTableProps) {
  return (
    <TableScroll label="Your clients">
      <table class="clients-table">
        <caption class="visually-hidden">Clients by module: status from their latest report and your due dates</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            {lessons.map((lesson) => (
              <th scope="col" key={lesson.slug}>
                <abbr title={lesson.title}>M{lesson.module}</abbr>
              </th>
            ))}
            <th scope="col">Last report</th>
            <th scope="col">Due or overdue</th>
          </tr>
        </thead>
        <tbody>
          {clients.map(([key, client]) => {
            const latest = client.reports[0];
            const pressing = dueOrOverdue(client, { lessons, worksheets }, day);
            return (
              <tr key={key}>
                <th scope="row">
                  <button
                    type="button"
                    class="link-button"
                    aria-expanded={openKey === key}
                    onClick={() => onToggle(key)}
                  >
                    <bdi>{shownName(client.name)}</bdi>
                  </button>
                  {/* Told apart from an assigned client of the same name, even where the other columns are off-screen. */}
                  {!client.assignment && <span class="client-unassigned">no assignment</span>}
                </th>
                {lessons.map((lesson) => {
                  const items = moduleCell(client, lesson, { lessons, worksheets }, day);
                  if (items.length === 0) {
                    const done = moduleDone(client, lesson.slug);
                    return (
                      <td key={lesson.slug} class={done ? 'status-done' : 'status-not-assigned'}>
                        {done ? STATUS_WORDS.done : '–'}
                      </td>
                    );
                  }
                  return (
                    <td key={lesson.slug}>
                      {items.map((item, index) => (
                        <span key={index} class={`cell-item status-${item.status}`}>
                          {item.kind === 'worksheet' && <span class="cell-kind">Worksheet</span>}
                          {item.words}
                        </span>
                      ))}
                    </td>
                  );
                })}
                <td>
                  {latest ? dayInWords(latest.receivedAt.slice(0, 10)) : 'none yet'}
                  {latest && !latest.verified && <span class="trust trust-unverified"> (not verified)</span>}
                </td>
                <td>{pressing.length > 0 ? pressing.join(', ') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
