/**
 * The coach's clients by module: each module's status from the client's latest report (by when the coach added it)
 * and the coach's due dates, when that report was added, whether it is verified, and what is due or overdue.
 */
import { shownName, type CoachClient } from '~/lib/coach/dashboard';
import { itemStatus, STATUS_WORDS, type ItemStatus } from '~/lib/coach/progress';
import { dayInWords } from '~/lib/dates';

/** The clients to list, the course's modules, today, and which client is open. */
export interface ClientsTableProps {
  clients: [string, CoachClient][];
  lessons: { slug: string; module: number; title: string }[];
  /** Today, YYYY-MM-DD. */
  day: string;
  openKey: string | null;
  onToggle: (key: string) => void;
}

/** What the coach's table shows for one client and one module. */
function cellStatus(client: CoachClient, slug: string, day: string): ItemStatus | 'not-assigned' {
  const item = client.assignment?.items.find((i) => i.kind === 'module' && i.id === slug);
  const reported = client.reports[0]?.report.modules.find((m) => m.id === slug);
  if (!item) return reported?.done ? 'done' : 'not-assigned';
  return itemStatus(item, Boolean(reported?.done), day);
}

/** The table of clients by module; a client's name opens their answers. */
export function ClientsTable({ clients, lessons, day, openKey, onToggle }: ClientsTableProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-label="Your clients (scrolls sideways)">
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
            const pressing = (client.assignment?.items ?? [])
              .filter((item) => {
                const done = latest?.report.modules.find((m) => m.id === item.id)?.done ?? false;
                const status = itemStatus(item, done, day);
                return status === 'overdue' || status === 'due-soon';
              })
              .map((item) => {
                const module = lessons.find((l) => l.slug === item.id)?.module;
                return `${module ? `M${module}` : item.id}${item.due && item.due < day ? ' (overdue)' : ''}`;
              });
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
                  const status = cellStatus(client, lesson.slug, day);
                  return (
                    <td key={lesson.slug} class={`status-${status}`}>
                      {status === 'not-assigned' ? '–' : STATUS_WORDS[status]}
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
    </div>
  );
}
